/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* sema.h - the checker's entry point (its state is in state.h). */
#ifndef TPSCRIPT_SEMA_H
#define TPSCRIPT_SEMA_H

#include "check/state.h"

struct ast;


/* Check the AST and expand its probes; on success s->tprog is the typed
 * program (tprog.h). All errors are reported before it returns -1. */
int sema_check(struct sema *s, struct ast *ast);
void sema_free(struct sema *s);

#endif
