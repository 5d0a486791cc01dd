/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* output.h - turning records into text. */
#ifndef TPSCRIPT_OUTPUT_H
#define TPSCRIPT_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "front/diag.h"
#include "program/program.h"

/* Print one record. Returns 1 for an exit() record, 0 for others, -1 for
 * a malformed record or a write error (errno set). */
int output_record(FILE *out, const struct program *p, const void *data,
		  size_t len);

/* cat() prints at most this many bytes of a file (BPFTRACE_CAT_BYTES_MAX,
 * CAT_BYTES_DEFAULT when not set). */
#define CAT_BYTES_DEFAULT 10240
void output_set_cat_max(size_t bytes);

/* The script, whose lines -k's warnings quote (NULL: none). */
void output_set_source(const struct source *src);

#endif
