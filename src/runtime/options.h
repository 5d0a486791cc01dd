/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* options.h - the command line, in one place for the three executables
 * that read one: tpscript (the small front, which runs cached artifacts),
 * tpscript-compile (the compiler it runs on a miss) and every --aot
 * executable (which runs the one artifact it carries). */
#ifndef TPSCRIPT_OPTIONS_H
#define TPSCRIPT_OPTIONS_H

#include <stdbool.h>

#include <stdio.h>

#include "front/diag.h"
#include "program/artifact.h"
#include "program/object.h"
#include "program/program.h"

#ifndef TPSCRIPT_VERSION
#define TPSCRIPT_VERSION "0.0.0"
#endif

enum opt_mode {
	OPT_MODE_SCRIPT,	/* tpscript [options] -e PROG | FILE [ARGS...] */
	OPT_MODE_AOT,		/* OUT [options] [ARGS...]: the program is inside */
};

struct options {
	const char *prog_text;	/* -e PROGRAM */
	const char *file;	/* FILE, "-" for standard input */
	char **params;		/* positional parameters (heap array of argv's) */
	int nparams;
	char **named;		/* after "--", --NAME[=VALUE]: getopt()'s options
				 * (heap array of pointers past the "--") */
	int nnamed;
	const char *cmd;	/* -c CMD */
	long pid;		/* -p PID */
	const char *out_path;	/* -o FILE */
	bool json;		/* -f json */
	bool quiet, verbose, dry_run, unsafe, list, summary, use_cache;
	unsigned helper_check;	/* -k: 1, -kk: 2 (a failed helper call warns) */
	const char *dump;	/* --dump=ast|ir */
	const char *emit_elf, *emit_llvm;
	const char *aot;	/* --aot OUT */
	const char *metrics;	/* --metrics [HOST:]PORT */
	unsigned metrics_limit;	/* --metrics-limit N */
	unsigned strlen;	/* BPFTRACE_STRLEN */
	unsigned cat_max;	/* BPFTRACE_CAT_BYTES_MAX: bytes cat() prints */
	unsigned map_keys_max;	/* BPFTRACE_MAP_KEYS_MAX */
	/* which of those the environment set: a script's config block does
	 * not change them (as in bpftrace) */
	bool strlen_env, cat_max_env, map_keys_env;
	const char **idirs;	/* -I DIR (heap array of argv's) */
	int nidirs;
	const char **includes;	/* --include FILE (heap array of argv's) */
	int nincludes;
};

/* Parse argv. Returns 0 to go on, 1 when done with status 0 (-h, -V
 * printed), -1 after an error message (status 1). In OPT_MODE_AOT, meta
 * names the script for -h and --version, and every word is a parameter. */
int options_parse(struct options *o, int argc, char **argv, enum opt_mode mode,
		  const struct art_meta *meta);
void options_free(struct options *o);

/* Does this command line need the compiler (not only a cached artifact)? */
bool options_need_compiler(const struct options *o);

/* Run a program with the runtime options of o: -o, -f, -c, -p, -q, -v,
 * --dry-run. src (may be NULL) locates errors in the script; skip (may be
 * NULL) marks probes not to attach; delta (may be NULL) the fields to
 * relocate (relocate_check). Returns the exit status. */
int options_run(const struct options *o, const struct program *p, const struct object *obj,
		const struct source *src, const bool *skip, const int *delta);

/* Close f: 0, or -1 with errno set, a failed earlier write included. */
int close_checked(FILE *f);

/* What was printed on stdout outside a trace (help, version, -l, --dump)
 * reached it: status, or 1 after one message. A reader that went away
 * (| head -1) is not an error. */
int finish_stdout(int status);

/* A "#!" first line is blanked (not removed) so line numbers stay right. */
void blank_shebang(char *text, size_t len);

/* The script's text from -e or FILE (heap), with its name for messages;
 * NULL after an error message. */
char *options_read_script(const struct options *o, struct source *src);

#endif
