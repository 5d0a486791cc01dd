// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* sema.c - the checker's recursive core: resolves names, types every
 * expression and statement, learns each map's kind and key. Probe
 * expansion is in expand.c, record and map layout in layout.c, the
 * built-ins in funcs.c. Errors are collected, not fatal: a script gets all
 * its errors in one run. */
#include "check/sema.h"
#include "check/checker.h"
#include "check/config.h"
#include "check/expand.h"
#include "check/funcs.h"
#include "check/ktypes.h"
#include "check/layout.h"
#include "check/macro.h"
#include "check/params.h"
#include "check/flow.h"
#include "check/stypes.h"
#include "check/types.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "check/fieldrefs.h"
#include "kernel/kbtf.h"
#include "kernel/tracefs.h"
#include "providers/provider.h"

#define RINGBUF_SIZE (256 * 1024)

static void check_expr(struct sema *s, struct ctx *c, struct node *n);
static bool const_int(struct sema *s, const struct node *n, int64_t *out);

static const struct {
	const char *name;
	enum builtin b;
} builtins[] = {
	{ "pid", B_PID }, { "tid", B_TID }, { "comm", B_COMM },
	{ "cpid", B_CPID }, { "args", B_ARGS }, { "uid", B_UID }, { "gid", B_GID },
	{ "nsecs", B_NSECS }, { "elapsed", B_ELAPSED }, { "cpu", B_CPU },
	{ "probe", B_PROBE }, { "rand", B_RAND }, { "cgroup", B_CGROUP },
	{ "kstack", B_KSTACK }, { "ustack", B_USTACK }, { "curtask", B_CURTASK },
	{ "func", B_FUNC }, { "ctx", B_CTX }, { "numaid", B_NUMAID },
	{ "username", B_USERNAME }, { "ncpus", B_NCPUS }, { "jiffies", B_JIFFIES },
	{ "usermode", B_USERMODE },
};

static const char *type_name(const struct type *t)
{
	switch (t->kind) {
	case TY_INT: return "integer";
	case TY_STR: return "string";
	case TY_PTR: return "pointer";
	case TY_ARGS: return "args record";
	case TY_VOID: return "nothing (a call without a value)";
	default: return a_type(t);
	}
}

/* ksym(), usym(), kstack, ntop(), buf() and strftime() values: printable,
 * usable as keys and values, but nothing to compute with. */
static bool is_special(const struct type *t)
{
	return t->kind == TY_KSYM || t->kind == TY_KSTACK || t->kind == TY_INET ||
	       t->kind == TY_BUF || t->kind == TY_TIME || t->kind == TY_USYM ||
	       t->kind == TY_NAMED || t->kind == TY_STRUCT || (t->kind == TY_INT && t->is_bool);
}

/* A value's kind for messages; a strftime() time names its format. */
static const char *held_type(struct sema *s, const struct type *t)
{
	char tbuf[160];

	if (t->kind == TY_TIME && t->fmt)
		return arena_printf(s->arena, "a time formatted \"%s\"", t->fmt);
	if (t->kind == TY_STRUCT && s->btf)
		return arena_printf(s->arena, "a value of %s",
				    kbtf_type_str(s->btf, t->btf_id, tbuf, sizeof(tbuf)));
	if (t->kind == TY_TUPLE && t->elems) {
		/* "a tuple (an integer, a string)": two tuples differ inside */
		const char *r = t->names ? "a record (" : "a tuple (";

		for (unsigned i = 0; i < t->nelems; i++)
			r = arena_printf(s->arena, "%s%s%s%s%s", r, i ? ", " : "",
					 t->names ? t->names[i] : "", t->names ? ": " : "",
					 held_type(s, &t->elems[i]));
		return arena_printf(s->arena, "%s)", r);
	}
	return a_type(t);
}

/* Two strftime() values print alike: the same format; two named numbers:
 * the same names; two struct values are of one type. */
static bool same_fmt(const struct type *a, const struct type *b)
{
	if (a->kind == TY_STRUCT && b->kind == TY_STRUCT)
		return a->btf_id == b->btf_id;
	return a->kind != b->kind || (a->kind != TY_TIME && a->kind != TY_NAMED) ||
	       (a->fmt && b->fmt && !strcmp(a->fmt, b->fmt));
}

/* Keys of one map must agree part by part on this. */
static int key_class(const struct type *t)
{
	if (t->kind == TY_KSTACK && t->user)
		return 1000;	/* ustack and kstack keys differ */
	if (t->kind == TY_INT && t->is_bool)
		return 1001;	/* and bools and integers */
	return is_intlike(t) ? TY_INT : (int)t->kind;
}

/* Two key parts or values of one map or variable agree on their kind and,
 * for strftime(), on the format they print with. */
static bool same_class(const struct type *a, const struct type *b)
{
	return key_class(a) == key_class(b) && same_fmt(a, b);
}

/* Two types hold the same kind of value (string sizes may differ). */
static bool same_shape(const struct type *a, const struct type *b)
{
	if (is_intlike(a) && is_intlike(b))
		return key_class(a) == key_class(b);
	if (a->kind != b->kind)
		return false;
	if (a->kind != TY_TUPLE)
		return same_fmt(a, b);
	if (a->nelems != b->nelems || !a->names != !b->names)
		return false;
	for (unsigned i = 0; i < b->nelems; i++) {	/* a record's fields by name */
		int k = rec_elem(a, b, i);

		if (k < 0 || !same_shape(&a->elems[k], &b->elems[i]))
			return false;
	}
	return true;
}

/* A copy of a value's type for a variable or map to hold: integers are
 * 64-bit, strings at least min_str bytes, tuples element by element. */
static struct type holder_type(struct sema *s, const struct type *t, unsigned min_str)
{
	struct type h = { 0 };

	if (t->kind == TY_STR)
		return ty_str(t->size > min_str ? t->size : min_str);
	/* Pointers keep which memory they point into (str() needs it), and
	 * ksym/kstack/ntop values how they print. */
	if (t->kind == TY_PTR || is_special(t))
		return *t;
	if (t->kind != TY_TUPLE) {
		h = ty_int(8, t->kind == TY_INT ? t->is_signed : false);
		if (t->kind == TY_INT)
			h.fmt = t->fmt;	/* an enum's value keeps its names */
		return h;
	}
	h.kind = TY_TUPLE;
	h.nelems = t->nelems;
	h.names = t->names;
	h.elems = arena_alloc(s->arena, t->nelems * sizeof(*h.elems));
	for (unsigned i = 0; i < t->nelems; i++)
		h.elems[i] = holder_type(s, &t->elems[i], min_str);
	h.size = tuple_offset(&h, h.nelems);
	h.csize = t->csize;
	h.calign = t->calign;
	return h;
}

/* Grow string sizes in holder h to fit value type t (same shape). */
static void widen(struct type *h, const struct type *t)
{
	if ((h->kind == TY_STR || h->kind == TY_BUF) && t->size > h->size)
		h->size = t->size;
	if (h->kind == TY_TUPLE) {
		for (unsigned i = 0; i < t->nelems; i++) {
			int k = rec_elem(h, t, i);

			if (k >= 0)
				widen(&h->elems[k], &t->elems[i]);
		}
		h->size = tuple_offset(h, h->nelems);
	}
}

/* "did you mean", and the fields a record has */
static void hint_fields(struct sema *s, const struct type *t, const char *name)
{
	const char *best = NULL, *all = "";
	unsigned bd = 3;

	for (unsigned i = 0; i < t->nelems; i++) {
		unsigned d = (unsigned)edit_distance(name, t->names[i], 3);

		if (d < bd) {
			bd = d;
			best = t->names[i];
		}
		all = arena_printf(s->arena, "%s%s%s", all, i ? ", " : "", t->names[i]);
	}
	if (best)
		diag_hint(s->diag, "did you mean '%s'?", best);
	diag_hint(s->diag, "its fields: %s", all);
}

static void check_member(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *base = n->member.base;

	check_expr(s, c, base);
	if (!n->member.name) {	/* tuple.N */
		if (base->type.kind == TY_NONE)
			return;
		if (base->type.kind != TY_TUPLE) {
			diag_error(s->diag, &n->loc, ".%u takes an element of a tuple; this is %s",
				   n->member.index, a_type(&base->type));
			return;
		}
		if (n->member.index >= base->type.nelems) {
			diag_error(s->diag, &n->loc, "the tuple has %u elements: .0 to .%u",
				   base->type.nelems, base->type.nelems - 1);
			return;
		}
		n->type = base->type.elems[n->member.index];
		return;
	}
	if (base->type.kind == TY_PTR || base->type.kind == TY_KOBJ) {
		ktype_member(s, n);
		return;
	}
	if (base->type.kind == TY_STRUCT) {	/* $s.m */
		ktype_value_member(s, n);
		return;
	}
	if (base->type.kind == TY_TUPLE && base->type.names) {	/* $r.name is $r.N */
		for (unsigned i = 0; i < base->type.nelems; i++)
			if (!strcmp(base->type.names[i], n->member.name)) {
				n->member.name = NULL;
				n->member.index = i;
				n->type = base->type.elems[i];
				return;
			}
		diag_error(s->diag, &n->loc, "the record has no field '%s'", n->member.name);
		hint_fields(s, &base->type, n->member.name);
		return;
	}
	if (base->type.kind != TY_ARGS) {
		if (base->type.kind != TY_NONE)
			diag_error(s->diag, &n->loc, "only args has fields; this is %s",
				   a_type(&base->type));
		return;
	}
	const struct tp_format *f = c->inst->format;
	const struct tp_field *fld = provider_of(c->pp->kind)->field(c->inst, n->member.name);
	if (!fld) {
		struct loc l = n->loc;
		char **names = xcalloc(f->nfields + 1, sizeof(char *));
		struct buf list = { 0 };
		unsigned k = 0;

		for (size_t i = 0; i < f->nfields; i++) {
			if (f->fields[i].common)
				continue;
			names[k++] = f->fields[i].name;
			buf_printf(&list, "%s%s %s", list.len ? ", " : "",
				   f->fields[i].type, f->fields[i].name);
		}
		/* Underline the field name, not "args.". */
		if (l.first_line == l.last_line && l.last_column - (int)strlen(n->member.name) + 1 > l.first_column)
			l.first_column = l.last_column - (int)strlen(n->member.name) + 1;
		bool raw = c->pp->kind == PK_RAWTRACEPOINT;

		if (raw)
			diag_error(s->diag, &l, "raw tracepoint %s has no argument '%s'", f->name,
				   n->member.name);
		else
			diag_error(s->diag, &l, "tracepoint %s:%s has no field '%s'",
				   f->category, f->name, n->member.name);
		diag_suggest(s->diag, names, "", n->member.name);
		diag_hint(s->diag, "its %s: %s", raw ? "arguments" : "fields",
			  list.len ? list.data : "(none)");
		buf_free(&list);
		free(names);
		return;
	}
	if (fld->common) {
		/* The kernel lets BPF read a tracepoint's record only past its
		 * first 8 bytes: the common_* header is off limits. */
		diag_error(s->diag, &n->loc, "'%s' is in the header every tracepoint shares, "
			   "which BPF programs cannot read", fld->name);
		diag_hint(s->diag, "pid, tid and comm tell whose event it is");
		return;
	}
	n->member.field = fld;
	if (field_ktype(s, fld, &n->type))
		ktype_field(s, fld, &n->type);
	else
		diag_error(s->diag, &n->loc, "%s '%s' has type '%s', which tpscript cannot read",
			   c->pp->kind == PK_RAWTRACEPOINT ? "argument" : "field", fld->name,
			   fld->type);
}

