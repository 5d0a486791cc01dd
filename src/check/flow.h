/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* flow.h - statements that can never run: a located warning on the first
 * statement after exit(), return, break or continue in the same block. */
#ifndef TPSCRIPT_FLOW_H
#define TPSCRIPT_FLOW_H

#include "front/ast.h"
#include "front/diag.h"

/* Warn through d about each probe's unreachable statements: once per
 * probe as written, before wildcards make copies of it. */
void flow_check(struct diag *d, const struct ast *ast);

#endif
