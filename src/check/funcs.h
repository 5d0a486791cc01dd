/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* funcs.h - the built-in functions' table: one entry each, with the
 * checker of its arguments (funcs.c). */
#ifndef TPSCRIPT_FUNCS_H
#define TPSCRIPT_FUNCS_H

#include "check/funcid.h"

struct node;
struct sema;

const struct func *func_find(const char *name);
extern const char *const func_names[];	/* NULL-terminated, for hints */
/* A call of a function that is not built in: an error, with the reason
 * when bpftrace has the function, else the closest names. */
void unknown_function(struct sema *s, const struct node *n);

#endif