static void check_ident(struct sema *s, struct ctx *c, struct node *n)
{
	enum builtin b = B_NONE;

	/* __builtin_comm is comm (what the macro comm() stands for) */
	if (!strncmp(n->id.name, "__builtin_", 10) && n->id.name[10])
		n->id.name += 10;
	/* probetype: the probe's kind, a string constant ("special" for
	 * BEGIN and END, as bpftrace) */
	if (!strcmp(n->id.name, "probetype")) {
		const struct provider *pk = provider_of(c->pp->kind);
		const char *t = pk->run_once != RUN_NEVER ? "special" : pk->name;

		n->kind = N_STR;
		n->str.s = (char *)t;
		n->str.len = strlen(t);
		n->type = ty_str((unsigned)n->str.len + 1);
		return;
	}

	for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
		if (!strcmp(builtins[i].name, n->id.name))
			b = builtins[i].b;
	if (!strncmp(n->id.name, "arg", 3) && n->id.name[3] >= '0' && n->id.name[3] <= '9' &&
	    strspn(n->id.name + 3, "0123456789") == strlen(n->id.name + 3)) {
		b = B_ARG;
		n->id.index = atoi(n->id.name + 3);
	} else if (!strcmp(n->id.name, "retval")) {
		b = B_RETVAL;
	}
	n->id.builtin = b;
	const struct provider *pv = provider_of(c->pp->kind);
	switch (b) {
	case B_ARG:
		n->type = ty_int(8, false);
		if (pv->spec_args) {
			const char *why;
			int nargs = pv->spec_args(c->pp, &why);
			if (n->id.index >= nargs && why)
				diag_error(s->diag, &n->loc, "%s: %s cannot be read at every site of %s: "
					   "%s", n->id.name, n->id.name, c->pp->full, why);
			else if (n->id.index >= nargs)
				diag_error(s->diag, &n->loc, "%s: %s has %s", n->id.name, c->pp->full,
					   !nargs ? "no arguments" : nargs == 1 ? "one argument, arg0"
					   : arena_printf(s->arena, "%d arguments, arg0 to arg%d",
							  nargs, nargs - 1));
		} else if (!pv->reg_offset)
			diag_error(s->diag, &n->loc, "%s is only available in uprobes, uretprobes, "
				   "usdt probes and raw tracepoints, not in %s", n->id.name, c->pp->full);
		else if (n->id.index < 0 || pv->reg_offset(c->pp, n->id.index) < 0)
			diag_error(s->diag, &n->loc, "%s: %s", n->id.name, pv->reg_limits);
		break;
	case B_RETVAL:
		n->type = ty_int(8, false);
		if (!pv->reg_offset || pv->reg_offset(c->pp, -1) < 0)
			diag_error(s->diag, &n->loc, "retval is only available in uretprobes, not in %s",
				   c->pp->full);
		break;
	case B_PID:
	case B_TID:
		n->type = ty_int(4, false);
		break;
	case B_CPID:
		n->type = ty_int(4, false);
		s->prog.uses_cpid = true;
		break;
	case B_UID:
	case B_GID:
	case B_CPU:
	case B_RAND:
	case B_NUMAID:
		n->type = ty_int(4, false);
		break;
	case B_USERMODE:
		n->type = ty_int(1, false);
		break;
	case B_USERNAME:
		n->type = (struct type){ .kind = TY_NAMED, .size = 8, .fmt = NAMED_USER };
		break;
	case B_ELAPSED:
		s->uses_elapsed = true;
		/* fall through */
	case B_NSECS:
	case B_CGROUP:
	case B_JIFFIES:
		n->type = ty_int(8, false);
		break;
	case B_NCPUS:
		s->uses_ncpus = true;
		n->type = ty_int(8, false);
		break;
	case B_PROBE:
		n->type = ty_str(c->inst->mux_n ? c->inst->mux_namesize : probe_name_size(c->pp));
		c->inst->uses_probe = true;
		break;
	case B_FUNC: {
		const struct provider *fp = provider_of(c->pp->kind);
		const char *fn = fp->func_name ? fp->func_name(c->pp) : NULL;
		if (!fn) {
			diag_error(s->diag, &n->loc, "func is only available in uprobes and uretprobes "
				   "at a function, not in %s", c->pp->full);
			if (fp->func_why)
				diag_hint(s->diag, "%s", fp->func_why);
			fn = "";
		}
		n->type = ty_str((unsigned)strlen(fn) + 1);
		break;
	}
	case B_KSTACK:
	case B_USTACK:
		n->type.kind = TY_KSTACK;
		n->type.user = b == B_USTACK;
		s->uses_kstack = true;
		break;
	case B_COMM:
		n->type = ty_str(16);
		break;
	case B_CURTASK:
		ktype_curtask(s, n);
		break;
	case B_CTX:	/* an address: cast it to read what is there */
		/* A tracepoint's program may run on the raw tracepoint or on a
		 * syscall fold: its context is not the record. */
		if (pv->field) {
			diag_error(s->diag, &n->loc, "ctx is not available in %s: its fields are "
				   "read through args", c->pp->full);
			break;
		}
		n->type = (struct type){ .kind = TY_PTR, .size = 8 };
		break;
	case B_ARGS:
		if (!pv->field) {
			diag_error(s->diag, &n->loc, "args is only available in tracepoint probes, not in %s",
				   c->pp->full);
			return;
		}
		n->type.kind = TY_ARGS;
		n->type.format = c->inst->format;
		break;
	case B_NONE: {
		const struct enum_const *ec = stypes_enum_const(s, n->id.name);

		if (ec) {	/* an enumerator: a constant of its enum's type */
			n->kind = N_INT;
			n->num = (uint64_t)ec->value;
			n->type = ty_int(8, true);
			n->type.fmt = ec->fmt;
			return;
		}
		char *names[sizeof(builtins) / sizeof(builtins[0]) + 1] = { 0 };

		for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
			names[i] = (char *)builtins[i].name;
		unsigned csize;
		bool csgn, cchr;

		diag_error(s->diag, &n->loc, "unknown identifier '%s'", n->id.name);
		if (stypes_ctype_int(n->id.name, &csize, &csgn, &cchr))
			diag_hint(s->diag, "'%s' is a C type: sizeof(%s) takes it; a cast takes "
				  "tpscript's integer types, (%sint%u)e", n->id.name, n->id.name,
				  csgn ? "" : "u", csize * 8);
		else
			diag_suggest(s->diag, names, "", n->id.name);
		break;
	}
	}
}

/* A string made of digits is most often a parameter such as 08, which
 * reads as an integer only when C would read it so. */
static void numeric_string_hint(struct sema *s, const struct node *str)
{
	const char *t = str ? str->str.s : NULL;

	if (!t)
		return;
	const char *d = t + (*t == '-');
	if (!*d || strspn(d, "0123456789") != strlen(d))
		return;
	if (d[0] == '0' && strpbrk(d, "89")) {
		const char *z = d + strspn(d, "0");

		diag_hint(s->diag, "'%s' is a string: a leading 0 makes a number octal, where "
			  "8 and 9 are not digits (write %.*s%s)", t, (int)(d - t), t, *z ? z : "0");
	} else {
		diag_hint(s->diag, "'%s' is a string here, not an integer", t);
	}
}

/* A typed pointer's step: p + 1 is p plus the size of what it points to,
 * as in C. 1 for an untyped pointer (an address) and for void. */
static uint64_t ptr_step(const struct sema *s, const struct type *t)
{
	uint64_t sz;

	if (t->kind != TY_PTR || !t->btf_id || !s->btf)
		return 1;
	sz = kbtf_size(s->btf, t->btf_id);
	return sz ? sz : 1;
}

/* *slot, an integer added to a typed pointer, multiplied by its step. */
static void scale_by(struct sema *s, struct node **slot, uint64_t step)
{
	struct node *k = *slot, *m, *lit;

	if (step == 1)
		return;
	lit = node_new(s->arena, N_INT, &k->loc);
	lit->num = step;
	lit->type = ty_int(8, true);
	m = node_new(s->arena, N_BINOP, &k->loc);
	m->bin.op = OP_MUL;
	m->bin.l = k;
	m->bin.r = lit;
	m->type = ty_int(8, k->type.kind == TY_INT && k->type.is_signed);
	m->depth = k->depth + 1;
	*slot = m;
}

/* p + n, n + p, p - n with p a typed pointer: n scaled, the result a
 * pointer of p's type. true when n was such a sum. */
static bool pointer_arith(struct sema *s, struct node *n)
{
	struct node *l = n->bin.l, *r = n->bin.r;
	bool lp = l->type.kind == TY_PTR && l->type.btf_id;
	bool rp = r->type.kind == TY_PTR && r->type.btf_id;

	if (n->bin.op != OP_ADD && n->bin.op != OP_SUB)
		return false;
	if (lp && rp) {
		diag_error(s->diag, &n->loc, "'%s' of two pointers: add or subtract an integer",
			   op_str(n->bin.op));
		n->type.kind = TY_NONE;
		return true;
	}
	if (lp && r->type.kind == TY_INT) {
		scale_by(s, &n->bin.r, ptr_step(s, &l->type));
		n->type = l->type;
		return true;
	}
	if (rp && l->type.kind == TY_INT && n->bin.op == OP_ADD) {
		scale_by(s, &n->bin.l, ptr_step(s, &r->type));
		n->type = r->type;
		return true;
	}
	return false;
}

