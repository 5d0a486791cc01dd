// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* ktypes.c - the kernel's own types in the checker: members of kernel
 * structs and unions (p->m, s.m, through anonymous members), *p, casts to
 * (struct X *), curtask, sizeof and offsetof. The types come from the
 * kernel's BTF (kernel/kbtf.h), read the first time a script needs one.
 *
 * A pointer to a kernel type is TY_PTR with btf_id set; what it points at,
 * a struct, union or array in memory, is TY_KOBJ and becomes a value only
 * through a member, an element or print(). Which memory a pointer points
 * into (user says) travels with it: a user struct's members are user
 * memory, and their pointers user pointers. */
#include "check/ktypes.h"
#include "check/state.h"
#include "check/stypes.h"
#include "check/types.h"

#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "kernel/kbtf.h"
#include "kernel/tracefs.h"
#include "program/program.h"

const struct btf *need_btf(struct sema *s, const struct loc *loc)
{
	const char *why = NULL;

	if (s->btf)
		return s->btf;
	s->btf = kbtf_load(&why);
	if (!s->btf && loc && !s->btf_said) {
		s->btf_said = !s->discovering;	/* the first pass prints nothing */
		diag_error(s->diag, loc, "the kernel's types are not available");
		diag_hint(s->diag, "%s", why);
	}
	return s->btf;
}

bool btf_value_type(const struct btf *btf, uint32_t id, bool user, struct type *out)
{
	bool tag_user = false;
	uint32_t sid = kbtf_skip(btf, id, &tag_user);
	const struct btf_type *t = sid ? btf__type_by_id(btf, sid) : NULL;

	memset(out, 0, sizeof(*out));
	if (!t)
		return false;
	switch (btf_kind(t)) {
	case BTF_KIND_INT: {
		unsigned enc = btf_int_encoding(t);

		if (t->size > 8 || (t->size & (t->size - 1)))
			return false;
		*out = ty_int(t->size, enc & BTF_INT_SIGNED);
		out->is_bool = enc & BTF_INT_BOOL;
		return true;
	}
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		if (t->size > 8 || (t->size & (t->size - 1)))
			return false;
		*out = ty_int(t->size, btf_kflag(t));
		return true;
	case BTF_KIND_PTR: {
		bool pu = false;
		uint32_t to = kbtf_skip(btf, t->type, &pu);

		*out = (struct type){ .kind = TY_PTR, .size = 8, .user = user || pu || tag_user,
				      .btf_id = to };
		return true;
	}
	case BTF_KIND_ARRAY: {
		const struct btf_array *a = btf_array(t);
		const struct btf_type *e = btf__type_by_id(btf, kbtf_skip(btf, a->type, NULL));

		/* char[N] reads as a string, as a tracepoint's char arrays do */
		if (e && btf_is_int(e) && e->size == 1 &&
		    (btf_int_encoding(e) & BTF_INT_CHAR ||
		     !strcmp(btf__name_by_offset(btf, e->name_off), "char")) && a->nelems) {
			*out = ty_str(a->nelems);
			out->user = user;	/* for the read, not the value */
			return true;
		}
		*out = (struct type){ .kind = TY_KOBJ, .user = user, .btf_id = sid,
				      .size = (unsigned)kbtf_size(btf, sid) };
		return true;
	}
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		*out = (struct type){ .kind = TY_KOBJ, .user = user, .btf_id = sid,
				      .size = (unsigned)kbtf_size(btf, sid) };
		return true;
	default:
		return false;
	}
}

bool field_ktype(struct sema *s, const struct tp_field *fld, struct type *t)
{
	const struct btf *btf;

	if (fld->kind != FK_RECORD)
		return field_type(s, fld, t);
	btf = need_btf(s, NULL);
	return btf && btf_value_type(btf, fld->btf_id, false, t) && t->kind == TY_KOBJ;
}

