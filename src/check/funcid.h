/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* funcid.h - the built-in functions' ids and the shape of their table's
 * entries. A checked call points at its entry (node.call.fn); layout.c and
 * codegen read the id. The table itself is funcs.c's (funcs.h). */
#ifndef TPSCRIPT_FUNCID_H
#define TPSCRIPT_FUNCID_H

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
	F_BUF, F_STRFTIME,
	F_KPTR, F_UPTR, F_PTON, F_USYM, F_UADDR, F_KADDR, F_STRERROR,
	F_ERRORF, F_WARNF, F_NSECS,
	F_STRLEN, F_SIGNAL_NAME, F_GETOPT,
};

/* nsecs(CLOCK)'s clocks (node.call.clock) */
enum { NSECS_MONOTONIC, NSECS_BOOT, NSECS_TAI };

/* A built-in function: name, arity, usage and its checker. Code for each
 * is emitted by codegen.c's switch over the id. */
struct func {
	const char *name;
	enum func_id id;
	int min_args, max_args;
	const char *usage;	/* shown when the arity is wrong */
	void (*check)(struct sema *s, struct ctx *c, struct node *n);
};

#endif
