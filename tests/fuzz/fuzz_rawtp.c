// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_rawtp.c - libFuzzer target over what the raw tracepoint provider
 * reads from a kernel's BTF: the btf_trace_NAME typedefs, the prototypes
 * they point to, the __probestub_NAME / __traceiter_NAME functions that
 * name the parameters, and the parameters' types, which become the
 * arguments of rawtracepoint:NAME (providers/rawtracepoint.c).
 *
 * The input is raw BTF, as /sys/kernel/btf/vmlinux holds it, read with
 * libbpf's btf__new() and checked by kbtf_check() (as kbtf_load reads a
 * TPSCRIPT_BTF file). For every raw
 * tracepoint it finds, the target builds the arguments (rawtp_load),
 * lists them as -lv does (rawtp_list_one), types each as args.NAME does
 * (field_ktype, ktype_field) and lays out print(args) as the checker does
 * (layout_args_struct, kernel structs passed by value included). A broken
 * promise aborts: the names sorted and found again, each argument in its
 * u64 slot, readable sizes, a layout inside its record.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "check/ktypes.h"
#include "check/layout.h"
#include "check/state.h"
#include "check/types.h"
#include "front/diag.h"
#include "front/util.h"
#include "kernel/kbtf.h"
#include "kernel/tracefs.h"
#include "providers/rawtracepoint.h"

static FILE *sink;	/* listings and diagnostics, written nowhere */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	sink = fopen("/dev/null", "w");
	if (!sink)
		abort();
	return 0;
}

/* A record layout's promise: every element inside its parent. */
static void check_layout(const struct rec_arg *ra, unsigned depth)
{
	if (depth > 64)
		abort();
	for (unsigned i = 0; i < ra->nelems && ra->kind == RA_STRUCT; i++) {
		const struct rec_arg *e = &ra->elems[i];

		if (e->offset + e->size > ra->size || e->offset % 8)
			abort();
		check_layout(e, depth + 1);
	}
}

static void one(struct rawtp_index *x, size_t i, struct sema *s)
{
	const struct tp_format *f = rawtp_load(x, i);

	if (rawtp_find(x, x->names[i]) != (long)i)
		abort();
	rawtp_list_one(sink, x, i, true);
	if (!f)
		return;
	if (strcmp(f->name, x->names[i]) || strcmp(f->category, "rawtracepoint"))
		abort();
	for (size_t k = 0; k < f->nfields; k++) {
		const struct tp_field *fl = &f->fields[k];
		struct type t;

		if (!fl->name || !*fl->name || !fl->type || fl->offset != k * 8 || fl->common)
			abort();
		if (fl->btf_id >= btf__type_cnt(x->btf))
			abort();
		if (fl->kind == FK_INT && (!fl->size || fl->size > 8 || (fl->size & (fl->size - 1))))
			abort();
		if (fl->kind == FK_PTR && (fl->size != 8 || !fl->by_helper))
			abort();
		/* args.NAME as the checker types it */
		if (field_ktype(s, fl, &t)) {
			ktype_field(s, fl, &t);
			if (t.kind == TY_PTR && t.btf_id >= btf__type_cnt(x->btf))
				abort();
			if (t.kind == TY_KOBJ && (t.size > 8 || !t.btf_id))
				abort();
		}
	}
	/* print(args); after an error (too deep, too big) nothing is
	 * compiled, so the layout need not hold */
	struct rec_arg ra;
	int errors = s->diag->errors;

	memset(&ra, 0, sizeof(ra));
	layout_args_struct(s, &ra, f, 8);
	if (ra.kind != RA_STRUCT || ra.offset != 8 || ra.nelems > f->nfields)
		abort();
	if (s->diag->errors == errors)
		check_layout(&ra, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct btf *btf = btf__new(data, (uint32_t)size);

	char why[128];

	if (!btf)
		return 0;
	if (!kbtf_check(btf, why, sizeof(why))) {	/* as kbtf_load refuses it */
		btf__free(btf);
		return 0;
	}

	struct arena arena = { 0 };
	struct diag d;
	struct sema s;

	diag_init(&d, NULL, sink);
	memset(&s, 0, sizeof(s));
	s.arena = &arena;
	s.diag = &d;
	s.strlen = 64;
	s.btf = btf;

	struct rawtp_index *x = rawtp_index_new(btf);
	for (size_t i = 0; i < x->n; i++) {
		if (i && strcmp(x->names[i - 1], x->names[i]) >= 0)
			abort();
		one(x, i, &s);
	}
	if (x->names[x->n] || (x->n && rawtp_load(x, x->n)))
		abort();
	rawtp_find(x, "");
	rawtp_index_free(x);
	arena_free(&arena);
	btf__free(btf);
	return 0;
}
