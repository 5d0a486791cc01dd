// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* stypes.c - the script's own types: struct and union definitions written
 * in the script, laid out as C lays them out, and the integer and pointer
 * types of typed casts. They live in a split BTF on top of the kernel's
 * (stypes.h), made the first time the script needs one. */
#include "check/stypes.h"
#include "check/state.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "front/report.h"
#include "kernel/kbtf.h"

/* The split BTF, made on the first call: on the kernel's BTF when there is
 * one, else on an empty base (kernel types are then missing, and said so
 * where the script names one). */
static struct btf *script_btf(struct sema *s)
{
	const char *why = NULL;
	const struct btf *kernel;

	if (s->stypes)
		return s->stypes;
	kernel = s->btf ? s->btf : kbtf_load(&why);
	if (!kernel) {
		s->stypes_base = btf__new_empty();
		if (!s->stypes_base) {
			report_error("cannot make the script's types: %s", strerror(errno));
			exit(1);
		}
		s->kbtf_why = why;
		kernel = s->stypes_base;
	}
	/* libbpf reads the base, never writes it */
	s->stypes = btf__new_empty_split((struct btf *)kernel);
	if (!s->stypes) {
		report_error("cannot make the script's types: %s", strerror(errno));
		exit(1);
	}
	s->btf = s->stypes;
	return s->stypes;
}

static uint32_t first_script_id(const struct sema *s)
{
	return btf__type_cnt(btf__base_btf(s->stypes));
}

bool stypes_ctype_int(const char *words, unsigned *size, bool *is_signed, bool *is_char)
{
	static const struct {
		const char *name;
		unsigned size;
		bool sgn;
	} fixed[] = {
		{ "int8", 1, true }, { "int16", 2, true }, { "int32", 4, true }, { "int64", 8, true },
		{ "uint8", 1, false }, { "uint16", 2, false }, { "uint32", 4, false },
		{ "uint64", 8, false },
		{ "int8_t", 1, true }, { "int16_t", 2, true }, { "int32_t", 4, true },
		{ "int64_t", 8, true }, { "uint8_t", 1, false }, { "uint16_t", 2, false },
		{ "uint32_t", 4, false }, { "uint64_t", 8, false },
		{ "s8", 1, true }, { "s16", 2, true }, { "s32", 4, true }, { "s64", 8, true },
		{ "u8", 1, false }, { "u16", 2, false }, { "u32", 4, false }, { "u64", 8, false },
		{ "__s8", 1, true }, { "__s16", 2, true }, { "__s32", 4, true }, { "__s64", 8, true },
		{ "__u8", 1, false }, { "__u16", 2, false }, { "__u32", 4, false },
		{ "__u64", 8, false },
		{ "bool", 1, false }, { "_Bool", 1, false },
		{ "size_t", 8, false }, { "ssize_t", 8, true }, { "uintptr_t", 8, false },
		{ "intptr_t", 8, true }, { "pid_t", 4, true }, { "uid_t", 4, false },
		{ "gid_t", 4, false },
	};
	char buf[128];
	unsigned nlong = 0, nword = 0;
	bool sgn = false, unsgn = false, chr = false, shrt = false, in = false;

	*is_char = false;
	if (!words)
		return false;
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (!strcmp(words, fixed[i].name)) {
			*size = fixed[i].size;
			*is_signed = fixed[i].sgn;
			return true;
		}
	if (strlen(words) >= sizeof(buf))
		return false;
	strcpy(buf, words);
	for (char *save, *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		if (!strcmp(w, "const") || !strcmp(w, "volatile"))
			continue;
		nword++;
		if (!strcmp(w, "signed"))
			sgn = true;
		else if (!strcmp(w, "unsigned"))
			unsgn = true;
		else if (!strcmp(w, "char"))
			chr = true;
		else if (!strcmp(w, "short"))
			shrt = true;
		else if (!strcmp(w, "int"))
			in = true;
		else if (!strcmp(w, "long"))
			nlong++;
		else
			return false;
	}
	if (!nword || (sgn && unsgn) || (chr + shrt + (nlong > 0) > 1) || nlong > 2 ||
	    (chr && in))
		return false;
	*size = chr ? 1 : shrt ? 2 : nlong ? 8 : 4;
	*is_signed = !unsgn;
	*is_char = chr;
	return true;
}