static void check_binop(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *l = n->bin.l, *r = n->bin.r;
	enum op op = n->bin.op;

	check_expr(s, c, l);
	check_expr(s, c, r);
	if (l->type.kind == TY_NONE || r->type.kind == TY_NONE)
		return;
	if (l->type.kind == TY_STR || r->type.kind == TY_STR) {
		if ((op == OP_EQ || op == OP_NE) && l->type.kind == TY_STR &&
		    r->type.kind == TY_STR) {
			n->type = ty_int(8, false);
			return;
		}
		diag_error(s->diag, &n->loc, "'%s' cannot take %s and %s%s",
			   op_str(op), a_type(&l->type), a_type(&r->type),
			   op == OP_EQ || op == OP_NE ? "" : " (strings compare with == and != only)");
		if (l->type.kind == TY_PTR || r->type.kind == TY_PTR)
			diag_hint(s->diag, "read the string a pointer points to with str()");
		numeric_string_hint(s, l->kind == N_STR ? l : r->kind == N_STR ? r : NULL);
		return;
	}
	if ((l->type.kind == TY_STRUCT || l->type.kind == TY_KOBJ) &&
	    (r->type.kind == TY_STRUCT || r->type.kind == TY_KOBJ)) {
		struct type lt, rt;

		if (!ktype_value(s, l, &lt) || !ktype_value(s, r, &rt))
			return;
		if (op != OP_EQ && op != OP_NE) {
			diag_error(s->diag, &n->loc, "'%s' cannot take two structs (structs compare "
				   "with == and != only)", op_str(op));
			return;
		}
		if (lt.btf_id != rt.btf_id) {
			diag_error(s->diag, &n->loc, "'%s' compares structs of one type; these are %s "
				   "and %s", op_str(op), held_type(s, &lt), held_type(s, &rt));
			return;
		}
		n->type = ty_int(8, false);	/* member by member, as they are kept */
		return;
	}
	if (l->type.kind == TY_TUPLE && r->type.kind == TY_TUPLE) {
		if (op != OP_EQ && op != OP_NE) {
			diag_error(s->diag, &n->loc, "'%s' cannot take two tuples (tuples compare "
				   "with == and != only)", op_str(op));
			return;
		}
		if (!same_shape(&l->type, &r->type)) {
			diag_error(s->diag, &n->loc, "'%s' compares tuples of one shape; these are "
				   "%s and %s", op_str(op), held_type(s, &l->type),
				   held_type(s, &r->type));
			return;
		}
		n->type = ty_int(8, false);	/* element by element (codegen tuple_eq) */
		return;
	}
	if (l->type.kind == TY_BUF && r->type.kind == TY_BUF) {
		if (op == OP_EQ || op == OP_NE) {	/* the same bytes, as many */
			n->type = ty_int(8, false);
			return;
		}
		diag_error(s->diag, &n->loc, "'%s' cannot take two buffers (buffers compare with "
			   "== and != only)", op_str(op));
		return;
	}
	if (l->type.kind == TY_NAMED && r->type.kind == TY_NAMED && (op == OP_EQ || op == OP_NE) &&
	    !strcmp(l->type.fmt, r->type.fmt)) {
		n->type = ty_int(8, false);	/* the numbers they print as */
		return;
	}
	if (!is_intlike(&l->type) || !is_intlike(&r->type)) {
		diag_error(s->diag, &n->loc, "'%s' cannot take %s and %s", op_str(op),
			   a_type(&l->type), a_type(&r->type));
		return;
	}
	if (pointer_arith(s, n))
		return;
	bool sgn = l->type.kind == TY_INT && l->type.is_signed &&
		   r->type.kind == TY_INT && r->type.is_signed;
	/* A literal takes the signedness of the other side, as in C where a
	 * small constant converts to the other operand's type. */
	if (l->kind == N_INT && l->type.is_signed && r->type.kind == TY_INT)
		sgn = r->type.is_signed;
	else if (r->kind == N_INT && r->type.is_signed && l->type.kind == TY_INT)
		sgn = l->type.is_signed;
	switch (op) {
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
	case OP_LAND: case OP_LOR:
		/* Comparisons remember how to compare in is_signed; they yield
		 * 0 or 1. */
		n->type = ty_int(8, sgn);
		break;
	default:
		n->type = ty_int(8, sgn);
		break;
	}
}

static void posparam_as_string(struct sema *s, struct node *n);
static bool posparam_offset(struct sema *s, struct node *n);
/* The arguments of most functions are ordinary expressions, checked
 * before the function's own checker runs; map functions and printf's
 * format are checked by their checkers. */
static bool args_prechecked(enum func_id id)
{
	return id != F_DELETE && id != F_CLEAR && id != F_ZERO && id != F_PRINT && id != F_LEN &&
	       id != F_HAS_KEY && id != F_NSECS;
}

static void check_call(struct sema *s, struct ctx *c, struct node *n)
{
	const struct func *fn = func_find(n->call.name);

	/* str($1) is the parameter's text, even when it looks like a number. */
	if (fn && fn->id == F_STR && n->call.args && n->call.args->kind == N_POSPARAM)
		posparam_as_string(s, n->call.args);
	if (fn && fn->id == F_STR && n->call.args && n->call.args->kind == N_BINOP &&
	    !posparam_offset(s, n->call.args))
		return;
	if (!fn) {	/* its arguments would only add errors of their own */
		unknown_function(s, n);
		return;
	}
	for (struct node *a = n->call.args; a; a = a->next) {
		if (fn && !args_prechecked(fn->id))
			break;
		if (fn && (fn->id == F_PRINTF || fn->id == F_SYSTEM || fn->id == F_CAT ||
			   fn->id == F_ERRORF || fn->id == F_WARNF) &&
		    a == n->call.args && a->kind == N_STR)
			continue;
		check_expr(s, c, a);
	}
	n->call.fn = fn;
	if (n->call.nargs < fn->min_args || n->call.nargs > fn->max_args) {
		int want = n->call.nargs < fn->min_args ? fn->min_args : fn->max_args;

		diag_error(s->diag, &n->loc, "%s() takes %s%d argument%s, not %d",
			   fn->name, fn->min_args == fn->max_args ? "" :
			   n->call.nargs < fn->min_args ? "at least " : "at most ",
			   want, want == 1 ? "" : "s", n->call.nargs);
		diag_hint(s->diag, "usage: %s", fn->usage);
		return;
	}
	fn->check(s, c, n);
}

static void check_var_read(struct sema *s, struct ctx *c, struct node *n);
static void check_map_read(struct sema *s, struct ctx *c, struct node *n);
static void check_posparam(struct sema *s, struct node *n);
static void check_cast(struct sema *s, struct ctx *c, struct node *n);
static void check_incdec(struct sema *s, struct ctx *c, struct node *n);
static void check_stmt(struct sema *s, struct ctx *c, struct node *n);
static const char *map_kind_name(enum map_kind k);

