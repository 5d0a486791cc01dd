/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* tprog.h - the typed program: what the checker hands on.
 *
 * It has two parts. struct program (program.h) is plain data: the probes,
 * the layout of every record and map, the printf formats and the sizes.
 * That is all the runtime, the output and the cache read, and what a
 * compiled artifact carries; program_copy() gives it a memory of its own,
 * apart from the checker's. The instances below are the compiler's part:
 * each concrete probe's typed predicate and body, pointers into the
 * checker's AST, read by codegen only.
 *
 * Nothing after the checker writes here: codegen reads a const tprog and
 * returns an object (object.h). */
#ifndef TPSCRIPT_TPROG_H
#define TPSCRIPT_TPROG_H

#include "front/ast.h"
#include "program/program.h"

struct tp_format;
struct btf;

/* A map as the checker sees it; map_desc in the program is its public
 * face, and typed N_MAP nodes point here (codegen reads id and value). The first assignment decides the kind and value type; the first
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
	const char **key_names;	/* per key part, the name its writes give it (a
				 * metric label's); NULL: none, or they disagree */
	bool key_named;		/* key_names was set by a first write */
	bool sum_signed;	/* MK_SUM: some sum() may add a negative value */
	unsigned id;		/* index in program.maps */
	const struct map_decl *decl;	/* let @m = hash(N);, or NULL */
	struct map_info *next;
};

/* A scratch variable of one probe instance. */
struct var {
	char *name;
	struct type type;
	bool pending;		/* let $x; with no type yet: its first use says */
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
	bool uses_probe;		/* probe is read: a shared program's names */
};

struct tprog {
	const struct program *prog;	/* the plain-data part */
	const struct probe_inst *insts;	/* parallel to prog->probes */
	int filter_pid;			/* -p PID: every probe but BEGIN/END
					 * keeps that process's events only */
	bool uses_elapsed;		/* elapsed is read: tp_ro holds the start */
	bool uses_ncpus;		/* ncpus is read from tp_ro */
	const char *license;		/* the object's license (config license) */
	const bool *map_lru;		/* per program map: declared lruhash or
					 * percpulruhash (NULL: none) */
	bool left_out;			/* config missing_probes left a probe out:
					 * not cached, so each run says so and
					 * sees the probe once it exists */
	bool boot_bound;		/* kaddr(): kernel addresses of this boot are
					 * compiled in, so the program is not cached */
	const struct btf *btf;		/* the types the nodes' btf_ids name: the
					 * kernel's, with the script's own on top
					 * (check/stypes.h); NULL when none */
};

#endif
