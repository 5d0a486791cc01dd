/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* checker.h - the context of checking one probe instance's statements and
 * expressions, shared by sema.c (the recursive core) and funcs.c (the
 * built-ins). Only sema.c checks expressions; funcs.c reaches the core
 * only through ctx.check_expr. The checker's state is in state.h; each
 * other file of the checker has a header of its own (types.h, layout.h,
 * expand.h, funcs.h, fieldrefs.h), and none includes sema.h. */
#ifndef TPSCRIPT_CHECKER_H
#define TPSCRIPT_CHECKER_H

struct node;
struct prog_probe;
struct probe_inst;
struct sema;

/* A for loop's variable, visible in its body only: uses of name there
 * are renamed to internal, a variable of its own. */
struct scope {
	const char *name, *internal;
	struct scope *up;
};

struct ctx {
	struct probe_inst *inst;
	struct prog_probe *pp;
	int loop_depth;
	struct scope *scope;	/* innermost for loop's variable */
	unsigned nfor;		/* for loops seen in this instance */
	/* sema.c's expression checker, for built-ins whose arguments are not
	 * all plain expressions (print(@m, top), delete(@m[key])). */
	void (*check_expr)(struct sema *s, struct ctx *c, struct node *n);
};

#endif