static void check_expr(struct sema *s, struct ctx *c, struct node *n)
{
	switch (n->kind) {
	case N_INT:
		if (n->type.kind == TY_INT && n->type.fmt)
			break;	/* an enumerator, typed by check_ident */
		if (n->type.is_bool) {	/* true, false */
			n->type = ty_bool();
			break;
		}
		/* a literal above INT64_MAX is unsigned, as in C and bpftrace */
		n->type = ty_int(8, n->num <= INT64_MAX);
		break;
	case N_STR:
		if (!n->param)	/* a parameter's keeps its slot's size */
			n->type = ty_str((unsigned)n->str.len + 1);
		break;
	case N_IDENT:
		check_ident(s, c, n);
		break;
	case N_MEMBER:
		check_member(s, c, n);
		break;
	case N_CALL:
		check_call(s, c, n);
		break;
	case N_BINOP:
		check_binop(s, c, n);
		break;
	case N_UNOP:
		check_expr(s, c, n->un.e);
		if (n->un.e->type.kind == TY_NONE)
			break;
		if (n->un.op == OP_DEREF) {
			ktype_deref(s, n);
			break;
		}
		if (!is_intlike(&n->un.e->type)) {
			diag_error(s->diag, &n->loc, "'%s' needs an integer, not %s",
				   op_str(n->un.op), a_type(&n->un.e->type));
			break;
		}
		n->type = ty_int(8, n->un.op == OP_NEG || n->un.e->type.is_signed);
		break;
	case N_TERNARY: {
		if (n->tern.elvis)	/* one node again after a copy of the tree */
			n->tern.t = n->tern.c;
		struct node *cnd = n->tern.c, *t = n->tern.t, *f = n->tern.f;

		check_expr(s, c, cnd);
		if (t != cnd)
			check_expr(s, c, t);
		check_expr(s, c, f);
		if (cnd->type.kind == TY_NONE || t->type.kind == TY_NONE || f->type.kind == TY_NONE)
			break;
		if (t == cnd && !is_intlike(&cnd->type)) {	/* a ?: b */
			diag_error(s->diag, &cnd->loc, "a ?: b takes an integer a, not %s",
				   a_type(&cnd->type));
			break;
		}
		if (!is_intlike(&cnd->type)) {
			diag_error(s->diag, &cnd->loc, "a condition must be an integer, not %s",
				   a_type(&cnd->type));
			break;
		}
		if (t->type.kind == TY_VOID && f->type.kind == TY_VOID) {
			n->type.kind = TY_VOID;	/* c ? printf("a") : exit() */
		} else if (t->type.kind == TY_STR && f->type.kind == TY_STR) {
			n->type = ty_str(t->type.size > f->type.size ? t->type.size : f->type.size);
		} else if (t->type.kind == TY_BUF && f->type.kind == TY_BUF) {
			n->type = t->type.size > f->type.size ? t->type : f->type;
		} else if ((t->type.kind == TY_TIME || t->type.kind == TY_NAMED) &&
			   f->type.kind == t->type.kind && same_fmt(&t->type, &f->type)) {
			n->type = t->type;
		} else if (t->type.kind == TY_TUPLE && f->type.kind == TY_TUPLE &&
			   same_shape(&t->type, &f->type)) {
			/* strings of either branch fit in the other's slots */
			n->type = holder_type(s, &t->type, 0);
			widen(&n->type, &f->type);
		} else if (is_intlike(&t->type) && is_intlike(&f->type)) {
			if (key_class(&t->type) == key_class(&f->type) && t->type.is_bool)
				n->type = ty_bool();
			else
				n->type = ty_int(8, t->type.is_signed && f->type.is_signed);
		} else if (t->type.kind == TY_TUPLE && f->type.kind == TY_TUPLE) {
			diag_error(s->diag, &n->loc, "the two branches of %s are tuples of other "
				   "elements (a string and an integer, or not as many)",
				   n->tern.from_if ? "the if" : "'?:'");
		} else {
			diag_error(s->diag, &n->loc, "the two branches of %s differ: %s and %s",
				   n->tern.from_if ? "the if" : "'?:'", type_name(&t->type),
				   type_name(&f->type));
		}
		break;
	}
	case N_VAR:
		check_var_read(s, c, n);
		break;
	case N_MAP:
		check_map_read(s, c, n);
		break;
	case N_POSPARAM:
		check_posparam(s, n);
		break;
	case N_PARAMCOUNT:
		n->kind = N_INT;
		n->num = (uint64_t)s->nparams;
		n->type = ty_int(8, true);
		n->param = PARAM_COUNT;
		param_read(s, 0, PARAM_INT, 8, &n->loc);
		break;
	case N_CAST:
		check_cast(s, c, n);
		break;
	case N_SIZEOF:
	case N_OFFSETOF:
		ktype_size(s, n, check_expr, c);
		break;
	case N_INCDEC:
		check_incdec(s, c, n);
		break;
	case N_TUPLE: {
		unsigned i = 0;

		n->type.kind = TY_TUPLE;
		n->type.names = (const char *const *)n->tuple.names;
		n->type.nelems = (unsigned)n->tuple.n;
		n->type.elems = arena_alloc(s->arena, n->type.nelems * sizeof(*n->type.elems));
		unsigned csize = 0, calign = 1;
		for (struct node *e = n->tuple.elems; e; e = e->next, i++) {
			check_expr(s, c, e);
			struct type et;

			if (e->type.kind == TY_NONE || !ktype_value(s, e, &et)) {
				n->type.kind = TY_NONE;
				return;
			}
			/* C's layout of the elements as written, for sizeof() */
			unsigned esz = et.kind == TY_INT ? et.size
				       : et.kind == TY_STR ? et.size
				       : et.kind == TY_TUPLE ? et.csize : type_slot(&et);
			unsigned eal = et.kind == TY_INT ? et.size
				       : et.kind == TY_STR ? 1
				       : et.kind == TY_TUPLE ? et.calign : 8;
			if (!eal)
				eal = 1;
			csize = (csize + eal - 1) / eal * eal + esz;
			if (eal > calign)
				calign = eal;
			if (!is_value(&et)) {
				diag_error(s->diag, &e->loc, "a tuple cannot hold %s", a_type(&et));
				n->type.kind = TY_NONE;
				return;
			}
			/* A record's printed layout names its fields where such a
			 * value keeps which names or format print it. */
			if (n->tuple.names && (et.kind == TY_TIME || et.kind == TY_NAMED ||
					       (et.kind == TY_INT && et.fmt))) {
				diag_error(s->diag, &e->loc,
					   "a record's field cannot hold %s (not supported yet)",
					   et.kind == TY_INT ? "an enum value" : a_type(&et));
				diag_hint(s->diag, "a plain tuple, without field names, can");
				n->type.kind = TY_NONE;
				return;
			}
			n->type.elems[i] = et.kind == TY_STR || et.kind == TY_TUPLE ||
					   is_special(&et) ? et
					   : ty_int(8, et.kind == TY_INT && et.is_signed);
			if (et.kind == TY_INT && et.fmt)	/* an enum's value */
				n->type.elems[i].fmt = et.fmt;
		}
		n->type.size = tuple_offset(&n->type, n->type.nelems);
		n->type.csize = (csize + calign - 1) / calign * calign;
		n->type.calign = calign;
		break;
	}
	case N_BLOCK_EXPR: {	/* { stmts; value }: a let's ends with it */
		struct scope *outer = c->scope;

		for (struct node *st = n->block.stmts; st; st = st->next)
			check_stmt(s, c, st);
		if (n->block.value) {
			check_expr(s, c, n->block.value);
			n->type = n->block.value->type;
			if (n->type.kind == TY_AGG) {
				diag_error(s->diag, &n->block.value->loc, "%s() keeps its result in "
					   "a map: @name = { ...; %s(...) }", n->block.value->call.name,
					   n->block.value->call.name);
				n->type.kind = TY_NONE;	/* said once */
			}
		} else {
			n->type.kind = TY_VOID;
		}
		c->scope = outer;
		break;
	}
	case N_INDEX: {
		struct node *b = n->index.base, *i = n->index.index;

		check_expr(s, c, b);
		check_expr(s, c, i);
		if (b->type.kind == TY_NONE || i->type.kind == TY_NONE)
			break;
		if (b->type.kind == TY_KOBJ) {	/* p->arr[i] */
			ktype_index(s, n);
			break;
		}
		if (b->type.kind == TY_TUPLE) {	/* $t[1 + 1] is $t.2 */
			int64_t v;

			if (!const_int(s, i, &v)) {
				diag_error(s->diag, &i->loc, "a tuple's element is chosen by a constant "
					   "($t[1], or $t.1)");
				break;
			}
			if (v < 0 || (uint64_t)v >= b->type.nelems) {
				diag_error(s->diag, &n->loc, "the tuple has %u elements: [0] to [%u]",
					   b->type.nelems, b->type.nelems - 1);
				break;
			}
			n->kind = N_MEMBER;
			memset(&n->member, 0, sizeof(n->member));
			n->member.base = b;
			n->member.index = (unsigned)v;
			n->type = b->type.elems[v];
			break;
		}
		if (b->type.kind == TY_STR) {	/* $s[i]: a character, an int8 */
			int64_t v;

			if (!is_intlike(&i->type)) {
				diag_error(s->diag, &i->loc, "an index must be an integer, not %s",
					   a_type(&i->type));
				break;
			}
			if (const_int(s, i, &v) && (v < 0 || (uint64_t)v >= b->type.size)) {
				diag_error(s->diag, &i->loc, "index %lld is out of the string's %u bytes "
					   "([0] to [%u])", (long long)v, b->type.size, b->type.size - 1);
				break;
			}
			n->type = ty_int(1, true);
			break;
		}
		/* p[i] of a pointer field: the element it points to, read
		 * from the memory the pointer points into (args.argv[1]). */
		unsigned esize;
		bool esgn, eptr;
		if (b->type.kind == TY_PTR && b->kind == N_MEMBER && b->member.field &&
		    tp_field_pointee(b->member.field, &esize, &esgn, &eptr)) {
			if (!is_intlike(&i->type)) {
				diag_error(s->diag, &i->loc, "an index must be an integer, not %s",
					   a_type(&i->type));
				break;
			}
			n->type = eptr ? (struct type){ .kind = TY_PTR, .size = 8, .user = b->type.user }
				       : ty_int(esize, esgn);
			break;
		}
		/* p[i] of a typed pointer: *(p + i) */
		if (b->type.kind == TY_PTR && b->type.btf_id && i->type.kind == TY_INT) {
			struct node *sum = node_new(s->arena, N_BINOP, &n->loc);

			sum->bin.op = OP_ADD;
			sum->bin.l = b;
			sum->bin.r = i;
			sum->depth = n->depth;
			pointer_arith(s, sum);
			n->kind = N_UNOP;
			n->un.op = OP_DEREF;
			n->un.e = sum;
			ktype_deref(s, n);
			break;
		}
		if (b->type.kind != TY_ARRAY || b->kind != N_MEMBER) {
			diag_error(s->diag, &n->loc, "[ ] indexes an array field of args%s; this is %s",
				   b->type.kind == TY_PTR ? " or a pointer to integers or pointers" : "",
				   a_type(&b->type));
			break;
		}
		if (!is_intlike(&i->type)) {
			diag_error(s->diag, &i->loc, "an index must be an integer, not %s", a_type(&i->type));
			break;
		}
		if (lit_is(s, i, N_INT) && b->type.nelems && i->num >= b->type.nelems) {
			diag_error(s->diag, &i->loc, "index %llu is past the end of %s (%u elements)",
				   (unsigned long long)i->num, b->member.name, b->type.nelems);
			break;
		}
		n->type = b->type.elems[0];
		break;
	}
	default:
		diag_error(s->diag, &n->loc, "this is a statement, not an expression");
		break;
	}
}

/* ---- positional parameters and casts --------------------------------- */

static const char *posparam_text(struct sema *s, const struct node *n)
{
	return n->id.index <= s->nparams ? s->params[n->id.index - 1] : "";
}

/* $N is replaced by its value: an integer literal when it reads as one, a
 * string literal otherwise; a missing one is empty (0 as an integer), as
 * in bpftrace. The literal keeps N: codegen reads a parameter from tp_ro
 * (params.c). */
static void check_posparam(struct sema *s, struct node *n)
{
	const char *t = posparam_text(s, n);
	int index = n->id.index;
	uint64_t v;

	if (param_int(t, &v)) {
		n->kind = N_INT;
		n->num = v;
		n->type = ty_int(8, true);
		n->param = index;
		param_read(s, index, PARAM_INT, 8, &n->loc);
		return;
	}
	posparam_as_string(s, n);
}

/* A string parameter's buffer is STRLEN bytes whatever its value, so that
 * another value of up to STRLEN - 1 characters fits the same program. */
static void posparam_as_string(struct sema *s, struct node *n)
{
	const char *t = posparam_text(s, n);
	int index = n->id.index;
	unsigned size = param_str_size(strlen(t), s->strlen);

	n->kind = N_STR;
	n->str.s = arena_strdup(s->arena, t);
	n->str.len = strlen(t);
	n->type = ty_str(size);
	n->param = index;
	param_read(s, index, PARAM_STR, size, &n->loc);
}

/* str($1 + N), str(N + $1): the parameter's text from its Nth character,
 * N a literal from 0 to its length (as in bpftrace). The sum becomes that
 * string; false (and said) when N is out of range. */
static bool posparam_offset(struct sema *s, struct node *n)
{
	struct node *l = n->bin.l, *r = n->bin.r;

	if (n->bin.op != OP_ADD)
		return true;
	struct node *pp = l->kind == N_POSPARAM ? l : r->kind == N_POSPARAM ? r : NULL;
	struct node *k = pp == l ? r : l;
	if (!pp || k->kind != N_INT)
		return true;
	const char *t = posparam_text(s, pp);
	size_t len = strlen(t);

	param_fix(s, pp->id.index, &pp->loc);
	if (k->num > len) {
		diag_error(s->diag, &k->loc, "str($%d + %llu) starts past the end of $%d, "
			   "which has %zu character%s", pp->id.index, (unsigned long long)k->num,
			   pp->id.index, len, len == 1 ? "" : "s");
		return false;
	}
	n->kind = N_STR;
	n->str.s = arena_strdup(s->arena, t + k->num);
	n->str.len = len - k->num;
	n->type = ty_str((unsigned)n->str.len + 1);
	return true;
}

