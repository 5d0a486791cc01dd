// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* rawtracepoint.c - the raw tracepoint provider: rawtracepoint:NAME (rt:),
 * wildcards allowed. A raw tracepoint is the kernel's tracepoint before the
 * record is written: its programs get the tracepoint's own arguments, each
 * in a u64 of the context, typed by the kernel's BTF. The typedef
 * btf_trace_NAME is a pointer to their prototype (the first parameter is
 * the tracepoint's data pointer, not an argument); their names are on the
 * function __probestub_NAME (or __traceiter_NAME). args.NAME reads the
 * i-th u64 as the parameter's type. The programs are BTF-typed raw
 * tracepoints (libbpf's "tp_btf/NAME": BPF_PROG_TYPE_TRACING attached with
 * BPF_TRACE_RAW_TP), one per tracepoint since the attach type id is fixed
 * at load. arg0, arg1... read the same u64s as unsigned integers.
 * -l 'rawtracepoint:*' lists them, -lv with their arguments. */
#include "provider.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/report.h"
#include "front/util.h"
#include "kernel/kbtf.h"
#include "program/tprog.h"
#include "kernel/tracefs.h"
#include "providers/list.h"
#include "providers/rawtracepoint.h"

#define TYPEDEF_PREFIX "btf_trace_"
#define FORMAT_CATEGORY "rawtracepoint"	/* its formats' category */

/* The kernel's raw tracepoints (kernel/kbtf.c reads its BTF once); NULL
 * without BTF, and kbtf_error() then says why. Kept for the life of the
 * process: the instances' typed programs point to its formats. */
static struct rawtp_index *kernel_index(void)
{
	static struct rawtp_index *idx;
	const struct btf *btf;

	if (!idx && (btf = kbtf_load(NULL)))
		idx = rawtp_index_new(btf);
	return idx;
}

static const char *kbtf_error(void)
{
	const char *why = "";

	kbtf_load(&why);
	return why;
}

struct named_id {
	const char *name;	/* past the prefix */
	unsigned id;
	int rank;		/* __probestub_ before __traceiter_ */
};

static int cmp_named(const void *a, const void *b)
{
	const struct named_id *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : x->rank - y->rank;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void push(struct named_id **v, size_t *n, size_t *cap, const char *name, unsigned id,
		 int rank)
{
	if (*n == *cap)
		*v = xrealloc(*v, (*cap = *cap ? *cap * 2 : 1024) * sizeof(**v));
	(*v)[(*n)++] = (struct named_id){ name, id, rank };
}

struct rawtp_index *rawtp_index_new(const struct btf *btf)
{
	static const char *const namer_prefix[] = { "__probestub_", "__traceiter_" };
	struct rawtp_index *x = xcalloc(1, sizeof(*x));
	struct named_id *tds = NULL, *fns = NULL;
	size_t ntd = 0, captd = 0, nfn = 0, capfn = 0, plen = strlen(TYPEDEF_PREFIX);

	x->btf = btf;
	for (unsigned id = 1; id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name = btf__name_by_offset(btf, t->name_off);

		if (!name || (name[0] != 'b' && name[0] != '_'))
			continue;
		if (btf_is_typedef(t) && !strncmp(name, TYPEDEF_PREFIX, plen) && name[plen])
			push(&tds, &ntd, &captd, name + plen, id, 0);
		for (int k = 0; k < 2 && btf_is_func(t); k++) {
			size_t l = strlen(namer_prefix[k]);

			if (!strncmp(name, namer_prefix[k], l) && name[l])
				push(&fns, &nfn, &capfn, name + l, id, k);
		}
	}
	if (ntd)
		qsort(tds, ntd, sizeof(*tds), cmp_named);
	if (nfn)
		qsort(fns, nfn, sizeof(*fns), cmp_named);
	x->names = xcalloc(ntd + 1, sizeof(*x->names));
	x->typedefs = xcalloc(ntd + 1, sizeof(*x->typedefs));
	x->namers = xcalloc(ntd + 1, sizeof(*x->namers));
	x->formats = xcalloc(ntd + 1, sizeof(*x->formats));
	size_t j = 0;
	for (size_t i = 0; i < ntd; i++) {
		if (i && !strcmp(tds[i].name, tds[i - 1].name))
			continue;
		while (j < nfn && strcmp(fns[j].name, tds[i].name) < 0)
			j++;
		x->names[x->n] = (char *)tds[i].name;	/* BTF's strings live as long as it */
		x->typedefs[x->n] = tds[i].id;
		x->namers[x->n] = j < nfn && !strcmp(fns[j].name, tds[i].name) ? fns[j].id : 0;
		x->n++;
	}
	free(tds);
	free(fns);
	return x;
}

void rawtp_index_free(struct rawtp_index *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->n; i++)
		tp_format_free(x->formats[i]);
	btf_dump__free(x->dump);
	free(x->formats);
	free(x->names);
	free(x->typedefs);
	free(x->namers);
	free(x);
}

long rawtp_find(const struct rawtp_index *x, const char *name)
{
	char **hit = x->n ? bsearch(&name, x->names, x->n, sizeof(*x->names), cmp_str) : NULL;

	return hit ? hit - x->names : -1;
}

/* The C declaration of type id named name ("" for none): "struct
 * task_struct *", "int (*fun)(unsigned int)"; the "user" type tag as the
 * kernel's sources write it, __user. */
static void decl_printf(void *ctx, const char *fmt, va_list ap)
{
	buf_vprintf(((struct rawtp_index *)ctx)->decl_out, fmt, ap);
}

/* Whether btf_dump can write the declaration of type id. It follows
 * pointers, modifiers and arrays without a bound, and writes anonymous
 * structs, unions and enums and function prototypes inline, so the types
 * of a BTF that loops (a const of itself, a pointer to a prototype that
 * takes that pointer) would have it loop or recurse without end, and
 * big anonymous types would make long texts (a line per 64 bits of a gap
 * between members). Named types end the walk; at most *budget types,
 * members and enum values are visited, DECL_MAX_DEPTH prototypes or
 * anonymous records within each other, and an anonymous struct or union
 * and each of its members have at most DECL_MAX_BYTES bytes, the members
 * starting inside them. */
#define DECL_MAX_TYPES 256
#define DECL_MAX_DEPTH 16
#define DECL_MAX_BYTES 4096

static bool decl_bounded(const struct btf *btf, unsigned id, unsigned depth, unsigned *budget)
{
	while (id) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!t || !*budget || depth > DECL_MAX_DEPTH)
			return false;
		(*budget)--;
		if (btf_is_ptr(t) || btf_is_mod(t)) {
			id = t->type;
			continue;
		}
		if (btf_is_array(t)) {
			id = btf_array(t)->type;
			continue;
		}
		if (btf_is_func_proto(t)) {
			const struct btf_param *p = btf_params(t);

			for (unsigned i = 0; i < btf_vlen(t); i++)
				if (!decl_bounded(btf, p[i].type, depth + 1, budget))
					return false;
			id = t->type;
			depth++;
			continue;
		}
		if (btf_is_composite(t) && !t->name_off) {
			const struct btf_member *m = btf_members(t);

			/* libbpf divides by the alignments */
			if (t->size > DECL_MAX_BYTES || btf__align_of(btf, id) <= 0)
				return false;
			for (unsigned i = 0; i < btf_vlen(t); i++) {
				long long sz = btf__resolve_size(btf, m[i].type);

				if (sz < 0 || sz > DECL_MAX_BYTES || btf__align_of(btf, m[i].type) <= 0 ||
				    btf_member_bit_offset(t, i) > DECL_MAX_BYTES * 8 ||
				    !decl_bounded(btf, m[i].type, depth + 1, budget))
					return false;
			}
		}
		if (btf_is_any_enum(t) && !t->name_off) {
			if (btf_vlen(t) > *budget)
				return false;
			*budget -= btf_vlen(t);
		}
		return true;	/* named, or nothing inside to write */
	}
	return true;
}

