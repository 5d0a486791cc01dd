/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* rawtracepoint.h - the raw tracepoints a BTF types (rawtracepoint.c):
 * each btf_trace_NAME typedef, its prototype's parameters as the u64 slots
 * of a raw tracepoint's context. The provider uses the kernel's BTF; any
 * other (a test's, a fuzzer's) works the same. */
#ifndef TPSCRIPT_RAWTRACEPOINT_H
#define TPSCRIPT_RAWTRACEPOINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct btf;
struct btf_dump;
struct buf;
struct tp_format;

/* Every raw tracepoint of a BTF, read in one pass over its types: the
 * names, sorted, each with its typedef btf_trace_NAME and the function
 * that names its parameters (0: none). */
struct rawtp_index {
	const struct btf *btf;	/* not owned: it outlives the index */
	char **names;		/* NULL-terminated, into the BTF's strings */
	unsigned *typedefs, *namers;
	size_t n;
	struct tp_format **formats;	/* rawtp_load's, built once each */
	struct btf_dump *dump;	/* C declarations of its types */
	struct buf *decl_out;	/* where dump writes */
};

/* The raw tracepoints btf types (none is an empty index). */
struct rawtp_index *rawtp_index_new(const struct btf *btf);
void rawtp_index_free(struct rawtp_index *x);

/* The index of raw tracepoint name, or -1. */
long rawtp_find(const struct rawtp_index *x, const char *name);

/* Raw tracepoint i's arguments as a record of u64 slots (category
 * "rawtracepoint", one field per argument at 8 * its position, typed from
 * the BTF: tp_field.btf_id is the argument's type), kept in x; NULL when
 * its typedef is not a pointer to a prototype. */
const struct tp_format *rawtp_load(struct rawtp_index *x, size_t i);

/* -l: "rawtracepoint:NAME"; -lv (args): then a line per argument, its C
 * declaration, slot and how tpscript reads it. */
void rawtp_list_one(FILE *out, struct rawtp_index *x, size_t i, bool args);

#endif