void ktype_field(struct sema *s, const struct tp_field *fld, struct type *t)
{
	const struct btf *btf;
	bool ptr;
	uint32_t id;

	if (t->kind == TY_PTR && fld->btf_id) {	/* a raw tracepoint's: its own type */
		struct type vt;

		btf = need_btf(s, NULL);
		if (btf && btf_value_type(btf, fld->btf_id, fld->user, &vt) && vt.kind == TY_PTR)
			t->btf_id = vt.btf_id;
		return;
	}
	if (t->kind != TY_PTR || (!strstr(fld->type, "struct ") && !strstr(fld->type, "union ")))
		return;
	btf = need_btf(s, NULL);	/* quiet: only p->m needs it */
	id = btf ? kbtf_ctype_record(btf, fld->type, &ptr, NULL, NULL) : 0;
	if (id && ptr)
		t->btf_id = id;
}

/* "struct task_struct": its id, or 0 after an error at loc. */
static uint32_t find_record(struct sema *s, const char *tname, const struct loc *loc)
{
	const struct btf *btf = need_btf(s, loc);
	bool is_union = !strncmp(tname, "union ", 6);
	const char *name = strchr(tname, ' ') + 1;
	uint32_t id = stypes_find_record(s, name, is_union);

	if (id)		/* the script's own shadows the kernel's */
		return id;
	if (!btf)
		return 0;
	if (s->stypes_base) {	/* the script has types; the kernel has none */
		diag_error(s->diag, loc, "%s is not defined in the script, and the kernel's types "
			   "are not available", tname);
		diag_hint(s->diag, "%s", s->kbtf_why);
		return 0;
	}
	id = kbtf_find_record(btf, name, is_union);
	if (id)
		return id;
	diag_error(s->diag, loc, "the kernel has no %s", tname);
	/* the closest names of that kind */
	{
		unsigned n = btf__type_cnt(btf), k = 0;
		char **names = xcalloc(n + 1, sizeof(char *));

		for (unsigned i = 1; i < n; i++) {
			const struct btf_type *t = btf__type_by_id(btf, i);
			const char *tn;

			if (!t || (is_union ? !btf_is_union(t) : !btf_is_struct(t)))
				continue;
			tn = btf__name_by_offset(btf, t->name_off);
			if (tn && *tn)
				names[k++] = (char *)tn;
		}
		diag_suggest(s->diag, names, is_union ? "union " : "struct ", name);
		free(names);
		if (kbtf_find_record(btf, name, !is_union))
			diag_hint(s->diag, "there is a %s %s", is_union ? "struct" : "union", name);
	}
	return 0;
}

/* A pointer's kernel type, for p->m and *p; 0 after an error. */
static uint32_t pointee(struct sema *s, const struct node *p, const struct loc *loc,
			const char *what)
{
	if (p->type.btf_id) {
		need_btf(s, loc);
		return p->type.btf_id;
	}
	if (!need_btf(s, loc))
		return 0;
	diag_error(s->diag, loc, "%s needs a pointer to a kernel type; this pointer's type "
		   "is not known", what);
	diag_hint(s->diag, "say what it points to with a cast: ((struct sock *)p)->...");
	return 0;
}

void ktype_member(struct sema *s, struct node *n)
{
	struct node *base = n->member.base;
	const struct btf *btf;
	uint32_t rec;
	bool user = base->type.user;
	char tbuf[160];
	struct loc l = n->loc;

	/* Underline the member's name, not the whole access. */
	if (l.first_line == l.last_line &&
	    l.last_column - (int)strlen(n->member.name) + 1 > l.first_column)
		l.first_column = l.last_column - (int)strlen(n->member.name) + 1;
	/* '.' on a pointer reads through it, and '->' on a struct is '.', as
	 * in current bpftrace, where '->' is only another spelling of '.' */
	if (base->type.kind == TY_PTR) {
		rec = pointee(s, base, &l, n->member.arrow ? "'->'" : "'.'");
		if (!rec)
			return;
	} else {
		rec = base->type.btf_id;
	}
	btf = s->btf;
	if (!kbtf_is_record(btf, rec)) {
		diag_error(s->diag, &l, "%s has no members: it is %s",
			   base->type.kind == TY_PTR ? "what this pointer points to" : "this",
			   kbtf_type_str(btf, rec, tbuf, sizeof(tbuf)));
		return;
	}
	struct kbtf_member *km = arena_alloc(s->arena, sizeof(*km));
	if (!kbtf_member(btf, rec, n->member.name, km)) {
		const char **names = kbtf_member_names(btf, rec);
		struct buf list = { 0 };

		kbtf_type_str(btf, rec, tbuf, sizeof(tbuf));
		diag_error(s->diag, &l, "%s has no member '%s'", tbuf, n->member.name);
		diag_suggest(s->diag, (char **)names, "", n->member.name);
		for (unsigned i = 0; names[i]; i++)
			buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
		diag_hint(s->diag, "its members: %s", list.len ? list.data : "(none)");
		buf_free(&list);
		free(names);
		return;
	}
	n->member.kmem = km;
	if (!btf_value_type(btf, km->type, user, &n->type)) {
		diag_error(s->diag, &l, "member '%s' is %s, which tpscript cannot read",
			   n->member.name, kbtf_type_str(btf, km->type, tbuf, sizeof(tbuf)));
		n->type.kind = TY_NONE;
		return;
	}
}

