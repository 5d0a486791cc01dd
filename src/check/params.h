/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* params.h - positional parameters in the checker: which are read at
 * load time (from tp_ro) and which the compiler itself uses (fixed). */
#ifndef TPSCRIPT_PARAMS_H
#define TPSCRIPT_PARAMS_H

#include <stdbool.h>

#include "check/state.h"

/* $N (index N) or $# (index 0) is read at loc as a value of this kind
 * (a parameter read both as a string and as an integer is fixed). */
void param_read(struct sema *s, int index, enum param_kind kind, unsigned size,
		const struct loc *loc);

/* The value of $N (index 0: $#) is used now, at loc, while compiling. */
void param_fix(struct sema *s, int index, const struct loc *loc);

/* n->kind == k. When it is, the caller uses the literal's value while
 * compiling (a format, a size, a bound): a literal from a parameter makes
 * that parameter fixed. */
bool lit_is(struct sema *s, const struct node *n, enum node_kind k);

/* The index in prog.params of a node's param (0 for $#). */
static inline int param_index(const struct node *n)
{
	return n->param == PARAM_COUNT ? 0 : n->param;
}

/* After checking: each load-time parameter gets its place in tp_ro. */
void params_layout(struct sema *s);

#endif