static void check_cast(struct sema *s, struct ctx *c, struct node *n)
{
	const char *to = n->cast.to;
	bool sgn = to[0] != 'u', to_bool = !strcmp(to, "bool");
	unsigned bits = to_bool ? 8 : (unsigned)atoi(to + (sgn ? 3 : 4));

	if (!strncmp(to, "enum ", 5)) {	/* (enum Foo)x: x printed by its name */
		const char *fmt = stypes_enum_type(s, to + 5);

		check_expr(s, c, n->cast.e);
		if (n->cast.e->type.kind == TY_NONE)
			return;
		if (!fmt) {
			diag_error(s->diag, &n->loc, "unknown enum '%s'", to + 5);
			return;
		}
		if (!is_intlike(&n->cast.e->type)) {
			diag_error(s->diag, &n->loc, "(%s) casts an integer, not %s", to,
				   a_type(&n->cast.e->type));
			return;
		}
		n->type = ty_int(8, true);
		n->type.fmt = fmt;
		return;
	}
	check_expr(s, c, n->cast.e);
	if (n->cast.e->type.kind == TY_NONE)
		return;
	if (to_bool && n->cast.nptr) {
		diag_error(s->diag, &n->loc, "bool is not a pointer's type");
		return;
	}
	if (n->cast.record || n->cast.nptr) {
		ktype_cast(s, n, provider_of(c->pp->kind)->user_ctx);
		return;
	}
	if (!is_intlike(&n->cast.e->type)) {
		diag_error(s->diag, &n->loc, "(%s) casts an integer, not %s", to,
			   a_type(&n->cast.e->type));
		return;
	}
	n->type = to_bool ? ty_bool() : ty_int(bits / 8, sgn);
}

/* ---- scratch variables ---------------------------------------------- */

#define MAX_VARS 128

static struct var *var_find(struct probe_inst *in, const char *name)
{
	for (struct var *v = in->vars; v; v = v->next)
		if (!strcmp(v->name, name))
			return v;
	return NULL;
}

/* A variable's name as written: a let's or a for loop's own is NAME#N. */
static int var_name_len(const char *name)
{
	return (int)strcspn(name, "#");
}

/* The variable $name means here: a for loop's own, or the probe's. */
static struct var *var_of(struct ctx *c, struct node *n)
{
	for (struct scope *sc = c->scope; sc; sc = sc->up)
		if (!strcmp(sc->name, n->id.name)) {
			n->id.name = (char *)sc->internal;
			break;
		}
	return var_find(c->inst, n->id.name);
}

static void check_var_read(struct sema *s, struct ctx *c, struct node *n)
{
	struct var *v = var_of(c, n);

	if (v && v->pending) {	/* let $x; read before any assignment: 0 */
		v->type = ty_int(8, true);
		v->pending = false;
	}
	if (v && v->type.kind == TY_NONE)
		return;	/* its assignment failed, and said so */
	if (!v) {
		diag_error(s->diag, &n->loc, "variable $%.*s is used before it is assigned",
			   var_name_len(n->id.name), n->id.name);
		return;
	}
	n->type = v->type;
}

/* $x = e: the first assignment in the probe decides the type. Strings get
 * a buffer of STRLEN bytes at least, so later, longer values fit. */
/* A variable whose assignment failed: known, so later reads add no
 * "used before it is assigned", but typeless, so they add nothing else. */
static void poison_var(struct sema *s, struct ctx *c, const struct node *lhs)
{
	if (c->inst->nvars >= MAX_VARS || var_find(c->inst, lhs->id.name))
		return;
	struct var *v = arena_alloc(s->arena, sizeof(*v));

	v->name = lhs->id.name;
	v->loc = lhs->loc;
	v->id = c->inst->nvars++;
	v->type.kind = TY_NONE;
	v->next = c->inst->vars;
	c->inst->vars = v;
}

static void check_var_assign_to(struct sema *s, struct ctx *c, struct node *n, bool rhs_done);
static struct var *new_var(struct sema *s, struct ctx *c, const char *name,
			   const struct type *t, const struct loc *loc);

static void check_var_assign(struct sema *s, struct ctx *c, struct node *n)
{
	check_var_assign_to(s, c, n, false);
}

/* let $x [= e]: $x is a variable of its own from here to the end of the
 * enclosing block (c->scope is put back there); e is read before, so it
 * may name the $x of outside. let $x; without a type takes the type of
 * its first use and starts as zero. */
static void check_let(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *lhs = n->assign.lhs, *rhs = n->assign.rhs;
	struct scope *sc = arena_alloc(s->arena, sizeof(*sc));

	if (rhs)
		check_expr(s, c, rhs);
	if (c->inst->nvars >= MAX_VARS) {
		diag_error(s->diag, &lhs->loc, "more than %d variables in one probe", MAX_VARS);
		return;
	}
	sc->name = lhs->id.name;
	sc->internal = arena_printf(s->arena, "%s#%u", lhs->id.name, c->nfor++);
	sc->up = c->scope;
	c->scope = sc;
	if (rhs && n->assign.type_only) {	/* let $x: typeof(e): zero of e's type */
		struct type rt;

		lhs->id.name = (char *)sc->internal;
		n->assign.rhs = NULL;	/* e gives the type only: never run */
		if (rhs->type.kind == TY_NONE || !ktype_value(s, rhs, &rt)) {
			poison_var(s, c, lhs);
			return;
		}
		if (!is_value(&rt)) {
			poison_var(s, c, lhs);
			diag_error(s->diag, &rhs->loc, "a variable cannot hold %s", a_type(&rhs->type));
			return;
		}
		lhs->type = holder_type(s, &rt, s->strlen);
		new_var(s, c, sc->internal, &lhs->type, &lhs->loc);
		return;
	}
	if (!rhs) {
		struct type none = { .kind = TY_NONE };

		lhs->id.name = (char *)sc->internal;
		new_var(s, c, sc->internal, &none, &lhs->loc)->pending = true;
		return;
	}
	check_var_assign_to(s, c, n, true);
}

static void check_var_assign_to(struct sema *s, struct ctx *c, struct node *n, bool rhs_done)
{
	struct node *lhs = n->assign.lhs, *rhs = n->assign.rhs;
	struct var *v = var_of(c, lhs);
	struct type rt;

	if (!rhs_done)
		check_expr(s, c, rhs);
	/* a struct in memory is held as its value */
	if (rhs->type.kind == TY_NONE || !ktype_value(s, rhs, &rt)) {
		poison_var(s, c, lhs);
		return;
	}
	if (v && v->pending && is_value(&rt) && n->assign.op == OP_NONE) {
		v->type = holder_type(s, &rt, s->strlen);	/* let $x; then $x = e */
		v->pending = false;
	} else if (v && v->pending && n->assign.op != OP_NONE) {
		v->type = ty_int(8, true);	/* let $x; then $x += e */
		v->pending = false;
	}
	if (!is_value(&rt)) {
		poison_var(s, c, lhs);
		diag_error(s->diag, &rhs->loc, "a variable cannot hold %s", a_type(&rhs->type));
		if (rhs->kind == N_BLOCK_EXPR && !rhs->block.value)
			diag_hint(s->diag, "the macro's body ends with a statement, so it has no value; "
				  "end it with an expression (no ';' after it) to give it one");
		if (rhs->type.kind == TY_AGG)
			diag_hint(s->diag, "%s() is kept in a map: @name = %s(...)", rhs->call.name,
				  rhs->call.name);
		return;
	}
	if (n->assign.op != OP_NONE) {
		if (!v) {
			diag_error(s->diag, &lhs->loc, "variable $%.*s is used before it is assigned",
				   var_name_len(lhs->id.name), lhs->id.name);
			return;
		}
		if (!is_intlike(&v->type) || !is_intlike(&rhs->type)) {
			diag_error(s->diag, &n->loc, "'%s=' needs integers", op_str(n->assign.op));
			return;
		}
		if (v->type.is_bool) {
			diag_error(s->diag, &n->loc, "'%s=' needs an integer; $%.*s holds a bool",
				   op_str(n->assign.op), var_name_len(v->name), v->name);
			return;
		}
		if (n->assign.op == OP_ADD || n->assign.op == OP_SUB)
			scale_by(s, &n->assign.rhs, ptr_step(s, &v->type));
		lhs->type = v->type;
		return;
	}
	if (!v) {
		/* Each lives on the 512-byte BPF stack (strings and tuples in
		 * scratch memory); a few hundred cannot all fit. */
		if (c->inst->nvars >= MAX_VARS) {
			diag_error(s->diag, &lhs->loc, "more than %d variables in one probe", MAX_VARS);
			return;
		}
		v = arena_alloc(s->arena, sizeof(*v));
		v->name = lhs->id.name;
		v->loc = lhs->loc;
		v->id = c->inst->nvars++;
		v->type = holder_type(s, &rt, s->strlen);
		v->next = c->inst->vars;
		c->inst->vars = v;
	} else if (!same_shape(&v->type, &rt)) {
		diag_error(s->diag, &n->loc, "variable $%.*s holds %s (since %d:%d), not %s",
			   var_name_len(v->name), v->name, held_type(s, &v->type), v->loc.first_line, v->loc.first_column,
			   held_type(s, &rt));
		return;
	}
	lhs->type = v->type;
}

/* ---- maps ----------------------------------------------------------- */

static struct map_info *map_get(struct sema *s, const char *name,
				const struct loc *loc)
{
	struct map_info *m = map_lookup(s, name);

	if (m)
		return m;
	m = arena_alloc(s->arena, sizeof(*m));
	m->name = arena_strdup(s->arena, name);
	m->loc = *loc;
	m->next = s->maps;
	s->maps = m;
	return m;
}

static const char *map_kind_name(enum map_kind k)
{
	static const char *const names[] = {
		[MK_INT] = "integers", [MK_STR] = "strings", [MK_COUNT] = "count()",
		[MK_SUM] = "sum()", [MK_MIN] = "min()", [MK_MAX] = "max()",
		[MK_AVG] = "avg()", [MK_STATS] = "stats()", [MK_HIST] = "hist()",
		[MK_LHIST] = "lhist()", [MK_TUPLE] = "tuples", [MK_VALUE] = "values",
	};
	return names[k];
}

/* Two key parts of one map agree: integers with integers, strings with
 * strings, tuples element by element. */
static bool key_compatible(const struct type *a, const struct type *b)
{
	if (a->kind == TY_TUPLE || b->kind == TY_TUPLE) {
		if (a->kind != b->kind || a->nelems != b->nelems || !a->names != !b->names)
			return false;
		for (unsigned i = 0; i < b->nelems; i++) {
			int k = rec_elem(a, b, i);

			if (k < 0 || !key_compatible(&a->elems[k], &b->elems[i]))
				return false;
		}
		return true;
	}
	return same_class(a, b);
}

/* The keys of one access, against the shape the map's first use gave it:
 * the same number of parts, of the same kinds. One tuple, @m[(a, b)], is
 * the same key as @m[a, b]; a part may itself be a tuple. String parts
 * keep the largest size seen (in the discovery pass), so no key is cut. */
static bool check_map_keys(struct sema *s, struct ctx *c, struct node *n,
			   struct map_info *mi)
{
	unsigned nk = 0;
	bool ok = true;