void ktype_deref(struct sema *s, struct node *n)
{
	struct node *e = n->un.e;
	uint32_t to;
	char tbuf[160];

	if (e->type.kind != TY_PTR) {
		diag_error(s->diag, &n->loc, "'*' reads what a pointer points to; this is %s",
			   a_type(&e->type));
		return;
	}
	to = pointee(s, e, &n->loc, "'*'");
	if (!to)
		return;
	if (!btf_value_type(s->btf, to, e->type.user, &n->type))
		diag_error(s->diag, &n->loc, "'*' cannot read %s",
			   kbtf_type_str(s->btf, to, tbuf, sizeof(tbuf)));
}

/* An element of a kernel array (a struct's array member): a constant
 * index is checked against the array's length here, a variable one when
 * the program runs (past the end reads as zero). */
void ktype_index(struct sema *s, struct node *n)
{
	struct node *b = n->index.base, *i = n->index.index;
	const struct btf_type *t = btf__type_by_id(s->btf, b->type.btf_id);
	char tbuf[160];

	if (!t || !btf_is_array(t)) {
		diag_error(s->diag, &n->loc, "[ ] indexes an array; this is %s",
			   kbtf_type_str(s->btf, b->type.btf_id, tbuf, sizeof(tbuf)));
		return;
	}
	if (!is_intlike(&i->type)) {
		diag_error(s->diag, &i->loc, "an index must be an integer, not %s", a_type(&i->type));
		return;
	}
	const struct btf_array *a = btf_array(t);
	if (i->kind == N_INT && i->num >= a->nelems) {
		diag_error(s->diag, &i->loc, "index %llu is past the end of %s%s%s (%u elements)",
			   (unsigned long long)i->num, b->kind == N_MEMBER ? b->member.name : "",
			   b->kind == N_MEMBER ? ", a " : "",
			   kbtf_type_str(s->btf, b->type.btf_id, tbuf, sizeof(tbuf)), a->nelems);
		return;
	}
	if (!btf_value_type(s->btf, a->type, b->type.user, &n->type))
		diag_error(s->diag, &n->loc, "an element of %s, which tpscript cannot read",
			   kbtf_type_str(s->btf, b->type.btf_id, tbuf, sizeof(tbuf)));
}

void ktype_cast(struct sema *s, struct node *n, bool int_user)
{
	struct node *e = n->cast.e;
	uint32_t id;

	if (!is_intlike(&e->type)) {
		diag_error(s->diag, &n->loc, "(%s %.*s) casts an integer or a pointer, not %s",
			   n->cast.to, (int)(n->cast.nptr < 8 ? n->cast.nptr : 8), "********",
			   a_type(&e->type));
		return;
	}
	id = n->cast.record ? find_record(s, n->cast.to, &n->loc) : stypes_int(s, n->cast.to);
	if (!id)
		return;
	for (unsigned i = 1; i < n->cast.nptr; i++)
		id = stypes_ptr(s, id);
	/* A user pointer stays one: the struct it points to is in user
	 * memory, whatever its type says; so does an integer address where
	 * addresses are the traced process's (uprobes). */
	n->type = (struct type){ .kind = TY_PTR, .size = 8, .btf_id = id,
				 .user = e->type.kind == TY_PTR ? e->type.user : int_user };
}

