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

#define TYPEDEF_PREFIX "btf_trace_"
#define FORMAT_CATEGORY "rawtracepoint"	/* its formats' category */

/* The kernel's BTF (kernel/kbtf.c reads it once); NULL without it, and
 * kbtf_error() then says why. */
static const struct btf *kbtf_get(void)
{
	return kbtf_load(NULL);
}

static const char *kbtf_error(void)
{
	const char *why = "";

	kbtf_load(&why);
	return why;
}

/* Every raw tracepoint the kernel's BTF types, read in one pass over its
 * types (a lookup by name is a pass of its own): the names, sorted, each
 * with its typedef btf_trace_NAME and the function that names its
 * parameters (0: none). */
struct rawtp_index {
	char **names;		/* NULL-terminated, into BTF's strings */
	unsigned *typedefs, *namers;
	size_t n;
};

static struct rawtp_index idx;

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

/* NULL without BTF (kbtf_error() says why). */
static const struct rawtp_index *rawtp_index(void)
{
	static const char *const namer_prefix[] = { "__probestub_", "__traceiter_" };
	const struct btf *btf;

	if (idx.names)
		return &idx;
	btf = kbtf_get();
	if (!btf)
		return NULL;
	struct named_id *tds = NULL, *fns = NULL;
	size_t ntd = 0, captd = 0, nfn = 0, capfn = 0, plen = strlen(TYPEDEF_PREFIX);
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
	idx.names = xcalloc(ntd + 1, sizeof(*idx.names));
	idx.typedefs = xcalloc(ntd + 1, sizeof(*idx.typedefs));
	idx.namers = xcalloc(ntd + 1, sizeof(*idx.namers));
	size_t j = 0;
	for (size_t i = 0; i < ntd; i++) {
		if (i && !strcmp(tds[i].name, tds[i - 1].name))
			continue;
		while (j < nfn && strcmp(fns[j].name, tds[i].name) < 0)
			j++;
		idx.names[idx.n] = (char *)tds[i].name;	/* BTF's strings live as long as it */
		idx.typedefs[idx.n] = tds[i].id;
		idx.namers[idx.n] = j < nfn && !strcmp(fns[j].name, tds[i].name) ? fns[j].id : 0;
		idx.n++;
	}
	free(tds);
	free(fns);
	return &idx;
}

/* The index of raw tracepoint name, or -1. */
static long rawtp_find(const struct rawtp_index *x, const char *name)
{
	char **hit = bsearch(&name, x->names, x->n, sizeof(*x->names), cmp_str);

	return hit ? hit - x->names : -1;
}

/* The C declaration of type id named name ("" for none): "struct
 * task_struct *", "int (*fun)(unsigned int)"; the "user" type tag as the
 * kernel's sources write it, __user. */
static struct buf *decl_out;	/* where the one btf_dump writes */

static void decl_printf(void *ctx, const char *fmt, va_list ap)
{
	(void)ctx;
	buf_vprintf(decl_out, fmt, ap);
}

static char *type_text(const struct btf *btf, unsigned id, const char *name)
{
	static const char tag[] = "__attribute__((btf_type_tag(\"user\")))";
	static struct btf_dump *d;	/* made once: it sizes itself to the BTF */
	struct buf b = { 0 };
	LIBBPF_OPTS(btf_dump_emit_type_decl_opts, o, .field_name = name);

	if (!d)
		d = btf_dump__new(btf, decl_printf, NULL, NULL);
	buf_append(&b, "", 0);
	decl_out = &b;
	if (!d || btf_dump__emit_type_decl(d, id, &o) < 0) {
		b.len = 0;
		buf_printf(&b, "?");
	}
	for (char *t; (t = strstr(b.data, tag));) {
		memcpy(t, "__user", 6);
		memmove(t + 6, t + sizeof(tag) - 1, strlen(t + sizeof(tag) - 1) + 1);
	}
	return b.data;
}

/* Does the pointee of pointer t carry the "user" type tag (__user)? */
static bool user_pointer(const struct btf *btf, const struct btf_type *t)
{
	for (unsigned id = t->type; id;) {
		const struct btf_type *p = btf__type_by_id(btf, id);

		if (!p)
			return false;
		if (btf_is_type_tag(p) && !strcmp(btf__name_by_offset(btf, p->name_off), "user"))
			return true;
		if (!btf_is_mod(p) && !btf_is_typedef(p) && !btf_is_type_tag(p))
			return false;
		id = p->type;
	}
	return false;
}

/* One argument: where it lies (the i-th u64) and how it reads. */
static void arg_field(const struct btf *btf, struct tp_field *f, unsigned i, unsigned type_id,
		      const char *name)
{
	int rid = btf__resolve_type(btf, type_id);
	const struct btf_type *t = rid > 0 ? btf__type_by_id(btf, (unsigned)rid) : NULL;
	long long size = rid > 0 ? btf__resolve_size(btf, (unsigned)rid) : -1;

	f->name = name && *name ? xstrdup(name) : NULL;
	if (!f->name) {
		char tmp[16];

		snprintf(tmp, sizeof(tmp), "arg%u", i);
		f->name = xstrdup(tmp);
	}
	f->type = type_text(btf, type_id, "");
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
	}
}