static char *type_text(struct rawtp_index *x, unsigned id, const char *name)
{
	unsigned budget = DECL_MAX_TYPES;

	static const char tag[] = "__attribute__((btf_type_tag(\"user\")))";
	struct buf b = { 0 };
	LIBBPF_OPTS(btf_dump_emit_type_decl_opts, o, .field_name = name);

	if (!x->dump)	/* made once: it sizes itself to the BTF */
		x->dump = btf_dump__new(x->btf, decl_printf, x, NULL);
	buf_append(&b, "", 0);
	x->decl_out = &b;
	if (!x->dump || !decl_bounded(x->btf, id, 0, &budget) ||
	    btf_dump__emit_type_decl(x->dump, id, &o) < 0) {
		b.len = 0;
		buf_printf(&b, "?");
	}
	x->decl_out = NULL;
	for (char *t; (t = strstr(b.data, tag));) {
		memcpy(t, "__user", 6);
		memmove(t + 6, t + sizeof(tag) - 1, strlen(t + sizeof(tag) - 1) + 1);
	}
	return b.data;
}

/* Does the pointee of pointer t carry the "user" type tag (__user)? */
static bool user_pointer(const struct btf *btf, const struct btf_type *t)
{
	bool user = false;

	kbtf_skip(btf, t->type, &user);
	return user;
}