/* A script type of this kind, name, size and reference already added. */
static uint32_t find_same(struct sema *s, unsigned kind, const char *name, uint32_t size,
			  uint32_t ref, uint32_t nelems)
{
	struct btf *b = s->stypes;

	for (uint32_t id = first_script_id(s); id < btf__type_cnt(b); id++) {
		const struct btf_type *t = btf__type_by_id(b, id);

		if (btf_kind(t) != kind)
			continue;
		if (kind == BTF_KIND_INT && t->size == size && btf_int_encoding(t) == ref &&
		    !strcmp(btf__name_by_offset(b, t->name_off), name))
			return id;
		if (kind == BTF_KIND_PTR && t->type == ref)
			return id;
		if (kind == BTF_KIND_ARRAY && btf_array(t)->type == ref &&
		    btf_array(t)->nelems == nelems)
			return id;
	}
	return 0;
}

static uint32_t add_checked(int id)
{
	if (id < 0) {
		report_error("cannot add to the script's types: %s", strerror(-id));
		exit(1);
	}
	return (uint32_t)id;
}

/* An integer type named name (interned). */
static uint32_t int_type(struct sema *s, const char *name, unsigned size, bool sgn, bool chr)
{
	struct btf *b = script_btf(s);
	unsigned enc = (sgn ? BTF_INT_SIGNED : 0) | (chr ? BTF_INT_CHAR : 0);
	uint32_t id;

	if (!strcmp(name, "bool") || !strcmp(name, "_Bool"))
		enc = BTF_INT_BOOL;
	id = find_same(s, BTF_KIND_INT, name, size, enc, 0);
	return id ? id : add_checked(btf__add_int(b, name, (size_t)size, (int)enc));
}

uint32_t stypes_int(struct sema *s, const char *tname)
{
	unsigned size;
	bool sgn, chr;

	if (!stypes_ctype_int(tname, &size, &sgn, &chr))
		return 0;
	return int_type(s, tname, size, sgn, chr);
}

uint32_t stypes_ptr(struct sema *s, uint32_t to)
{
	struct btf *b = script_btf(s);
	uint32_t id = find_same(s, BTF_KIND_PTR, NULL, 0, to, 0);

	return id ? id : add_checked(btf__add_ptr(b, (int)to));
}

static uint32_t array_type(struct sema *s, uint32_t elem, uint32_t n)
{
	struct btf *b = script_btf(s);
	uint32_t id = find_same(s, BTF_KIND_ARRAY, NULL, 0, elem, n);
	uint32_t index = int_type(s, "uint32", 4, false, false);

	return id ? id : add_checked(btf__add_array(b, (int)index, (int)elem, n));
}

uint32_t stypes_find_record(const struct sema *s, const char *name, bool is_union)
{
	const struct btf *b = s->stypes;

	if (!b)
		return 0;
	for (uint32_t id = btf__type_cnt(b) - 1; id >= first_script_id(s); id--) {
		const struct btf_type *t = btf__type_by_id(b, id);

		if ((is_union ? btf_is_union(t) : btf_is_struct(t)) &&
		    !strcmp(btf__name_by_offset(b, t->name_off), name))
			return id;
	}
	return 0;
}

static uint32_t define_rec(struct sema *s, const struct cdecl_rec *r);

/* Whether member m names the record being defined (by name, no body). */
static bool is_self(const struct cdecl_member *m, const struct cdecl_rec *r)
{
	return m->rec && !m->rec->has_body && r->name && m->rec->name &&
	       m->rec->is_union == r->is_union && !strcmp(m->rec->name, r->name);
}

/* The type a member's words or struct name, before its '*'s and [N]s; 0
 * after an error. */
static uint32_t member_base(struct sema *s, const struct cdecl_member *m)
{
	struct btf *b = script_btf(s);
	const struct cdecl_rec *rec = m->rec;
	unsigned size;
	bool sgn, chr;
	uint32_t id;

	if (!rec && !m->words) {	/* "struct X { t; }": a name alone */
		diag_error(s->diag, &m->loc, "a member needs a type before its name");
		return 0;
	}
	if (!rec) {
		if (stypes_ctype_int(m->words, &size, &sgn, &chr))
			return int_type(s, m->words, size, sgn, chr);
		if (!strcmp(m->words, "void") && m->nptr)
			return int_type(s, "uint8", 1, false, false);	/* void *: bytes */
		/* a kernel typedef: pid_t, u64, sector_t ... */
		int k = btf__find_by_name_kind(b, m->words, BTF_KIND_TYPEDEF);
		if (k > 0)
			return (uint32_t)k;
		diag_error(s->diag, &m->loc, "unknown type '%s'", m->words);
		diag_hint(s->diag, "a member's type is a C integer type (char, short, int, long, "
			  "unsigned ..., int32_t, u64), a struct or union, or a pointer");
		return 0;
	}
	if (rec->has_body)
		return define_rec(s, rec);
	id = stypes_find_record(s, rec->name, rec->is_union);
	if (!id && btf__base_btf(b))
		id = kbtf_find_record(btf__base_btf(b), rec->name, rec->is_union);
	if (id)
		return id;
	if (m->nptr)	/* a pointer to a type not known: it has no members */
		return add_checked(btf__add_fwd(b, rec->name, rec->is_union ? BTF_FWD_UNION
								 : BTF_FWD_STRUCT));
	diag_error(s->diag, &m->loc, "%s %s is not defined%s", rec->is_union ? "union" : "struct",
		   rec->name, s->stypes_base ? " (and the kernel's types are not available)"
		   : ", and the kernel has none of that name");
	return 0;
}