/* The prototype raw tracepoint i's typedef points to, or NULL. */
static const struct btf_type *rawtp_proto(const struct btf *btf, const struct rawtp_index *x,
					  size_t i)
{
	const struct btf_type *t = btf__type_by_id(btf, btf__resolve_type(btf, x->typedefs[i]));

	if (!t || !btf_is_ptr(t))
		return NULL;
	t = btf__type_by_id(btf, t->type);
	return t && btf_is_func_proto(t) && btf_vlen(t) >= 1 ? t : NULL;
}

/* The parameters' names: the prototype of __probestub_NAME (or
 * __traceiter_NAME), when it has as many parameters; else NULL. */
static const struct btf_param *named_params(const struct btf *btf, const struct rawtp_index *x,
					    size_t i, unsigned vlen)
{
	const struct btf_type *f = x->namers[i] ? btf__type_by_id(btf, x->namers[i]) : NULL;
	const struct btf_type *p = f ? btf__type_by_id(btf, f->type) : NULL;

	return p && btf_is_func_proto(p) && btf_vlen(p) == vlen ? btf_params(p) : NULL;
}

/* Raw tracepoint i's arguments as a record of u64 slots, or NULL. */
static struct tp_format *rawtp_format(const struct rawtp_index *x, size_t i)
{
	const struct btf *btf = kbtf_get();
	const struct btf_type *proto = rawtp_proto(btf, x, i);

	if (!proto)
		return NULL;
	unsigned vlen = btf_vlen(proto);
	const struct btf_param *params = btf_params(proto);
	const struct btf_param *named = named_params(btf, x, i, vlen);
	struct tp_format *f = xcalloc(1, sizeof(*f));

	f->category = xstrdup(FORMAT_CATEGORY);
	f->name = xstrdup(x->names[i]);
	f->nfields = vlen - 1;
	f->fields = xcalloc(vlen, sizeof(*f->fields));
	for (unsigned i = 1; i < vlen; i++)
		arg_field(btf, &f->fields[i - 1], i - 1, params[i].type,
			  named ? btf__name_by_offset(btf, named[i].name_off) : NULL);
	return f;
}

/* The format of raw tracepoint i, built once and kept as long as the
 * process runs (the instances' typed programs point to it). */
static const struct tp_format *load(const struct rawtp_index *x, size_t i)
{
	static struct tp_format **formats;

	if (!formats)
		formats = xcalloc(x->n + 1, sizeof(*formats));
	if (!formats[i])
		formats[i] = rawtp_format(x, i);
	return formats[i];
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
	const struct rawtp_index *x = rawtp_index();

	if (!x) {
		diag_error(s->diag, &sp->loc, "raw tracepoints need the kernel's types");
		diag_hint(s->diag, "%s", kbtf_error());
		return;
	}
	if (!has_wildcard(pat)) {
		long i = rawtp_find(x, pat);
		const struct tp_format *f = i >= 0 ? load(x, (size_t)i) : NULL;

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
		const struct tp_format *f = load(x, i);

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
 * integer (a pointer as its address), when it is an integer or a
 * pointer. */
#define REG_LIMITS "a raw tracepoint reads arg0, arg1... in the order of its arguments, " \
	"the integers and pointers among them (tpscript -lv 'rawtracepoint:NAME' lists them)"

static int reg_offset(const struct prog_probe *pp, int n)
{
	const struct rawtp_index *x = n >= 0 ? rawtp_index() : NULL;
	long i = x ? rawtp_find(x, pp->name) : -1;
	const struct tp_format *f = i >= 0 ? load(x, (size_t)i) : NULL;

	if (!f || (size_t)n >= f->nfields)
		return -1;
	if (f->fields[n].kind != FK_INT && f->fields[n].kind != FK_PTR)
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
	const struct rawtp_index *x = rawtp_index();
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
		fprintf(out, "rawtracepoint:%s\n", x->names[i]);
		if (mode != LIST_FIELDS)
			continue;
		const struct btf *btf = kbtf_get();
		const struct btf_type *proto = rawtp_proto(btf, x, i);
		struct tp_format *f = rawtp_format(x, i);
		for (size_t k = 0; f && k < f->nfields; k++) {
			const struct tp_field *fl = &f->fields[k];
			char tbuf[64];
			char *decl = type_text(btf, btf_params(proto)[k + 1].type, fl->name);

			fprintf(out, "    %-40s arg %-3u -> %s\n", decl, fl->offset / 8,
				field_type_name(fl, tbuf, sizeof(tbuf)));
			free(decl);
		}
		tp_format_free(f);
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
