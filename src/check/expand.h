/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* expand.h - the script's probes into instances (expand.c), through
 * the providers' hooks, which get the rest as struct expand_ctx and
 * struct expand_ops (providers/provider.h). */
#ifndef TPSCRIPT_EXPAND_H
#define TPSCRIPT_EXPAND_H

struct ast;
struct sema;

void expand_probes(struct sema *s, struct ast *ast);
/* after every probe is expanded: each provider's finish hook */
void expand_finish(struct sema *s);

#endif