/* One argument: where it lies (the i-th u64) and how it reads. */
static void arg_field(struct rawtp_index *x, struct tp_field *f, unsigned i, unsigned type_id,
		      const char *name)
{
	const struct btf *btf = x->btf;
	int rid = btf__resolve_type(btf, type_id);
	const struct btf_type *t = rid > 0 ? btf__type_by_id(btf, (unsigned)rid) : NULL;
	long long size = rid > 0 ? btf__resolve_size(btf, (unsigned)rid) : -1;

	f->name = name && *name ? xstrdup(name) : NULL;
	if (!f->name) {
		char tmp[16];

		snprintf(tmp, sizeof(tmp), "arg%u", i);
		f->name = xstrdup(tmp);
	}
	f->type = type_text(x, type_id, "");
	f->btf_id = type_id;
	f->offset = i * 8;
	f->size = 8;
	f->kind = FK_OTHER;
	if (!t)
		return;
	if (btf_is_ptr(t)) {
		f->kind = FK_PTR;
		f->user = user_pointer(btf, t);
		f->by_helper = true;
	} else if (btf_is_int(t) && size >= 1 && size <= 8 && !(size & (size - 1))) {
		f->kind = FK_INT;
		f->size = (unsigned)size;
		f->is_signed = (btf_int_encoding(t) & BTF_INT_SIGNED) ||
			       ((btf_int_encoding(t) & BTF_INT_CHAR) && size == 1);
	} else if (btf_is_any_enum(t) && size >= 1 && size <= 8 && !(size & (size - 1))) {
		f->kind = FK_INT;
		f->size = (unsigned)size;
		f->is_signed = btf_kflag(t);
	} else if (btf_is_composite(t) && size >= 1 && size <= 8) {
		/* By value: the kernel copies its bytes into the low bytes
		 * of the slot (a u64 made from the same-sized unsigned
		 * integer), so they lie at the slot's start. A bigger one
		 * cannot be an argument of a raw tracepoint. */
		f->kind = FK_RECORD;
		f->size = (unsigned)size;
	}
}

/* The prototype raw tracepoint i's typedef points to, or NULL. */
static const struct btf_type *rawtp_proto(const struct rawtp_index *x, size_t i)
{
	int rid = btf__resolve_type(x->btf, x->typedefs[i]);
	const struct btf_type *t = rid > 0 ? btf__type_by_id(x->btf, (unsigned)rid) : NULL;

	if (!t || !btf_is_ptr(t))
		return NULL;
	t = btf__type_by_id(x->btf, t->type);
	return t && btf_is_func_proto(t) && btf_vlen(t) >= 1 ? t : NULL;
}

/* The parameters' names: the prototype of __probestub_NAME (or
 * __traceiter_NAME), when it has as many parameters; else NULL. */
static const struct btf_param *named_params(const struct rawtp_index *x, size_t i,
					    unsigned vlen)
{
	const struct btf_type *f = x->namers[i] ? btf__type_by_id(x->btf, x->namers[i]) : NULL;
	const struct btf_type *p = f ? btf__type_by_id(x->btf, f->type) : NULL;

	return p && btf_is_func_proto(p) && btf_vlen(p) == vlen ? btf_params(p) : NULL;
}