/* The member's full type, from base: its '*'s, then its [N]s (the first
 * the outermost). */
static uint32_t member_wrap(struct sema *s, const struct cdecl_member *m, uint32_t t,
			    bool fresh)
{
	struct btf *b = s->stypes;

	for (unsigned i = 0; i < m->nptr; i++)
		t = fresh ? add_checked(btf__add_ptr(b, (int)t)) : stypes_ptr(s, t);
	for (unsigned i = m->ndims; i-- > 0;) {
		if (m->dims[i] > UINT32_MAX) {
			diag_error(s->diag, &m->loc, "array of %llu elements",
				   (unsigned long long)m->dims[i]);
			return 0;
		}
		t = fresh ? add_checked(btf__add_array(b, (int)int_type(s, "uint32", 4, false, false),
						       (int)t, (uint32_t)m->dims[i]))
			  : array_type(s, t, (uint32_t)m->dims[i]);
	}
	return t;
}

#define MAX_MEMBERS 1024
#define MAX_NEST 16

/* Adds struct (union) r, members first; its id, or 0 after an error. */
static uint32_t define_rec(struct sema *s, const struct cdecl_rec *r)
{
	struct btf *b = script_btf(s);
	uint32_t types[MAX_MEMBERS];
	unsigned n = 0, nself = 0;
	uint64_t off = 0, size = 0;
	unsigned align = 1;
	bool ok = true;
	static unsigned depth;

	if (depth >= MAX_NEST) {
		diag_error(s->diag, &r->loc, "struct definitions nest more than %d deep", MAX_NEST);
		return 0;
	}
	if (r->name && r->has_body && stypes_find_record(s, r->name, r->is_union)) {
		diag_error(s->diag, &r->loc, "%s %s is defined twice", r->is_union ? "union" : "struct",
			   r->name);
		return 0;
	}
	int_type(s, "uint32", 4, false, false);	/* the arrays' index type, before the count */
	depth++;
	for (const struct cdecl_member *m = r->members; m; m = m->next, n++) {
		if (n == MAX_MEMBERS) {
			diag_error(s->diag, &m->loc, "more than %d members", MAX_MEMBERS);
			ok = false;
			break;
		}
		types[n] = 0;
		for (const struct cdecl_member *o = r->members; o != m && m->name; o = o->next)
			if (o->name && !strcmp(o->name, m->name)) {
				diag_error(s->diag, &m->loc, "member '%s' is declared twice", m->name);
				ok = false;
			}
		if (!m->name && (!m->rec || !m->rec->has_body || m->nptr || m->ndims)) {
			diag_error(s->diag, &m->loc, "a member needs a name");
			ok = false;
			continue;
		}
		if (is_self(m, r)) {
			if (!m->nptr) {
				diag_error(s->diag, &m->loc, "%s %s cannot hold itself (a pointer to "
					   "it can)", r->is_union ? "union" : "struct", r->name);
				ok = false;
			}
			nself += m->nptr + m->ndims;
			continue;
		}
		uint32_t t = member_base(s, m);
		if (t)
			t = member_wrap(s, m, t, false);
		if (!t)
			ok = false;
		types[n] = t;
	}
	depth--;
	if (!ok)
		return 0;
	/* Pointers to the struct itself refer to the id it is about to get:
	 * the types added next, then it. */
	uint32_t self = btf__type_cnt(b) + nself;
	n = 0;
	for (const struct cdecl_member *m = r->members; m; m = m->next, n++)
		if (is_self(m, r))
			types[n] = member_wrap(s, m, self, true);
	if (btf__type_cnt(b) != self) {
		report_error("internal error: %s %s's layout", r->is_union ? "union" : "struct",
			     r->name);
		return 0;
	}
	/* C layout: each member at the next multiple of its alignment (all at
	 * 0 in a union); the size rounded up to the largest alignment. */
	uint64_t offs[MAX_MEMBERS];
	n = 0;
	for (const struct cdecl_member *m = r->members; m; m = m->next, n++) {
		long long msz = btf__resolve_size(b, types[n]);
		int mal = btf__align_of(b, types[n]);

		if (msz < 0 || mal <= 0) {
			diag_error(s->diag, &m->loc, "member '%s' has no size", m->name ? m->name : "");
			return 0;
		}
		if ((unsigned)mal > align)
			align = (unsigned)mal;
		if (r->is_union) {
			offs[n] = 0;
			if ((uint64_t)msz > size)
				size = (uint64_t)msz;
		} else {
			off = (off + (unsigned)mal - 1) / (unsigned)mal * (unsigned)mal;
			offs[n] = off;
			off += (uint64_t)msz;
			size = off;
		}
	}
	size = (size + align - 1) / align * align;
	if (size > UINT32_MAX / 8) {
		diag_error(s->diag, &r->loc, "%s %s is too large (%llu bytes)",
			   r->is_union ? "union" : "struct", r->name ? r->name : "",
			   (unsigned long long)size);
		return 0;
	}
	uint32_t id = add_checked(r->is_union ? btf__add_union(b, r->name, (uint32_t)size)
				   : btf__add_struct(b, r->name, (uint32_t)size));
	n = 0;
	for (const struct cdecl_member *m = r->members; m; m = m->next, n++)
		add_checked(btf__add_field(b, m->name, (int)types[n], (uint32_t)(offs[n] * 8), 0));
	return id;
}

