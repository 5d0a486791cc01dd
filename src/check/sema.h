/* sema.h - the checker: its state and its entry point. */
#ifndef TPSCRIPT_SEMA_H
#define TPSCRIPT_SEMA_H

#include "front/ast.h"
#include "program/program.h"

struct tp_format;
struct sema;
struct ctx;

/* A map as the checker sees it; map_desc in the program is its public
 * face. The first assignment decides the kind and value type; the first
 * use decides the key's shape. */
struct map_info {
	char *name;		/* without '@' ("" for the anonymous @) */
	enum map_kind kind;
	struct type value;	/* MK_INT, MK_STR: the value's type */
	bool assigned;		/* an assignment was seen */
	bool key_known;
	bool poisoned;		/* an assignment failed: no follow-on errors */
	struct type *keys;	/* the key's parts (NULL: scalar) */
	unsigned nkeys;
	struct loc loc;		/* first assignment, or first use */
	int64_t lhist_min, lhist_max, lhist_step;
	unsigned id;		/* index in program.maps */
	struct map_info *next;
};

/* A scratch variable of one probe instance. */
struct var {
	char *name;
	struct type type;
	struct loc loc;
	unsigned id;		/* index within the instance, for codegen */
	struct var *next;
};

/* A probe of the source expanded to one concrete probe, with its own typed
 * copy of the predicate and body (field types differ between tracepoints). */
struct probe_inst {
	const struct probe *src;	/* as written */
	const struct tp_format *format;	/* NULL unless a tracepoint */
	struct node *pred;		/* typed copy, or NULL */
	struct node *body;		/* typed copy */
	struct var *vars;
	unsigned nvars;
	/* Many syscalls:sys_enter_* (or sys_exit_*) instances of one probe
	 * folded into one on raw_syscalls: the syscall numbers taken and the
	 * probe name of each. */
	unsigned mux_n;
	int *mux_nrs;
	const char **mux_names;
	unsigned mux_namesize;		/* longest name + 1 */
};

struct sema {
	struct arena *arena;
	struct diag *diag;
	const char *tracefs;		/* root, once needed */
	struct program prog;		/* the contract, filled in */
	struct probe_inst *insts;	/* parallel to prog.probes */
	unsigned strlen;		/* bytes kept for str() and %s (STRLEN) */
	unsigned map_keys_max;		/* entries per map */
	char **params;			/* positional parameters $1... */
	int nparams;
	bool unsafe;			/* --unsafe: system, cat, signal */
	int filter_pid;			/* -p PID: events of that process only */
	struct map_info *maps;
	/* loaded format files, owned here */
	struct tp_format **formats;
	unsigned nformats;
	bool discovering;		/* first pass: learning map types */
	bool uses_elapsed;		/* elapsed is read: tp_ro holds the start */
	bool uses_kstack;		/* kstack: the object has a stack map */
	struct map_info **rec_maps;	/* parallel to prog.recs: REC_MAP_* */
	unsigned probes_cap, recs_cap;	/* allocated lengths */
	bool too_many;			/* MAX_INSTANCES reached, and said */
};

/* Check the AST and expand its probes. All errors are reported before it
 * returns -1. */
int sema_check(struct sema *s, struct ast *ast);
void sema_free(struct sema *s);

#endif