/* Raw tracepoint i's arguments as a record of u64 slots, or NULL. */
static struct tp_format *rawtp_format(struct rawtp_index *x, size_t i)
{
	const struct btf_type *proto = rawtp_proto(x, i);

	if (!proto)
		return NULL;
	unsigned vlen = btf_vlen(proto);
	const struct btf_param *params = btf_params(proto);
	const struct btf_param *named = named_params(x, i, vlen);
	struct tp_format *f = xcalloc(1, sizeof(*f));

	f->category = xstrdup(FORMAT_CATEGORY);
	f->name = xstrdup(x->names[i]);
	f->nfields = vlen - 1;
	f->fields = xcalloc(vlen, sizeof(*f->fields));
	for (unsigned k = 1; k < vlen; k++)
		arg_field(x, &f->fields[k - 1], k - 1, params[k].type,
			  named ? btf__name_by_offset(x->btf, named[k].name_off) : NULL);
	return f;
}

const struct tp_format *rawtp_load(struct rawtp_index *x, size_t i)
{
	if (i >= x->n)
		return NULL;
	if (!x->formats[i])
		x->formats[i] = rawtp_format(x, i);
	return x->formats[i];
}

void rawtp_list_one(FILE *out, struct rawtp_index *x, size_t i, bool args)
{
	const struct tp_format *f = args ? rawtp_load(x, i) : NULL;

	fprintf(out, "rawtracepoint:%s\n", x->names[i]);
	for (size_t k = 0; f && k < f->nfields; k++) {
		const struct tp_field *fl = &f->fields[k];
		char tbuf[192];
		char *decl = type_text(x, fl->btf_id, fl->name);

		fprintf(out, "    %-40s arg %-3u -> %s\n", decl, fl->offset / 8,
			field_type_name(x->btf, fl, tbuf, sizeof(tbuf)));
		free(decl);
	}
}

static void add(struct expand_ctx *s, const struct probe *p, const struct provider *self,
		const struct expand_ops *ops, const char *name, const struct tp_format *f)
{
	unsigned before = s->prog->nprobes;

	ops->add_instance(s, p, self->kind, NULL, NULL, f);
	if (s->prog->nprobes == before)
		return;
	struct prog_probe *pp = &s->prog->probes[before];
	pp->name = arena_strdup(s->arena, name);
	pp->full = arena_printf(s->arena, "rawtracepoint:%s", name);
	pp->prog_name = arena_printf(s->arena, "%s%u_%.40s", self->prog_prefix, before, name);
}

/* Expand one "rawtracepoint:NAME" (wildcards allowed) into instances. */
static void expand_rawtp(struct expand_ctx *s, const struct probe *p, const struct probe_spec *sp,
			 const struct provider *self, const struct expand_ops *ops)
{
	if (sp->nparts != 1 || !*sp->parts[0]) {
		diag_error(s->diag, &sp->loc, "a raw tracepoint probe is written rawtracepoint:NAME");
		diag_hint(s->diag, "for example rawtracepoint:sched_switch; tpscript -l "
			  "'rawtracepoint:*' lists them");
		return;
	}
	const char *pat = sp->parts[0];
	struct loc nl = part_loc(sp, 0);
	struct rawtp_index *x = kernel_index();

	if (!x) {
		diag_error(s->diag, &sp->loc, "raw tracepoints need the kernel's types");
		diag_hint(s->diag, "%s", kbtf_error());
		return;
	}
	if (!has_wildcard(pat)) {
		long i = rawtp_find(x, pat);
		const struct tp_format *f = i >= 0 ? rawtp_load(x, (size_t)i) : NULL;

		if (f) {
			add(s, p, self, ops, x->names[i], f);
			return;
		}
		if (i >= 0) {
			diag_error(s->diag, &nl, "btf_trace_%s in the kernel's BTF is not a "
				   "tracepoint's prototype", pat);
			return;
		}
		diag_error(s->diag, &nl, "unknown raw tracepoint '%s'", pat);
		diag_suggest(s->diag, x->names, "", pat);
		diag_hint(s->diag, "tpscript -l 'rawtracepoint:*' lists them");
		return;
	}
	unsigned found = 0;
	for (size_t i = 0; i < x->n; i++) {
		if (!glob_match(pat, x->names[i]))
			continue;
		const struct tp_format *f = rawtp_load(x, i);

		if (f) {
			add(s, p, self, ops, x->names[i], f);
			found++;
		}
	}
	if (!found)
		diag_error(s->diag, &nl, "no raw tracepoint matches '%s'", pat);
}

