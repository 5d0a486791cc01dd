/* sema.h - names, types, probe expansion and record layouts. */
#ifndef TPSCRIPT_SEMA_H
#define TPSCRIPT_SEMA_H

#include "ast.h"
#include "program.h"

struct tp_format;

enum func_id {
	F_PRINTF,
	F_PRINT,
	F_STR,
	F_EXIT,
};

/* A built-in function: name, arity and its checker. Code for each is
 * emitted by codegen.c's switch over the id. */
struct func {
	const char *name;
	enum func_id id;
	int min_args, max_args;
	const char *usage;	/* shown when the arity is wrong */
};

/* A probe of the source expanded to one concrete probe, with its own typed
 * copy of the predicate and body (field types differ between tracepoints). */
struct probe_inst {
	const struct probe *src;	/* as written */
	const struct tp_format *format;	/* NULL for BEGIN/END */
	struct node *pred;		/* typed copy, or NULL */
	struct node *body;		/* typed copy */
};

struct sema {
	struct arena *arena;
	struct diag *diag;
	const char *tracefs;		/* root, once needed */
	struct program prog;		/* the contract, filled in */
	struct probe_inst *insts;	/* parallel to prog.probes */
	unsigned strlen;		/* bytes kept for str() and %s (STRLEN) */
	/* loaded format files, owned here */
	struct tp_format **formats;
	unsigned nformats;
};

/* Check the AST and expand its probes. All errors are reported before it
 * returns -1. */
int sema_check(struct sema *s, struct ast *ast);
void sema_free(struct sema *s);

#endif
