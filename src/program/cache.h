/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* cache.h - compiled programs kept between runs as artifacts, so running
 * a script again needs neither the front end nor LLVM. */
#ifndef TPSCRIPT_CACHE_H
#define TPSCRIPT_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cache_key {
	uint64_t h[2];
};

/* An executable's GNU build id. */
struct build_id {
	unsigned char id[64];
	size_t len;
};

int build_id_self(struct build_id *out);
int build_id_file(const char *path, struct build_id *out);

/* What a compiled program depends on, all known from the command line
 * before anything is parsed. The running kernel's tracepoints are not in
 * it: on a hit, every format file the compiler read and every directory
 * of events it listed (wildcards) is checked against the entry's record
 * (cache_load_deps), and the fields the program reads against the
 * artifact. */
struct cache_inputs {
	struct build_id compiler;	/* the compiler's build id */
	const char *name;		/* script path, or "-e" */
	const char *text;		/* its text, shebang blanked */
	size_t len;
	char **params;			/* positional parameters */
	int nparams;
	unsigned strlen, map_keys_max;	/* BPFTRACE_STRLEN, BPFTRACE_MAP_KEYS_MAX */
	bool unsafe;
	unsigned helper_check;		/* -k: 1, -kk: 2 */
	int pid;			/* -p PID */
	int opt_level;
};

/* The key of the program for these inputs, whatever the positional
 * parameters' values and -p's pid (the programs read them at load time). */
void cache_key(const struct cache_inputs *in, struct cache_key *k);
/* The key with the values of p's fixed parameters (program.params[].fixed)
 * and the pid (pid_fixed) in it: where a program whose compiler used them
 * is kept too, one entry per such value. */
struct program;
void cache_key_fixed(const struct cache_inputs *in, const struct program *p, struct cache_key *k);

/* The cache directory: $XDG_CACHE_HOME/tpscript, else /var/cache/tpscript
 * for root, else ~/.cache/tpscript. NULL if none can be had. Static. */
const char *cache_dir(void);

/* The entry's bytes (an artifact, to be checked by artifact_read), or NULL
 * on a miss. */
char *cache_load(const struct cache_key *k, size_t *len);

/* Remove an entry found bad or stale. */
void cache_drop(const struct cache_key *k);

/* What the entry's compiler read of tracefs (tracefs_record()'s lines),
 * or NULL: an entry without it is a miss. */
char *cache_load_deps(const struct cache_key *k, size_t *len);

/* Keep an artifact and what its compiler read of tracefs; failures are
 * silent (a cache is optional). */
void cache_store(const struct cache_key *k, const void *data, size_t len, const char *deps,
		 size_t deps_len);

#endif
