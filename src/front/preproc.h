/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* preproc.h - the preprocessor lines of bpftrace scripts (#include,
 * #define, #ifdef...), done without a C compiler: see preproc.c for what
 * is taken and what is refused. */
#ifndef TPSCRIPT_PREPROC_H
#define TPSCRIPT_PREPROC_H

#include <stdbool.h>
#include <stdbool.h>
#include <stddef.h>

#include "front/diag.h"

struct pp_opts {
	const char **idirs;	/* -I DIR, in the order given */
	int nidirs;
	const char **includes;	/* --include FILE, read before the script */
	int nincludes;
	bool only_idirs;	/* search the -I directories only, and refuse names
				 * with ".." (the fuzzer: no file outside them) */
};

/* Preprocess src's text. Returns NULL when there is nothing to do (no
 * directive, no --include): the text stays as it is. Otherwise a heap
 * text (*len bytes, NUL-terminated) with every line of the script where
 * it was (a directive line becomes empty; the text an included file adds
 * joins its #include line), or NULL with *len = (size_t)-1 after
 * located errors on d. */
char *preprocess(const struct source *src, const struct pp_opts *o, struct diag *d,
		 size_t *len);

#endif
