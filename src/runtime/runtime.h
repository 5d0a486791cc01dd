/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* runtime.h - loading, attaching, running and ending a trace. */
#ifndef TPSCRIPT_RUNTIME_H
#define TPSCRIPT_RUNTIME_H

#include <stdbool.h>
#include <stdio.h>

#include "front/diag.h"
#include "program/object.h"
#include "program/program.h"

struct runtime_opts {
	const char *cmd;	/* -c CMD, or NULL */
	FILE *out;		/* where records print */
	bool verbose;		/* -v: libbpf's and the verifier's logs */
	bool dry_run;		/* load, attach nothing, end */
	bool quiet;		/* -q: no progress messages */
	int pid;		/* -p PID: its events only, end with it (0: none) */
	char *const *params;	/* positional parameters, for tp_ro */
	int nparams;
	const char *const *opt_values;	/* per program.opts: its value's text
					 * (checked by options_run) */
	struct diag *diag;	/* for errors located in the script (may be NULL) */
	const bool *skip;	/* per probe: do not attach (may be NULL) */
	const int *field_delta;	/* per program.fields: how far it moved in this
				 * kernel, patched in before load (may be NULL) */
	const char *metrics;	/* --metrics [HOST:]PORT, or NULL */
	unsigned metrics_limit;	/* --metrics-limit: entries of a map on a page */
};

/* Load obj, the compiled prog, and run it until Ctrl-C, SIGTERM, SIGHUP,
 * exit() or the end of the -c command. Returns the process exit status (0,
 * or 1 after printing an error). Nothing stays loaded or attached when it
 * returns. */
int runtime_run(const struct program *prog, const struct object *obj,
		const struct runtime_opts *o);

#endif