void ktype_curtask(struct sema *s, struct node *n)
{
	uint32_t id = find_record(s, "struct task_struct", &n->loc);

	if (!id)
		return;
	n->type = (struct type){ .kind = TY_PTR, .size = 8, .btf_id = id };
}

/* sizeof(uint32), sizeof(struct X), sizeof(e); offsetof(struct X, m): the
 * node becomes the integer. */
void ktype_size(struct sema *s, struct node *n,
		void (*check)(struct sema *s, struct ctx *c, struct node *n), struct ctx *c)
{
	uint64_t v = 0;
	const char *tn = n->size.tname;

	if (n->kind == N_OFFSETOF) {
		uint32_t id = find_record(s, tn, &n->loc);
		struct kbtf_member km;
		char tbuf[160];

		if (!id)
			return;
		/* a.b.c: a member of a struct member, as C's offsetof takes */
		char *path = arena_printf(s->arena, "%s", n->size.member), *save = NULL;
		const char *prev = NULL;
		for (char *m = strtok_r(path, ".", &save); m; prev = m, m = strtok_r(NULL, ".", &save)) {
			if (!kbtf_is_record(s->btf, id)) {
				diag_error(s->diag, &n->loc, "offsetof(): '%s' is %s, which has no "
					   "member '%s'", prev,
					   kbtf_type_str(s->btf, id, tbuf, sizeof(tbuf)), m);
				return;
			}
			if (!kbtf_member(s->btf, id, m, &km)) {
				const char **names = kbtf_member_names(s->btf, id);

				diag_error(s->diag, &n->loc, "%s has no member '%s'",
					   kbtf_type_str(s->btf, id, tbuf, sizeof(tbuf)), m);
				diag_suggest(s->diag, (char **)names, "", m);
				free(names);
				return;
			}
			if (km.bit_size || km.bit_off % 8) {
				diag_error(s->diag, &n->loc, "offsetof() of '%s', a bitfield", m);
				return;
			}
			v += km.bit_off / 8;
			id = kbtf_skip(s->btf, km.type, NULL);
		}
	} else if (tn && strncmp(tn, "struct ", 7) && strncmp(tn, "union ", 6)) {
		/* int8 ... uint64, or C words: unsigned long, u32 */
		unsigned size;
		bool sgn, chr;

		if (!stypes_ctype_int(tn, &size, &sgn, &chr)) {
			diag_error(s->diag, &n->loc, "sizeof(%s): '%s' names no integer type", tn, tn);
			return;
		}
		v = size;
	} else if (tn) {
		uint32_t id = find_record(s, tn, &n->loc);

		if (!id)
			return;
		v = kbtf_size(s->btf, id);
	} else {
		struct node *e = n->size.e;
		unsigned size;
		bool sgn, chr;

		/* sizeof(int), sizeof(u32): a C type's one word */
		if (e->kind == N_IDENT && stypes_ctype_int(e->id.name, &size, &sgn, &chr)) {
			v = size;
			goto done;
		}

		check(s, c, e);
		switch (e->type.kind) {
		case TY_NONE:
			return;
		case TY_INT:
		case TY_STR:
		case TY_KOBJ:
			v = e->type.size;
			break;
		case TY_PTR:
			v = 8;
			break;
		case TY_STRUCT:	/* the C type's size, not the value's layout */
			v = kbtf_size(s->btf, e->type.btf_id);
			break;
		case TY_TUPLE:	/* as C lays it out, as bpftrace says */
			v = e->type.csize;
			break;
		default:
			if (!is_value(&e->type) || !e->type.size) {
				diag_error(s->diag, &n->loc, "sizeof() of %s", a_type(&e->type));
				return;
			}
			v = e->type.size;
			break;
		}
		/* a tracepoint field's integer reads into 8 bytes; sizeof
		 * says how big it is in memory */
		if (e->kind == N_MEMBER && e->member.field && e->type.kind == TY_INT)
			v = e->member.field->size;
	}
done:
	n->kind = N_INT;
	n->num = v;
	n->type = ty_int(8, false);
}

