/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* funcs.h - the built-in functions' table: one entry each, with the
 * checker of its arguments (funcs.c). */
#ifndef TPSCRIPT_FUNCS_H
#define TPSCRIPT_FUNCS_H

struct sema;
struct ctx;
struct node;

enum func_id {
	F_PRINTF, F_PRINT, F_STR, F_EXIT,
	/* aggregations: only as the value of a map assignment */
	F_COUNT, F_SUM, F_AVG, F_MIN, F_MAX, F_STATS, F_HIST, F_LHIST,
	/* map functions */
	F_DELETE, F_CLEAR, F_ZERO,
	F_TIME,
	F_SYSTEM, F_CAT, F_SIGNAL, F_JOIN,
	F_KSYM, F_KSTACK, F_USTACK, F_NTOP, F_LEN,
	F_HAS_KEY, F_STRCONTAINS, F_STRNCMP, F_BSWAP,
};

/* A built-in function: name, arity, usage and its checker. Code for each
 * is emitted by codegen.c's switch over the id. */
struct func {
	const char *name;
	enum func_id id;
	int min_args, max_args;
	const char *usage;	/* shown when the arity is wrong */
	void (*check)(struct sema *s, struct ctx *c, struct node *n);
};

const struct func *func_find(const char *name);
extern const char *const func_names[];	/* NULL-terminated, for hints */
/* A call of a function that is not built in: an error, with the reason
 * when bpftrace has the function, else the closest names. */
void unknown_function(struct sema *s, const struct node *n);

#endif