bool stypes_define(struct sema *s, const struct ast *ast)
{
	bool ok = true;

	for (const struct cdecl_rec *r = ast->records; r; r = r->next)
		if (!define_rec(s, r))
			ok = false;
	return ok;
}

bool stypes_enums(struct sema *s, const struct ast *ast)
{
	int before = s->diag->errors;

	for (const struct enum_def *d = ast->enums; d; d = d->next) {
		struct buf b = { 0 };
		int64_t next = 0;
		bool wrapped = false;

		if (d->name && stypes_enum_type(s, d->name)) {
			diag_error(s->diag, &d->loc, "enum %s is defined twice", d->name);
			continue;
		}
		buf_printf(&b, "%s%s:", NAMED_ENUM, d->name ? d->name : "");
		struct enum_const *first = NULL, **tail = &first;
		for (const struct enum_item *e = d->items; e; e = e->next) {
			const struct enum_const *old = stypes_enum_const(s, e->name);
			bool here = false;

			for (struct enum_const *k = first; k; k = k->next)
				here |= !strcmp(k->name, e->name);
			if (old || here) {
				diag_error(s->diag, &e->loc, "enumerator %s is defined twice", e->name);
				continue;
			}
			if (!e->has_value && wrapped) {
				diag_error(s->diag, &e->loc, "enumerator %s would be past %lld",
					   e->name, (long long)INT64_MAX);
				continue;
			}
			int64_t v = e->has_value ? e->value : next;
			struct enum_const *k = arena_alloc(s->arena, sizeof(*k));

			k->name = e->name;
			k->value = v;
			k->loc = e->loc;
			*tail = k;
			tail = &k->next;
			buf_printf(&b, "%s=%lld;", e->name, (long long)v);
			wrapped = v == INT64_MAX;
			next = wrapped ? v : v + 1;
		}
		const char *fmt = arena_strdup(s->arena, b.data);
		buf_free(&b);
		for (struct enum_const *k = first; k; k = k->next)
			k->fmt = fmt;
		*tail = s->enum_consts;
		s->enum_consts = first;
		if (d->name) {
			struct enum_type *t = arena_alloc(s->arena, sizeof(*t));

			t->name = d->name;
			t->fmt = fmt;
			t->next = s->enum_types;
			s->enum_types = t;
		}
	}
	return s->diag->errors == before;
}

const struct enum_const *stypes_enum_const(const struct sema *s, const char *name)
{
	for (const struct enum_const *k = s->enum_consts; k; k = k->next)
		if (!strcmp(k->name, name))
			return k;
	return NULL;
}

const char *stypes_enum_type(const struct sema *s, const char *name)
{
	for (const struct enum_type *t = s->enum_types; t; t = t->next)
		if (!strcmp(t->name, name))
			return t->fmt;
	return NULL;
}