/* ---- print() of a kernel struct ------------------------------------- */

/* What print(*p) reads: every member, each read on its own (so each is
 * relocated at load), within these limits. */
struct kshow {
	struct sema *s;
	const struct loc *loc;
	const char *what;	/* "print()", "a struct value": for messages */
	unsigned reads;		/* members read, so far */
	bool failed;		/* said */
};

static void show_type(struct kshow *k, struct rec_arg *ra, uint32_t id, bool user,
		      unsigned depth);

static unsigned slot(const struct rec_arg *ra)
{
	return (ra->size + 7) & ~7u;
}

static bool show_limit(struct kshow *k, uint32_t root)
{
	char tbuf[160];

	if (k->failed)
		return false;
	if (k->reads <= KSHOW_MAX_READS)
		return true;
	k->failed = true;
	diag_error(k->s->diag, k->loc, "%s of %s reads more than %u members", k->what,
		   kbtf_type_str(k->s->btf, root, tbuf, sizeof(tbuf)), KSHOW_MAX_READS);
	diag_hint(k->s->diag, "print the members you want, or a struct inside it");
	return false;
}

/* The members of struct or union rec, anonymous members' own inline (at
 * most KBTF_MAX_DEPTH within each other, as kbtf_member finds them: anon
 * counts them), appended to els (grown in the arena). */
static void show_members(struct kshow *k, uint32_t rec, bool user, unsigned depth,
			 unsigned anon, struct rec_arg **els, unsigned *n, unsigned *cap,
			 unsigned *at)
{
	const struct btf *btf = k->s->btf;
	const struct btf_type *t = btf__type_by_id(btf, rec);
	const struct btf_member *m = btf_members(t);

	for (unsigned i = 0; i < btf_vlen(t) && !k->failed; i++, m++) {
		const char *mn = btf__name_by_offset(btf, m->name_off);
		uint32_t mt = kbtf_skip(btf, m->type, NULL);
		struct type vt;

		if (!mn || !*mn) {
			if (kbtf_is_record(btf, mt) && anon + 1 < KBTF_MAX_DEPTH)
				show_members(k, mt, user, depth, anon + 1, els, n, cap, at);
			continue;
		}
		/* floats, 128-bit integers, functions: left out */
		if (!btf_value_type(btf, m->type, user, &vt))
			continue;
		if (*n == *cap) {
			struct rec_arg *bigger = arena_alloc(k->s->arena,
							     (*cap ? *cap * 2 : 8) * sizeof(*bigger));

			if (*n)
				memcpy(bigger, *els, *n * sizeof(*bigger));
			*els = bigger;
			*cap = *cap ? *cap * 2 : 8;
		}
		struct rec_arg *e = &(*els)[(*n)++];
		show_type(k, e, m->type, user, depth + 1);
		e->name = mn;
		e->offset = *at;
		*at += slot(e);
	}
}

