/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* state.h - the checker's working state, struct sema: what main.c fills in
 * before sema_check, and what every file of the checker reads and writes.
 * A header of its own so that the checker's files (sema.c, funcs.c,
 * layout.c...) share it without including each other's headers. */
#ifndef TPSCRIPT_STATE_H
#define TPSCRIPT_STATE_H

#include "front/ast.h"
#include "program/tprog.h"

struct btf;
struct tp_format;

/* An enumerator of an enum the script defines: a constant. */
struct enum_const {
	const char *name;
	int64_t value;
	const char *fmt;		/* its enum's names (stypes.h) */
	struct loc loc;
	struct enum_const *next;
};

/* A named enum the script defines: (enum NAME)e gives its type. */
struct enum_type {
	const char *name;
	const char *fmt;
	struct enum_type *next;
};

/* sema.env_set */
#define ENV_SET_STRLEN 1u		/* BPFTRACE_STRLEN */
#define ENV_SET_MAP_KEYS 2u		/* BPFTRACE_MAP_KEYS_MAX */

struct sema {
	struct arena *arena;
	struct diag *diag;
	const char *tracefs;		/* root, once needed */
	struct program prog;		/* the contract, filled in */
	struct probe_inst *insts;	/* parallel to prog.probes */
	unsigned strlen;		/* bytes kept for str() and %s (STRLEN) */
	unsigned map_keys_max;		/* entries per map */
	unsigned env_set;		/* ENV_SET_*: settings the environment
					 * gave, which the config block does
					 * not change */
	int missing_probes;		/* config missing_probes: MISSING_* */
	const char *license;		/* config license, or NULL (GPL) */
	bool left_out;			/* missing_probes left a probe out */
	struct enum_const *enum_consts;	/* the script's enumerators */
	struct enum_type *enum_types;	/* its named enums */
	bool *map_lru;			/* per program map: an LRU one (NULL: none) */
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
	bool uses_ncpus;		/* ncpus is read from tp_ro */
	bool uses_kstack;		/* kstack: the object has a stack map */
	struct map_info **rec_maps;	/* parallel to prog.recs: REC_MAP_* */
	struct tprog tprog;		/* the result, once sema_check succeeds */
	unsigned probes_cap, recs_cap;	/* allocated lengths */
	bool too_many;			/* MAX_INSTANCES reached, and said */
	const struct btf *btf;		/* the kernel's types, once needed; the
					 * script's own on top once it has any
					 * (stypes.h) */
	unsigned params_cap;		/* allocated length of prog.params */
	bool btf_said;			/* their absence was reported */
	struct btf *stypes;		/* the script's types (split on the kernel's) */
	struct btf *stypes_base;	/* their empty base, when the kernel has none */
	const char *kbtf_why;		/* then: why the kernel's are missing */
	struct kaddr_memo *kaddrs;	/* kaddr()'s symbols looked up so far */
	bool boot_bound;		/* kaddr(): this boot's addresses compiled in */
};

#endif