	for (struct node *k = n->map.keys; k; k = k->next) {
		check_expr(s, c, k);
		nk++;
		struct type kt;

		if (k->type.kind == TY_NONE || !ktype_value(s, k, &kt)) {
			ok = false;
		} else if (!is_value(&kt)) {
			diag_error(s->diag, &k->loc, "a map key cannot be %s", a_type(&k->type));
			ok = false;
		}
	}
	if (!ok)
		return false;
	struct node *k0 = n->map.keys;
	const struct type *parts = NULL;
	struct type *own = NULL;

	if (nk == 1 && k0->type.kind == TY_TUPLE && !k0->type.names) {
		nk = k0->type.nelems;
		parts = k0->type.elems;
	} else if (nk) {
		unsigned i = 0;

		own = arena_alloc(s->arena, nk * sizeof(*own));
		for (struct node *k = k0; k; k = k->next)
			ktype_value(s, k, &own[i++]);	/* a struct's: made above */
		parts = own;
	}
	if (!mi->key_known) {
		mi->key_known = true;
		mi->nkeys = nk;
		mi->keys = nk ? arena_alloc(s->arena, nk * sizeof(*mi->keys)) : NULL;
		for (unsigned i = 0; i < nk; i++) {
			mi->keys[i] = is_intlike(&parts[i]) && !is_special(&parts[i])
				    ? ty_int(8, parts[i].kind == TY_INT && parts[i].is_signed)
				    : holder_type(s, &parts[i], 0);
			if (parts[i].kind == TY_INT)
				mi->keys[i].fmt = parts[i].fmt;	/* an enum's value */
		}
		return true;
	}
	if (nk != mi->nkeys) {
		diag_error(s->diag, &n->loc, "@%s has %u key%s here, but %u elsewhere", mi->name,
			   nk, nk == 1 ? "" : "s", mi->nkeys);
		return false;
	}
	struct node *k = k0;
	for (unsigned i = 0; i < nk; i++, k = own ? k->next : k) {
		const struct loc *l = &k->loc;

		if (!key_compatible(&parts[i], &mi->keys[i])) {
			diag_error(s->diag, l, "@%s's key %s%u is %s elsewhere, %s here",
				   mi->name, mi->nkeys > 1 ? "part " : "", i + 1,
				   held_type(s, &mi->keys[i]), held_type(s, &parts[i]));
			return false;
		}
		if (s->discovering)
			widen(&mi->keys[i], &parts[i]);
	}
	return true;
}

/* A map of integers reads as a 64-bit integer of its value's signedness. */
static struct type map_int_type(const struct map_info *mi)
{
	struct type t = ty_int(8, mi->value.kind != TY_INT || mi->value.is_signed);

	if (mi->value.kind == TY_INT)
		t.fmt = mi->value.fmt;	/* an enum's value */
	return t;
}

static void check_map_read(struct sema *s, struct ctx *c, struct node *n)
{
	struct map_info *mi = map_lookup(s, n->map.name);

	if (!mi || !mi->assigned) {
		/* While discovering, a map not assigned yet reads as an integer,
		 * so "@n = @n + 1" can teach @n its kind; the checking pass
		 * reports whatever was wrong with that guess. */
		if (s->discovering)
			n->type = ty_int(8, true);
		else if (!(mi && mi->poisoned))
			diag_error(s->diag, &n->loc, "map @%s is used but never assigned", n->map.name);
		return;
	}
	if (!check_map_keys(s, c, n, mi))
		return;
	n->map.info = mi;
	switch (mi->kind) {
	case MK_INT:
		n->type = mi->value.kind == TY_PTR ? mi->value : map_int_type(mi);
		break;
	case MK_SUM:
	case MK_MIN:
	case MK_MAX:
		n->type = ty_int(8, true);
		break;
	case MK_COUNT:
		n->type = ty_int(8, false);
		break;
	case MK_STR:
	case MK_TUPLE:
	case MK_VALUE:
		n->type = mi->value;
		break;
	default:
		diag_error(s->diag, &n->loc, "@%s holds %s, which can only be printed", mi->name,
			   map_kind_name(mi->kind));
		break;
	}
}

/* The name a key expression gives a metric label: a builtin's (comm,
 * pid, probe...), a field's (args.filename: filename), a variable's, and
 * the same through str(), buf(), ksym(), ntop() and casts. NULL if it has none. */
static const char *key_expr_name(const struct node *k)
{
	switch (k->kind) {
	case N_IDENT:
	case N_VAR:
		return k->id.name;
	case N_MEMBER:
		return k->member.name;
	case N_CAST:
		return key_expr_name(k->cast.e);
	case N_CALL:
		if (!k->call.fn || !k->call.args)
			return k->call.fn && (k->call.fn->id == F_KSTACK ||
					      k->call.fn->id == F_USTACK) ? k->call.name : NULL;
		switch (k->call.fn->id) {
		case F_STR:
		case F_KSYM:
		case F_BUF:
			return key_expr_name(k->call.args);
		case F_NTOP: {
			const struct node *a = k->call.args;

			while (a->next)
				a = a->next;	/* ntop([af,] addr): the address */
			return key_expr_name(a);
		}
		case F_KSTACK:
		case F_USTACK:
			return k->call.name;
		default:
			return NULL;
		}
	default:
		return NULL;
	}
}

/* A write to @m[keys]: the first names each key part; a later write that
 * names a part otherwise leaves it unnamed. */
static void note_key_names(struct sema *s, struct map_info *mi, const struct node *keys)
{
	unsigned i = 0;

	if (!mi->key_named) {
		mi->key_named = true;
		mi->key_names = mi->nkeys ? arena_alloc(s->arena, mi->nkeys * sizeof(char *)) : NULL;
		for (const struct node *k = keys; k && i < mi->nkeys; k = k->next, i++)
			mi->key_names[i] = key_expr_name(k);
		return;
	}
	for (const struct node *k = keys; k && i < mi->nkeys; k = k->next, i++) {
		const char *name = key_expr_name(k);

		if (mi->key_names[i] && (!name || strcmp(name, mi->key_names[i])))
			mi->key_names[i] = NULL;
	}
}

static enum map_kind agg_kind(enum func_id id)
{
	switch (id) {
	case F_COUNT: return MK_COUNT;
	case F_SUM: return MK_SUM;
	case F_AVG: return MK_AVG;
	case F_MIN: return MK_MIN;
	case F_MAX: return MK_MAX;
	case F_STATS: return MK_STATS;
	case F_HIST: return MK_HIST;
	default: return MK_LHIST;
	}
}

static int64_t lit_value(const struct node *k)
{
	return (int64_t)(k->kind == N_INT ? k->num : 0 - k->un.e->num);
}

/* @m[k] = e, @m[k] op= e, @m[k] = count()... */
static void check_map_assign(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *lhs = n->assign.lhs, *rhs = n->assign.rhs;
	struct map_info *mi = map_get(s, lhs->map.name, &lhs->loc);
	enum map_kind kind;
	struct type value = { 0 };

	if (!check_map_keys(s, c, lhs, mi)) {
		if (!s->discovering)
			mi->poisoned = true;
		return;
	}
	lhs->map.info = mi;
	note_key_names(s, mi, lhs->map.keys);
	check_expr(s, c, rhs);
	if (rhs->type.kind == TY_KOBJ && n->assign.op != OP_NONE) {
		diag_error(s->diag, &n->loc, "'%s=' works on maps of integers; this is a struct",
			   op_str(n->assign.op));
		if (!s->discovering)
			mi->poisoned = true;
		return;
	}
	if (rhs->type.kind == TY_KOBJ) {
		struct type rt;

		if (!ktype_value(s, rhs, &rt)) {
			if (!s->discovering)
				mi->poisoned = true;
			return;
		}
		kind = MK_VALUE;
		value = rt;
	} else if (rhs->type.kind == TY_NONE) {
		if (!s->discovering)
			mi->poisoned = true;
		return;
	} else if (rhs->type.kind == TY_AGG) {
		if (n->assign.op != OP_NONE) {
			diag_error(s->diag, &n->loc, "%s() is assigned with '=', not '%s='",
				   rhs->call.name, op_str(n->assign.op));
			return;
		}
		kind = agg_kind(rhs->call.fn->id);
		/* sum() of what cannot be negative only grows: a counter. */
		if (kind == MK_SUM && rhs->call.args &&
		    (rhs->call.args->kind != N_INT || rhs->call.args->param) &&
		    rhs->call.args->type.is_signed)
			mi->sum_signed = true;
	} else if (rhs->type.kind == TY_STR && n->assign.op == OP_NONE) {
		kind = MK_STR;
		value = rhs->type;
	} else if (rhs->type.kind == TY_TUPLE && n->assign.op == OP_NONE) {
		kind = MK_TUPLE;
		value = holder_type(s, &rhs->type, 0);
	} else if (is_special(&rhs->type) && rhs->type.kind != TY_KSTACK &&
		   n->assign.op == OP_NONE) {
		kind = MK_VALUE;
		value = holder_type(s, &rhs->type, 0);
	} else if (is_intlike(&rhs->type)) {
		/* The value keeps the signedness of what it is given first, as
		 * in bpftrace: "@x -= args.count" (a size_t) makes @x unsigned.
		 * "@x op= v" on a new map is "0 op v": signed only if v is. */
		kind = MK_INT;
		value = rhs->type.kind == TY_PTR ? rhs->type
			: ty_int(8, rhs->type.kind != TY_INT || rhs->type.is_signed);
		if (rhs->type.kind == TY_INT && n->assign.op == OP_NONE)
			value.fmt = rhs->type.fmt;	/* an enum's value prints by name */
	} else {
		diag_error(s->diag, &rhs->loc, "a map cannot hold %s", a_type(&rhs->type));
		if (!s->discovering)
			mi->poisoned = true;
		return;
	}
	if (!mi->assigned) {
		mi->assigned = true;
		mi->kind = kind;
		mi->value = value;
		mi->loc = n->loc;
		if (kind == MK_LHIST) {
			struct node *a = rhs->call.args->next;

			mi->lhist_min = lit_value(a);
			mi->lhist_max = lit_value(a->next);
			mi->lhist_step = lit_value(a->next->next);
		}
	} else if (mi->kind != kind) {
		diag_error(s->diag, &n->loc, "@%s holds %s (since %d:%d); here it is given %s",
			   mi->name, mi->kind == MK_VALUE ? held_type(s, &mi->value)
			   : map_kind_name(mi->kind), mi->loc.first_line, mi->loc.first_column,
			   kind == MK_VALUE ? held_type(s, &value) : map_kind_name(kind));
		return;
	} else if (kind == MK_LHIST) {
		struct node *a = rhs->call.args->next;

		if (lit_value(a) != mi->lhist_min || lit_value(a->next) != mi->lhist_max ||
		    lit_value(a->next->next) != mi->lhist_step) {
			diag_error(s->diag, &n->loc, "@%s's lhist() has other bounds at %d:%d",
				   mi->name, mi->loc.first_line, mi->loc.first_column);
			return;
		}
	} else if ((kind == MK_STR || kind == MK_TUPLE || kind == MK_VALUE) &&
		   (!same_shape(&mi->value, &value) || key_class(&mi->value) != key_class(&value))) {
		diag_error(s->diag, &n->loc, "@%s holds %s (since %d:%d); here it is given %s",
			   mi->name, held_type(s, &mi->value), mi->loc.first_line, mi->loc.first_column,
			   held_type(s, &value));
		return;
	} else if ((kind == MK_STR || kind == MK_TUPLE || kind == MK_VALUE) && s->discovering) {
		widen(&mi->value, &value);
	}
	if (n->assign.op != OP_NONE && (mi->kind != MK_INT || mi->value.is_bool)) {
		diag_error(s->diag, &n->loc, "'%s=' works on maps of integers; @%s holds %s",
			   op_str(n->assign.op), mi->name,
			   mi->value.is_bool ? "bools" : map_kind_name(mi->kind));
		return;
	}
	if (n->assign.op == OP_ADD || n->assign.op == OP_SUB)
		scale_by(s, &n->assign.rhs, ptr_step(s, &mi->value));
	lhs->type = kind == MK_STR || kind == MK_TUPLE || kind == MK_VALUE ? mi->value
		    : map_int_type(mi);
}