/* args.NAME: the argument, its u64 of the context. */
static const struct tp_field *field(const struct probe_inst *in, const char *name)
{
	return tp_format_field(in->format, name);
}

/* argN: the N-th argument's u64 of the context, as an unsigned 64-bit
 * integer (a pointer as its address, a struct passed by value as its
 * bytes, zero-extended), when it is an integer, a pointer or such a
 * struct. */
#define REG_LIMITS "a raw tracepoint reads arg0, arg1... in the order of its arguments, " \
	"the integers, pointers and small structs among them (tpscript -lv " \
	"'rawtracepoint:NAME' lists them)"

static int reg_offset(const struct prog_probe *pp, int n)
{
	struct rawtp_index *x = n >= 0 ? kernel_index() : NULL;
	long i = x ? rawtp_find(x, pp->name) : -1;
	const struct tp_format *f = i >= 0 ? rawtp_load(x, (size_t)i) : NULL;

	if (!f || (size_t)n >= f->nfields)
		return -1;
	if (f->fields[n].kind != FK_INT && f->fields[n].kind != FK_PTR &&
	    f->fields[n].kind != FK_RECORD)
		return -1;
	return (int)f->fields[n].offset;
}

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return arena_printf(a, "tp_btf/%s", pp->name);
}

static int attach(struct bpf_program *p, const struct prog_probe *pp, struct attach_ctx *a)
{
	struct bpf_link *l = bpf_program__attach_trace(p);

	if (!l) {
		a->error("cannot attach %s: %s", pp->full, strerror(errno));
		return -1;
	}
	a->add_link(a, l);
	return 0;
}

/* -l 'rawtracepoint:PATTERN' (rt:): the names, -lv with each argument.
 * With all (-l without a provider): pattern is NULL, "*" or a word matched
 * anywhere in a name; a kernel without BTF has none to list. */
static int list(FILE *out, const char *pattern, enum list_mode mode, unsigned *all)
{
	const char *pat = all ? NULL : strchr(pattern, ':') + 1;
	size_t found = 0;
	struct rawtp_index *x = kernel_index();
	char *anywhere = NULL;

	if (!x && all)
		return 0;
	if (!x) {
		report_error("raw tracepoints need the kernel's types");
		report_hint("%s", kbtf_error());
		return 1;
	}
	if (all && pattern && *pattern) {
		size_t len = strlen(pattern) + 3;

		anywhere = xmalloc(len);
		snprintf(anywhere, len, "*%s*", pattern);
		pat = anywhere;
	}
	if (!pat || !*pat)
		pat = "*";
	for (size_t i = 0; i < x->n && !ferror(out); i++) {
		if (!glob_match(pat, x->names[i]))
			continue;
		found++;
		if (mode == LIST_SUMMARY)
			continue;
		rawtp_list_one(out, x, i, mode == LIST_FIELDS);
	}
	free(anywhere);
	if (all) {
		*all += (unsigned)found;
		if (mode == LIST_SUMMARY && found)
			fprintf(out, "%7zu raw tracepoints\n", found);
		return 0;
	}
	if (mode == LIST_SUMMARY)
		fprintf(out, "%7zu raw tracepoints\n", found);
	if (!found) {
		report_error("no raw tracepoint matches '%s'", strchr(pattern, ':') + 1);
		return 1;
	}
	return 0;
}

const struct provider rawtracepoint_provider = {
	.name = "rawtracepoint", .alias = "rt", .kind = PK_RAWTRACEPOINT,
	.usage = "rawtracepoint:NAME (rt:)", .prog_prefix = "tp",
	.expand = expand_rawtp, .field = field, .section = section, .pid_filter = true,
	.reg_offset = reg_offset, .reg_limits = REG_LIMITS, .reg_by_helper = true,
	.attach = attach, .list = list,
};