/* ra: how a value of type id shows, at offset 0 (the caller places it). */
static void show_type(struct kshow *k, struct rec_arg *ra, uint32_t id, bool user,
		      unsigned depth)
{
	const struct btf *btf = k->s->btf;
	uint32_t sid = kbtf_skip(btf, id, NULL);
	const struct btf_type *t = btf__type_by_id(btf, sid);
	struct type vt;

	memset(ra, 0, sizeof(*ra));
	if (!btf_value_type(btf, id, user, &vt))
		return;
	if (depth > KSHOW_MAX_DEPTH && vt.kind == TY_KOBJ) {
		char tbuf[160];

		if (!k->failed)
			diag_error(k->s->diag, k->loc, "%s of a kernel struct goes more than "
				   "%u structs or arrays deep, at %s", k->what, KSHOW_MAX_DEPTH,
				   kbtf_type_str(btf, id, tbuf, sizeof(tbuf)));
		k->failed = true;
		return;
	}
	if (vt.kind != TY_KOBJ) {	/* an integer, a pointer, a char array */
		k->reads++;
		ra->kind = vt.kind == TY_STR ? RA_STR : RA_INT;
		ra->size = vt.kind == TY_STR ? vt.size : 8;
		ra->is_signed = vt.kind == TY_INT && vt.is_signed;
		ra->is_ptr = vt.kind == TY_PTR;
		ra->is_bool = vt.kind == TY_INT && vt.is_bool;
		ra->elem_size = vt.kind == TY_INT ? vt.size : 8;
		return;
	}
	if (btf_is_array(t)) {
		const struct btf_array *a = btf_array(t);
		struct type et;

		if (!btf_value_type(btf, a->type, user, &et))
			return;
		if (et.kind == TY_INT || et.kind == TY_PTR) {	/* one read */
			k->reads++;
			ra->kind = RA_ARRAY;
			ra->elem_size = et.kind == TY_INT ? et.size : 8;
			ra->is_signed = et.kind == TY_INT && et.is_signed;
			ra->is_ptr = et.kind == TY_PTR;	/* shown in hex */
			ra->count = a->nelems;
			ra->size = a->nelems * ra->elem_size;
			if (!a->nelems) {	/* a flexible array: nothing to show */
				ra->kind = RA_STRUCT;
				ra->is_ptr = true;
			}
			return;
		}
		/* an array of structs, arrays or strings: its elements,
		 * unnamed. More of them than members may be read cannot be
		 * shown: counted as too many reads, not laid out. */
		if (a->nelems > KSHOW_MAX_READS) {
			if (k->reads <= KSHOW_MAX_READS)
				k->reads = KSHOW_MAX_READS + 1;
			ra->kind = RA_STRUCT;
			ra->is_ptr = true;
			ra->elems = NULL;
			ra->nelems = 0;
			ra->size = 0;
			return;
		}
		struct rec_arg *el = arena_alloc(k->s->arena, (a->nelems ? a->nelems : 1) * sizeof(*el));
		unsigned at = 0;

		for (unsigned i = 0; i < a->nelems && !k->failed; i++) {
			show_type(k, &el[i], a->type, user, depth + 1);
			el[i].offset = at;
			at += slot(&el[i]);
			if (k->reads > KSHOW_MAX_READS)
				break;
		}
		ra->kind = RA_STRUCT;
		ra->is_ptr = true;	/* an array: [a,b] */
		ra->elems = el;
		ra->nelems = a->nelems;
		ra->size = at;
		return;
	}
	unsigned n = 0, cap = 0, at = 0;
	struct rec_arg *els = NULL;

	show_members(k, sid, user, depth, 0, &els, &n, &cap, &at);
	ra->kind = RA_STRUCT;
	ra->elems = els;
	ra->nelems = n;
	ra->size = at;
}

static bool layout(struct sema *s, struct rec_arg *ra, const struct type *t, unsigned off,
		   const struct loc *loc, const char *what)
{
	struct kshow k = { .s = s, .loc = loc, .what = what };

	show_type(&k, ra, t->btf_id, t->user, 0);
	if (!k.failed)
		show_limit(&k, t->btf_id);
	ra->offset = off;
	if (!k.failed && ra->size > KSHOW_MAX_BYTES) {
		char tbuf[160];

		if (*what == 'p')
			diag_error(s->diag, loc, "print() of %s needs %u bytes, more than the %u a "
				   "record holds", kbtf_type_str(s->btf, t->btf_id, tbuf, sizeof(tbuf)),
				   ra->size, KSHOW_MAX_BYTES);
		else
			diag_error(s->diag, loc, "%s takes %u bytes as a value, more than the %u a "
				   "value may take", kbtf_type_str(s->btf, t->btf_id, tbuf, sizeof(tbuf)),
				   ra->size, KSHOW_MAX_BYTES);
		diag_hint(s->diag, "%s the members you want, or a struct inside it",
			  *what == 'p' ? "print" : "keep");
		k.failed = true;
	}
	return !k.failed;
}