/* x++, x--, ++x, --x on a variable or a map element: a statement, or an
 * expression whose value is C's (the old value after, the new before). */
static void check_incdec(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *e = n->incdec.e;

	if (e->kind != N_VAR && e->kind != N_MAP) {
		diag_error(s->diag, &n->loc, "'%s' needs a variable or a map element",
			   n->incdec.inc ? "++" : "--");
		return;
	}
	if (e->kind == N_VAR) {
		struct var *v = var_of(c, e);

		if (!v) {
			diag_error(s->diag, &e->loc, "variable $%.*s is used before it is assigned",
				   var_name_len(e->id.name), e->id.name);
			return;
		}
		if (v->pending) {	/* let $x; $x++ */
			v->type = ty_int(8, true);
			v->pending = false;
		}
		if (!is_intlike(&v->type) || v->type.is_bool) {
			diag_error(s->diag, &n->loc, "'%s' needs an integer; $%.*s holds %s",
				   n->incdec.inc ? "++" : "--", var_name_len(v->name), v->name,
				   a_type(&v->type));
			return;
		}
		e->type = v->type;
		n->type = ty_int(8, v->type.kind == TY_INT && v->type.is_signed);
		if (v->type.kind == TY_PTR)
			n->type = v->type;
		n->incdec.step = ptr_step(s, &v->type);
		return;
	}
	/* @m[k]++: a map of integers, created at 0 if need be. */
	struct map_info *mi = map_get(s, e->map.name, &e->loc);
	if (!check_map_keys(s, c, e, mi))
		return;
	e->map.info = mi;
	note_key_names(s, mi, e->map.keys);
	if (!mi->assigned) {
		mi->assigned = true;
		mi->kind = MK_INT;
		mi->value = ty_int(8, true);
		mi->loc = n->loc;
	} else if (mi->kind != MK_INT || mi->value.is_bool) {
		diag_error(s->diag, &n->loc, "'%s' works on maps of integers; @%s holds %s",
			   n->incdec.inc ? "++" : "--", mi->name,
			   mi->value.is_bool ? "bools" : map_kind_name(mi->kind));
		return;
	}
	e->type = mi->value.kind == TY_PTR ? mi->value : map_int_type(mi);
	n->type = e->type;
	n->incdec.step = ptr_step(s, &mi->value);
}

/* The value of a constant expression: literals (positional parameters
 * are literals by now), and operators on them. */
static bool const_int(struct sema *s, const struct node *n, int64_t *out)
{
	int64_t a, b;

	switch (n->kind) {
	case N_INT:
		*out = (int64_t)n->num;
		if (n->param)
			param_fix(s, param_index(n), &n->loc);
		return true;
	case N_CAST:
		return const_int(s, n->cast.e, out);
	case N_UNOP:
		if (!const_int(s, n->un.e, &a))
			return false;
		*out = n->un.op == OP_NEG ? (int64_t)(0 - (uint64_t)a) : n->un.op == OP_BNOT ? ~a : !a;
		return true;
	case N_BINOP:
		if (!const_int(s, n->bin.l, &a) || !const_int(s, n->bin.r, &b))
			return false;
		switch (n->bin.op) {
		case OP_ADD: *out = (int64_t)((uint64_t)a + (uint64_t)b); return true;
		case OP_SUB: *out = (int64_t)((uint64_t)a - (uint64_t)b); return true;
		case OP_MUL: *out = (int64_t)((uint64_t)a * (uint64_t)b); return true;
		case OP_DIV: case OP_MOD:
			if (!b || (a == INT64_MIN && b == -1))
				return false;
			*out = n->bin.op == OP_DIV ? a / b : a % b;
			return true;
		case OP_SHL: *out = b >= 0 && b < 64 ? (int64_t)((uint64_t)a << b) : 0; return true;
		case OP_SHR: *out = b >= 0 && b < 64 ? a >> b : 0; return true;
		case OP_AND: *out = a & b; return true;
		case OP_OR: *out = a | b; return true;
		case OP_XOR: *out = a ^ b; return true;
		default: return false;
		}
	default:
		return false;
	}
}

/* A variable of the instance with a name no script can write. */
static struct var *new_var(struct sema *s, struct ctx *c, const char *name,
			   const struct type *t, const struct loc *loc)
{
	struct var *v = arena_alloc(s->arena, sizeof(*v));

	v->name = (char *)name;
	v->loc = *loc;
	v->id = c->inst->nvars++;
	v->type = *t;
	v->next = c->inst->vars;
	c->inst->vars = v;
	return v;
}

/* for ($kv : @m) { } - $kv is (key, value), the key a tuple when the map
 * has several; for ($i : a..b) { } - $i counts from a up to b, b excluded.
 * The variable is the loop's own: outside the body the name means what it
 * meant before. */
#define FOR_RANGE_MAX (1 << 23)	/* bpf_loop's most turns */

static void check_for(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *it = n->for_.iter, *var = n->for_.var;
	struct type t = { 0 };
	struct scope sc = { .name = var->id.name, .up = c->scope };

	if (n->for_.end) {
		check_expr(s, c, it);
		check_expr(s, c, n->for_.end);
		if (it->type.kind != TY_NONE && !is_intlike(&it->type))
			diag_error(s->diag, &it->loc, "a range starts at an integer, not %s",
				   a_type(&it->type));
		if (n->for_.end->type.kind != TY_NONE && !is_intlike(&n->for_.end->type))
			diag_error(s->diag, &n->for_.end->loc, "a range ends at an integer, not %s",
				   a_type(&n->for_.end->type));
		if (it->kind == N_INT && !it->param && n->for_.end->kind == N_INT &&
		    !n->for_.end->param && (int64_t)n->for_.end->num > (int64_t)it->num &&
		    n->for_.end->num - it->num > FOR_RANGE_MAX)
			/* bpf_loop would refuse it and run no turn at all */
			diag_error(s->diag, &n->for_.end->loc, "a range runs at most %d turns; "
				   "this one runs %llu", FOR_RANGE_MAX,
				   (unsigned long long)(n->for_.end->num - it->num));
		/* A range known only at run time runs its first turns and
		 * says so: warnf() at the loop */
		struct node *w = node_new(s->arena, N_CALL, &n->loc);
		struct node *msg = node_new(s->arena, N_STR, &n->loc);

		msg->str.s = arena_printf(s->arena, "a for range of more than %d turns ran only "
					  "its first %d", FOR_RANGE_MAX, FOR_RANGE_MAX);
		msg->str.len = strlen(msg->str.s);
		w->call.name = "warnf";
		w->call.args = msg;
		w->call.nargs = 1;
		w->call.rec_id = -1;
		check_expr(s, c, w);
		n->for_.warn = w;
		t = ty_int(8, true);
	} else if (it->kind != N_MAP || it->map.keys) {
		diag_error(s->diag, &it->loc, "for iterates over a whole map (for ($kv : @m)) "
			   "or a range (for ($i : 0..10))");
		return;
	} else {
		struct map_info *mi = map_lookup(s, it->map.name);

		if (!mi || !mi->assigned) {
			if (!s->discovering && !(mi && mi->poisoned))
				diag_error(s->diag, &it->loc, "map @%s is used but never assigned",
					   it->map.name);
			if (!s->discovering)
				return;
			t.kind = TY_NONE;
		} else if (!mi->nkeys) {
			diag_error(s->diag, &it->loc, "@%s has no keys: for iterates over a map's entries, "
				   "like @m[k]", mi->name);
			return;
		} else if (mi->kind == MK_AVG || mi->kind == MK_STATS || mi->kind == MK_HIST ||
			   mi->kind == MK_LHIST) {
			diag_error(s->diag, &it->loc, "for cannot read @%s's values: it holds %s",
				   mi->name, map_kind_name(mi->kind));
			return;
		} else {
			struct type key;

			it->map.info = mi;
			if (mi->nkeys == 1) {
				key = mi->keys[0];
			} else {
				key = (struct type){ .kind = TY_TUPLE, .nelems = mi->nkeys,
						     .elems = mi->keys };
				key.size = tuple_offset(&key, key.nelems);
			}
			t.kind = TY_TUPLE;
			t.nelems = 2;
			t.elems = arena_alloc(s->arena, 2 * sizeof(*t.elems));
			t.elems[0] = key;
			t.elems[1] = mi->kind == MK_STR || mi->kind == MK_TUPLE ||
				     mi->kind == MK_VALUE ? mi->value
				     : ty_int(8, mi->kind != MK_COUNT);
			t.size = tuple_offset(&t, 2);
		}
	}
	if (c->inst->nvars >= MAX_VARS) {
		diag_error(s->diag, &var->loc, "more than %d variables in one probe", MAX_VARS);
		return;
	}
	sc.internal = arena_printf(s->arena, "%s#%u", var->id.name, c->nfor++);
	var->id.name = (char *)sc.internal;
	n->for_.v = new_var(s, c, sc.internal, &t, &var->loc);
	c->scope = &sc;
	c->loop_depth++;
	check_stmt(s, c, n->for_.body);
	c->loop_depth--;
	c->scope = sc.up;
}

