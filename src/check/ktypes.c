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

void ktype_field(struct sema *s, const struct tp_field *fld, struct type *t)
{
	const struct btf *btf;
	bool ptr;
	uint32_t id;

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
	if (base->type.kind == TY_PTR) {
		if (!n->member.arrow) {
			diag_error(s->diag, &l, "'.%s' on a pointer: a pointer's members are "
				   "reached with '->'", n->member.name);
			return;
		}
		rec = pointee(s, base, &l, "'->'");
		if (!rec)
			return;
	} else {
		if (n->member.arrow) {
			diag_error(s->diag, &l, "'->%s' on a struct that is not a pointer: its "
				   "members are reached with '.'", n->member.name);
			return;
		}
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
		if (!kbtf_member(s->btf, id, n->size.member, &km)) {
			const char **names = kbtf_member_names(s->btf, id);

			diag_error(s->diag, &n->loc, "%s has no member '%s'",
				   kbtf_type_str(s->btf, id, tbuf, sizeof(tbuf)), n->size.member);
			diag_suggest(s->diag, (char **)names, "", n->size.member);
			free(names);
			return;
		}
		if (km.bit_size || km.bit_off % 8) {
			diag_error(s->diag, &n->loc, "offsetof() of '%s', a bitfield", n->size.member);
			return;
		}
		v = km.bit_off / 8;
	} else if (tn && strchr(tn, ' ')) {
		uint32_t id = find_record(s, tn, &n->loc);

		if (!id)
			return;
		v = kbtf_size(s->btf, id);
	} else if (tn) {	/* int8 ... uint64 */
		v = (uint64_t)atoi(tn + (tn[0] == 'u' ? 4 : 3)) / 8;
	} else {
		struct node *e = n->size.e;

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
	n->kind = N_INT;
	n->num = v;
	n->type = ty_int(8, false);
}