bool ktype_layout(struct sema *s, struct rec_arg *ra, const struct type *t, unsigned off,
		  const struct loc *loc)
{
	return layout(s, ra, t, off, loc, "print()");
}

/* ---- struct values ---------------------------------------------------- */

/* The TY_STRUCT a value of shape sh (at its own offset 0) and type id has. */
static struct type struct_type(struct sema *s, uint32_t id, const struct rec_arg *sh, bool user)
{
	struct rec_arg *own = arena_alloc(s->arena, sizeof(*own));

	*own = *sh;
	own->offset = 0;
	own->name = NULL;
	/* user: where it was read from, which its pointers point into */
	return (struct type){ .kind = TY_STRUCT, .btf_id = id, .size = own->size,
			      .shape = own, .user = user };
}

bool ktype_value(struct sema *s, struct node *e, struct type *out)
{
	struct rec_arg *ra;

	if (e->type.kind != TY_KOBJ) {
		*out = e->type;
		return true;
	}
	/* what codegen reads from memory: *p, p->m, s.m, p->a[i], a raw
	 * tracepoint's struct argument */
	if (!(e->kind == N_UNOP && e->un.op == OP_DEREF) &&
	    !(e->kind == N_MEMBER && (e->member.kmem || e->member.field)) &&
	    !(e->kind == N_INDEX && e->index.base->type.kind == TY_KOBJ)) {
		diag_error(s->diag, &e->loc, "this struct cannot be kept as a value; print() it, or "
			   "keep its members");
		return false;
	}
	if (e->type.shape) {	/* checked before (a second pass) */
		*out = struct_type(s, e->type.btf_id, e->type.shape, e->type.user);
		return true;
	}
	ra = arena_alloc(s->arena, sizeof(*ra));
	if (!layout(s, ra, &e->type, 0, &e->loc, "a struct value"))
		return false;
	if (!ra->size) {
		char tbuf[160];

		diag_error(s->diag, &e->loc, "%s has nothing tpscript can keep",
			   kbtf_type_str(s->btf, e->type.btf_id, tbuf, sizeof(tbuf)));
		return false;
	}
	e->type.shape = ra;
	*out = struct_type(s, e->type.btf_id, ra, e->type.user);
	return true;
}

void ktype_value_member(struct sema *s, struct node *n)
{
	const struct node *base = n->member.base;
	const struct rec_arg *sh = base->type.shape;
	uint32_t id = kbtf_skip(s->btf, base->type.btf_id, NULL);
	const struct btf_type *bt = btf__type_by_id(s->btf, id);
	struct kbtf_member km;
	char tbuf[160];

	if (!bt || btf_is_array(bt) || !sh || sh->kind != RA_STRUCT || sh->is_ptr) {
		diag_error(s->diag, &n->loc, "%s has no members",
			   kbtf_type_str(s->btf, id, tbuf, sizeof(tbuf)));
		return;
	}
	for (unsigned i = 0; i < sh->nelems; i++) {
		const struct rec_arg *e = &sh->elems[i];

		if (strcmp(e->name, n->member.name))
			continue;
		if (!kbtf_member(s->btf, id, n->member.name, &km) ||
		    !btf_value_type(s->btf, km.type, false, &n->type))
			break;
		n->member.index = e->offset;
		if (n->type.kind == TY_KOBJ)
			n->type = struct_type(s, kbtf_skip(s->btf, km.type, NULL), e,
					      base->type.user);
		else if (n->type.kind == TY_INT && km.bit_size)	/* kept in 8 bytes */
			n->type.size = 8;
		else if (n->type.kind != TY_PTR)	/* a copy, in no memory */
			n->type.user = false;
		return;
	}
	{
		const char **names = kbtf_member_names(s->btf, id);

		kbtf_type_str(s->btf, id, tbuf, sizeof(tbuf));
		diag_error(s->diag, &n->loc, "%s has no member '%s'", tbuf, n->member.name);
		diag_suggest(s->diag, (char **)names, "", n->member.name);
		free(names);
	}
	n->type.kind = TY_NONE;
}