static void check_cond(struct sema *s, struct ctx *c, struct node *e)
{
	check_expr(s, c, e);
	if (e->type.kind != TY_NONE && !is_intlike(&e->type))
		diag_error(s->diag, &e->loc, "a condition must be an integer, not %s",
			   a_type(&e->type));
}

/* @m = { stmts; f(...) } is { stmts; @m = f(...) }: an aggregation (and
 * any call) is assigned where the block's value is. */
static void map_assign_of_block(struct sema *s, struct node *n)
{
	struct node *b = n->assign.rhs, *asg, **tail;

	asg = node_new(s->arena, N_ASSIGN, &n->loc);
	asg->assign = n->assign;
	asg->assign.rhs = b->block.value;
	for (tail = &b->block.stmts; *tail; tail = &(*tail)->next)
		;
	*tail = asg;
	n->kind = N_BLOCK;
	n->block.stmts = b->block.stmts;
	n->block.value = NULL;
}

static void check_stmt(struct sema *s, struct ctx *c, struct node *n)
{
	if (n->kind == N_ASSIGN && !n->assign.decl && n->assign.lhs->kind == N_MAP &&
	    n->assign.rhs && n->assign.rhs->kind == N_BLOCK_EXPR && n->assign.rhs->block.value &&
	    (n->assign.rhs->block.value->kind == N_CALL ||
	     n->assign.rhs->block.value->kind == N_BLOCK_EXPR))
		map_assign_of_block(s, n);
	switch (n->kind) {
	case N_EXPR_STMT:
		check_expr(s, c, n->expr.e);
		if (n->expr.e->type.kind == TY_AGG)
			diag_error(s->diag, &n->loc, "%s() keeps its result in a map: @name = %s(...)",
				   n->expr.e->call.name, n->expr.e->call.name);
		else if (!n->expr.discard && n->expr.e->kind != N_CALL &&
			 n->expr.e->type.kind != TY_NONE && n->expr.e->type.kind != TY_VOID)
			diag_warning(s->diag, &n->loc, "this expression's value is unused");
		break;
	case N_BLOCK_EXPR:
		check_expr(s, c, n);
		break;
	case N_BLOCK: {
		struct scope *outer = c->scope;	/* a let's ends with its block */

		for (struct node *st = n->block.stmts; st; st = st->next)
			check_stmt(s, c, st);
		c->scope = outer;
		break;
	}
	case N_IF:
		check_cond(s, c, n->if_.c);
		check_stmt(s, c, n->if_.then);
		if (n->if_.els)
			check_stmt(s, c, n->if_.els);
		break;
	case N_WHILE:
		check_cond(s, c, n->while_.c);
		c->loop_depth++;
		check_stmt(s, c, n->while_.body);
		c->loop_depth--;
		break;
	case N_UNROLL: {
		struct node *cnt = n->unroll.count;
		int64_t v;

		check_expr(s, c, cnt);
		if (cnt->type.kind == TY_NONE)
			break;
		if (!const_int(s, cnt, &v)) {
			diag_error(s->diag, &cnt->loc, "unroll() takes a constant: an integer literal "
				   "or a positional parameter");
			break;
		}
		if (v < 1 || v > 100) {
			diag_error(s->diag, &n->loc, "unroll() repeats 1 to 100 times, not %lld",
				   (long long)v);
			break;
		}
		n->unroll.n = (uint64_t)v;
		check_stmt(s, c, n->unroll.body);
		break;
	}
	case N_FOR:
		check_for(s, c, n);
		break;
	case N_JUMP:
		if (n->jump.value)	/* return e: e runs, its value goes nowhere */
			check_expr(s, c, n->jump.value);
		if (n->jump.tok != 'r' && !c->loop_depth)
			diag_error(s->diag, &n->loc, "'%s' outside a while loop",
				   n->jump.tok == 'b' ? "break" : "continue");
		break;
	case N_ASSIGN:
		if (n->assign.decl)
			check_let(s, c, n);
		else if (n->assign.lhs->kind == N_VAR)
			check_var_assign(s, c, n);
		else
			check_map_assign(s, c, n);
		break;
	case N_INCDEC:
		check_incdec(s, c, n);
		break;
	default:
		check_expr(s, c, n);
		break;
	}
}

/* One pass over every instance: clone, then type the copy. */
static void check_instances(struct sema *s)
{
	/* When a probe's body has errors, stop at its first failing instance:
	 * the same mistake in 300 expanded tracepoints is one mistake. */
	const struct probe *failed = NULL;

	for (unsigned i = 0; i < s->prog.nprobes; i++) {
		struct probe_inst *in = &s->insts[i];
		struct ctx c = { .inst = in, .pp = &s->prog.probes[i], .check_expr = check_expr };
		int before = s->diag->errors;

		if (in->src == failed)
			continue;
		in->vars = NULL;
		in->nvars = 0;
		in->pred = node_clone(s->arena, in->src->pred);
		in->body = node_clone(s->arena, in->src->body);
		if (in->pred) {
			check_expr(s, &c, in->pred);
			if (in->pred->type.kind != TY_NONE && !is_intlike(&in->pred->type))
				diag_error(s->diag, &in->pred->loc,
					   "a predicate must be an integer (true when non-zero), not %s",
					   a_type(&in->pred->type));
		}
		check_stmt(s, &c, in->body);
		for (struct var *v = in->vars; v; v = v->next)
			if (v->pending) {	/* let $x; never used: an integer */
				v->type = ty_int(8, true);
				v->pending = false;
			}
		if (s->diag->errors > before && !s->discovering)
			failed = in->src;
	}
}

/* let @m = hash(N);: each declaration's kind and size checked, given to
 * its map, and the kind held against what the map holds (an aggregation
 * needs a per-CPU map, anything else a shared one). */
static void check_map_decls(struct sema *s, const struct ast *ast)
{
	for (const struct map_decl *d = ast->map_decls; d; d = d->next) {
		bool percpu = !strcmp(d->kind, "percpuhash") || !strcmp(d->kind, "percpulruhash");

		if (!percpu && strcmp(d->kind, "hash") && strcmp(d->kind, "lruhash")) {
			diag_error(s->diag, &d->kloc, "unknown map type '%s'", d->kind);
			diag_hint(s->diag, "a map is declared hash(N), lruhash(N), percpuhash(N) "
				  "or percpulruhash(N)");
			continue;
		}
		if (d->entries < 1 || d->entries > (1u << 24)) {
			diag_error(s->diag, &d->kloc, "%s(%llu): a map holds 1 to %u entries", d->kind,
				   (unsigned long long)d->entries, 1u << 24);
			continue;
		}
		bool again = false;
		for (const struct map_decl *e = ast->map_decls; e != d; e = e->next)
			again |= !strcmp(e->name, d->name);
		if (again) {
			diag_error(s->diag, &d->loc, "@%s is declared twice", d->name);
			continue;
		}
		struct map_info *mi = map_lookup(s, d->name);

		if (!mi || !mi->assigned) {
			if (!mi)
				diag_warning(s->diag, &d->loc, "unused map @%s: it is declared and "
					     "never used", d->name);
			continue;
		}
		bool agg = mi->kind != MK_INT && mi->kind != MK_STR && mi->kind != MK_TUPLE &&
			   mi->kind != MK_VALUE;
		if (agg != percpu) {
			diag_error(s->diag, &d->kloc, "@%s is declared %s, but %s", d->name, d->kind,
				   agg ? "it holds an aggregation (count(), sum() ...), which "
					 "needs percpuhash or percpulruhash"
				       : "it holds plain values, which need hash or lruhash");
			diag_hint(s->diag, "@%s is first written at line %d", d->name,
				  mi->loc.first_line);
			continue;
		}
		mi->decl = d;
	}
}

int sema_check(struct sema *s, struct ast *ast)
{
	s->prog.ringbuf_size = RINGBUF_SIZE;
	if (ast->has_config && !config_apply(s, ast))
		return -1;
	if (!s->strlen)
		s->strlen = STRLEN_DEFAULT;
	s->prog.strlen = s->strlen;
	if (ast->records && !stypes_define(s, ast))
		return -1;
	if (ast->enums && !stypes_enums(s, ast))
		return -1;
	if (macro_expand(s->arena, s->diag, ast) < 0)
		return -1;
	flow_check(s->diag, ast);
	expand_probes(s, ast);
	if (s->diag->errors)
		return -1;
	if (!s->prog.nprobes && ast->probes) {
		struct loc l = ast->probes->loc;

		diag_error(s->diag, &l, "No probes to attach: every probe was left out "
			   "(config missing_probes)");
		return -1;
	}
	expand_finish(s);

	/* Two passes: a map may be read (say in a predicate) before the
	 * probe that assigns it, so a first, silent pass learns every map's
	 * kind and key; the second checks and reports. */
	FILE *real_out = s->diag->out, *null_out = fopen("/dev/null", "w");
	if (null_out) {
		int errors = s->diag->errors, warnings = s->diag->warnings;

		s->diag->out = null_out;
		s->discovering = true;
		check_instances(s);
		s->discovering = false;
		s->diag->out = real_out;
		s->diag->errors = errors;
		s->diag->warnings = warnings;
		fclose(null_out);
		reset_records(s);
	}
	check_instances(s);
	check_map_decls(s, ast);
	for (struct map_info *m = s->maps; m; m = m->next)
		if (!m->assigned && !m->poisoned)
			diag_error(s->diag, &m->loc, "map @%s is used but never assigned", m->name);
	if (s->diag->errors)
		return -1;
	finish_maps(s);
	if (s->diag->errors)
		return -1;
	/* Room for 64 of the largest record, so a burst of events with long
	 * strings (BPFTRACE_STRLEN=9999) is not lost before the reader wakes. */
	for (unsigned i = 0; i < s->prog.nrecs; i++)
		while (s->prog.ringbuf_size < 64u * s->prog.recs[i].size &&
		       s->prog.ringbuf_size < (64u << 20))
			s->prog.ringbuf_size *= 2;
	fieldrefs_collect(s);	/* the fields each probe reads, for the runtime's check */
	params_layout(s);
	s->tprog = (struct tprog){
		.prog = &s->prog, .insts = s->insts,
		.filter_pid = s->filter_pid, .uses_elapsed = s->uses_elapsed,
		.uses_ncpus = s->uses_ncpus, .btf = s->btf,
		.boot_bound = s->boot_bound, .license = s->license, .map_lru = s->map_lru,
		.left_out = s->left_out,
	};
	return 0;
}

void sema_free(struct sema *s)
{
	reset_records(s);
	free(s->prog.probes);
	free(s->insts);
	for (unsigned i = 0; i < s->nformats; i++)
		tp_format_free(s->formats[i]);
	free(s->formats);
	btf__free(s->stypes);
	btf__free(s->stypes_base);
	memset(s, 0, sizeof(*s));
}
