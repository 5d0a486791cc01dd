// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* kbtf.c - the kernel's types from its BTF. libbpf reads and indexes the
 * BTF (btf__load_vmlinux_btf, btf__parse); this file only asks it
 * questions: a struct by name, a member by name through anonymous
 * members, a type's size and C spelling. The BTF is read once, the first
 * time a script names a kernel type, and never for scripts that do not. */
#include "kbtf.h"
#include "front/util.h"
#include "kernel/tracefs.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

static struct btf *kernel_btf;
static bool tried;
static char why_buf[512];

static void free_btf(void)
{
	btf__free(kernel_btf);
	kernel_btf = NULL;
}

/* A reference to another type: inside the BTF. */
static bool ref_ok(uint32_t ref, uint32_t cnt)
{
	return ref < cnt;
}

static bool name_ok(const struct btf *btf, uint32_t off)
{
	return btf__name_by_offset(btf, off) != NULL;
}

/* The types t holds by value: a typedef's or modifier's target, an
 * array's elements, a struct's members. How many, and the k-th. */
static unsigned held_count(const struct btf_type *t)
{
	if (btf_is_mod(t) || btf_is_typedef(t) || btf_is_array(t))
		return 1;
	return btf_is_composite(t) ? btf_vlen(t) : 0;
}

static uint32_t held(const struct btf_type *t, unsigned k)
{
	if (btf_is_array(t))
		return btf_array(t)->type;
	return btf_is_composite(t) ? btf_members(t)[k].type : t->type;
}

/* A type that holds itself by value (struct A { struct A a; }, a const
 * of itself): its id, or 0. libbpf's size and alignment functions recurse
 * through such types without end; the kernel refuses them. A depth-first
 * walk, its stack on the heap (a chain may be as long as the BTF). */
static uint32_t holds_itself(const struct btf *btf, uint32_t cnt)
{
	struct frame {
		uint32_t id;
		unsigned k;
	} *stack = xcalloc(cnt, sizeof(*stack));
	unsigned char *state = xcalloc(cnt, 1);	/* 1: on the stack, 2: done */
	uint32_t found = 0;

	for (uint32_t root = 1; root < cnt && !found; root++) {
		size_t sp = 0;

		if (state[root])
			continue;
		stack[sp++] = (struct frame){ root, 0 };
		state[root] = 1;
		while (sp && !found) {
			struct frame *f = &stack[sp - 1];
			const struct btf_type *t = btf__type_by_id(btf, f->id);

			if (f->k >= held_count(t)) {
				state[f->id] = 2;
				sp--;
				continue;
			}
			uint32_t next = held(t, f->k++);

			if (!next || state[next] == 2)
				continue;
			if (state[next] == 1) {
				found = next;
				break;
			}
			state[next] = 1;
			stack[sp++] = (struct frame){ next, 0 };
		}
	}
	free(stack);
	free(state);
	return found;
}

bool kbtf_check(const struct btf *btf, char *why, size_t len)
{
	uint32_t cnt = btf__type_cnt(btf);

	for (uint32_t id = 1; id < cnt; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		/* A header whose length is not a multiple of 4 puts every
		 * type off its alignment (the kernel refuses such BTF). */
		if (t && ((uintptr_t)t & (__alignof__(struct btf_type) - 1))) {
			snprintf(why, len, "type %u does not start on a 4-byte boundary", id);
			return false;
		}
		bool ok = t && name_ok(btf, t->name_off);

		if (!ok)
			goto bad;
		switch (btf_kind(t)) {
		case BTF_KIND_PTR:
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT:
		case BTF_KIND_FUNC:
		case BTF_KIND_VAR:
		case BTF_KIND_TYPE_TAG:
		case BTF_KIND_DECL_TAG:
			ok = ref_ok(t->type, cnt);
			break;
		case BTF_KIND_ARRAY:
			ok = ref_ok(btf_array(t)->type, cnt) && ref_ok(btf_array(t)->index_type, cnt);
			break;
		case BTF_KIND_STRUCT:
		case BTF_KIND_UNION:
			for (unsigned i = 0; ok && i < btf_vlen(t); i++)
				ok = ref_ok(btf_members(t)[i].type, cnt) &&
				     name_ok(btf, btf_members(t)[i].name_off);
			break;
		case BTF_KIND_ENUM:
			for (unsigned i = 0; ok && i < btf_vlen(t); i++)
				ok = name_ok(btf, btf_enum(t)[i].name_off);
			break;
		case BTF_KIND_ENUM64:
			for (unsigned i = 0; ok && i < btf_vlen(t); i++)
				ok = name_ok(btf, btf_enum64(t)[i].name_off);
			break;
		case BTF_KIND_FUNC_PROTO:
			ok = ref_ok(t->type, cnt);
			for (unsigned i = 0; ok && i < btf_vlen(t); i++)
				ok = ref_ok(btf_params(t)[i].type, cnt) &&
				     name_ok(btf, btf_params(t)[i].name_off);
			break;
		case BTF_KIND_DATASEC:
			for (unsigned i = 0; ok && i < btf_vlen(t); i++)
				ok = ref_ok(btf_var_secinfos(t)[i].type, cnt);
			break;
		case BTF_KIND_INT:	/* as the kernel checks them */
			ok = (t->size == 1 || t->size == 2 || t->size == 4 || t->size == 8 ||
			      t->size == 16) && btf_int_bits(t) <= t->size * 8 &&
			     btf_int_offset(t) + btf_int_bits(t) <= t->size * 8;
			break;
		default:	/* float, fwd: nothing refers further */
			break;
		}
		if (!ok)
			goto bad;
		continue;
bad:
		snprintf(why, len, "type %u %s", id, t && btf_is_int(t) && name_ok(btf, t->name_off)
			 ? "is an integer of an impossible size"
			 : "refers to a type or a name the BTF does not have");
		return false;
	}
	uint32_t loop = holds_itself(btf, cnt);
	if (loop) {
		snprintf(why, len, "type %u holds itself", loop);
		return false;
	}
	return true;
}

const struct btf *kbtf_load(const char **why)
{
	if (!tried) {
		const char *path = getenv("TPSCRIPT_BTF");

		tried = true;
		if (path && *path) {
			char bad[128];

			kernel_btf = btf__parse(path, NULL);
			if (!kernel_btf) {
				snprintf(why_buf, sizeof(why_buf),
					 "cannot read the BTF file %s that TPSCRIPT_BTF names: %s",
					 path, strerror(errno));
			} else if (!kbtf_check(kernel_btf, bad, sizeof(bad))) {
				snprintf(why_buf, sizeof(why_buf),
					 "the BTF file %s that TPSCRIPT_BTF names is malformed: %s",
					 path, bad);
				btf__free(kernel_btf);
				kernel_btf = NULL;
			}
		} else {
			kernel_btf = btf__load_vmlinux_btf();
			if (!kernel_btf) {
				int e = errno;

				if (access("/sys/kernel/btf/vmlinux", F_OK))
					snprintf(why_buf, sizeof(why_buf),
						 "this kernel has no BTF (/sys/kernel/btf/vmlinux is "
						 "missing), which is where tpscript learns the kernel's "
						 "types: a kernel built with CONFIG_DEBUG_INFO_BTF=y "
						 "has it. Without it, read only what tracepoints hand "
						 "out (args.FIELD) and builtins such as pid and comm, "
						 "or name a BTF file in TPSCRIPT_BTF");
				else
					snprintf(why_buf, sizeof(why_buf),
						 "cannot read the kernel's BTF "
						 "(/sys/kernel/btf/vmlinux): %s", strerror(e));
			}
		}
		if (kernel_btf) {
			atexit(free_btf);
			/* The cache's record: another kernel's types compile again. */
			tracefs_record_file(path && *path ? path : "/sys/kernel/btf/vmlinux");
		}
	}
	if (!kernel_btf && why)
		*why = why_buf;
	return kernel_btf;
}

uint32_t kbtf_skip(const struct btf *btf, uint32_t id, bool *user)
{
	for (int guard = 0; id && guard < 32; guard++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!t)
			return 0;
		if (btf_is_type_tag(t) && user &&
		    !strcmp(btf__name_by_offset(btf, t->name_off), "user"))
			*user = true;
		if (!btf_is_typedef(t) && !btf_is_mod(t))
			return id;
		id = t->type;
	}
	return id;
}

uint32_t kbtf_find_record(const struct btf *btf, const char *name, bool is_union)
{
	int id = btf__find_by_name_kind(btf, name, is_union ? BTF_KIND_UNION : BTF_KIND_STRUCT);

	return id > 0 ? (uint32_t)id : 0;
}

bool kbtf_is_script(const struct btf *btf, uint32_t id)
{
	const struct btf *base = btf ? btf__base_btf(btf) : NULL;

	return base && id >= btf__type_cnt(base);
}

uint64_t kbtf_size(const struct btf *btf, uint32_t id)
{
	long long sz = btf__resolve_size(btf, id);

	return sz > 0 ? (uint64_t)sz : 0;
}

bool kbtf_is_record(const struct btf *btf, uint32_t id)
{
	const struct btf_type *t = btf__type_by_id(btf, kbtf_skip(btf, id, NULL));

	return t && btf_is_composite(t);
}

static bool find_member(const struct btf *btf, uint32_t rec, const char *name,
			struct kbtf_member *out, unsigned depth, uint64_t base_bits)
{
	const struct btf_type *t = btf__type_by_id(btf, rec);
	const struct btf_member *m;
	unsigned n;

	if (!t || !btf_is_composite(t) || depth >= KBTF_MAX_DEPTH)
		return false;
	m = btf_members(t);
	n = btf_vlen(t);
	for (unsigned i = 0; i < n; i++, m++) {
		const char *mn = btf__name_by_offset(btf, m->name_off);
		uint64_t off = base_bits + btf_member_bit_offset(t, i);

		out->steps[depth] = (struct kbtf_step){ .rec_id = rec, .index = i };
		if (mn && *mn) {
			if (strcmp(mn, name))
				continue;
			out->nsteps = depth + 1;
			out->type = m->type;
			out->bit_off = off;
			out->bit_size = btf_member_bitfield_size(t, i);
			return true;
		}
		/* an anonymous struct or union: its members are the outer's */
		uint32_t inner = kbtf_skip(btf, m->type, NULL);
		if (find_member(btf, inner, name, out, depth + 1, off))
			return true;
	}
	return false;
}

bool kbtf_member(const struct btf *btf, uint32_t rec_id, const char *name,
		 struct kbtf_member *out)
{
	memset(out, 0, sizeof(*out));
	return find_member(btf, kbtf_skip(btf, rec_id, NULL), name, out, 0, 0);
}

static void add_names(const struct btf *btf, uint32_t rec, const char ***v, size_t *n,
		      size_t *cap, unsigned depth)
{
	const struct btf_type *t = btf__type_by_id(btf, rec);
	const struct btf_member *m;

	if (!t || !btf_is_composite(t) || depth >= KBTF_MAX_DEPTH)
		return;
	m = btf_members(t);
	for (unsigned i = 0; i < btf_vlen(t); i++, m++) {
		const char *mn = btf__name_by_offset(btf, m->name_off);

		if (!mn || !*mn) {
			add_names(btf, kbtf_skip(btf, m->type, NULL), v, n, cap, depth + 1);
			continue;
		}
		if (*n + 2 > *cap) {
			*cap = *cap ? *cap * 2 : 16;
			const char **nv = realloc(*v, *cap * sizeof(**v));
			if (!nv)
				abort();
			*v = nv;
		}
		(*v)[(*n)++] = mn;
	}
}

const char **kbtf_member_names(const struct btf *btf, uint32_t rec_id)
{
	const char **v = NULL;
	size_t n = 0, cap = 0;

	add_names(btf, kbtf_skip(btf, rec_id, NULL), &v, &n, &cap, 0);
	if (!v) {
		v = calloc(1, sizeof(*v));
		if (!v)
			abort();
	}
	v[n] = NULL;
	return v;
}

static void str_append(char *buf, size_t len, const char *s)
{
	size_t l = strlen(buf);

	if (l + 1 < len)
		snprintf(buf + l, len - l, "%s", s);
}

/* The spelling of id before any pointer stars and array suffix. */
static void type_str(const struct btf *btf, uint32_t id, char *buf, size_t len, int guard)
{
	const struct btf_type *t = id ? btf__type_by_id(btf, id) : NULL;
	char num[32];

	if (!id) {
		str_append(buf, len, "void");
		return;
	}
	if (!t || guard > 16) {
		str_append(buf, len, "?");
		return;
	}
	const char *name = btf__name_by_offset(btf, t->name_off);
	switch (btf_kind(t)) {
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
	case BTF_KIND_FWD:
		str_append(buf, len, btf_is_union(t) || (btf_is_fwd(t) && btf_kflag(t)) ? "union "
				     : btf_is_any_enum(t) ? "enum " : "struct ");
		str_append(buf, len, name && *name ? name : "(anonymous)");
		return;
	case BTF_KIND_PTR:
		type_str(btf, t->type, buf, len, guard + 1);
		str_append(buf, len, " *");
		return;
	case BTF_KIND_ARRAY:
		type_str(btf, btf_array(t)->type, buf, len, guard + 1);
		snprintf(num, sizeof(num), "[%u]", btf_array(t)->nelems);
		str_append(buf, len, num);
		return;
	case BTF_KIND_CONST:
		str_append(buf, len, "const ");
		type_str(btf, t->type, buf, len, guard + 1);
		return;
	case BTF_KIND_VOLATILE:
		str_append(buf, len, "volatile ");
		type_str(btf, t->type, buf, len, guard + 1);
		return;
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		type_str(btf, t->type, buf, len, guard + 1);
		return;
	case BTF_KIND_FUNC_PROTO:
		str_append(buf, len, "function");
		return;
	default:	/* int, float, typedef */
		str_append(buf, len, name && *name ? name : "?");
		return;
	}
}

const char *kbtf_type_str(const struct btf *btf, uint32_t id, char *buf, size_t len)
{
	if (len)
		buf[0] = '\0';
	type_str(btf, id, buf, len, 0);
	return buf;
}

static bool word_at(const char *p, const char *w, const char **end)
{
	size_t l = strlen(w);

	if (strncmp(p, w, l) || isalnum((unsigned char)p[l]) || p[l] == '_')
		return false;
	*end = p + l;
	return true;
}

uint32_t kbtf_ctype_record(const struct btf *btf, const char *ctype, bool *ptr,
			   const char **name, size_t *namelen)
{
	const char *p = ctype, *e;
	bool is_union = false;
	char buf[128];
	size_t l;

	*ptr = false;
	if (name)
		*name = NULL;
	if (namelen)
		*namelen = 0;
	while (*p == ' ')
		p++;
	/* qualifiers before the tag */
	while (word_at(p, "const", &e) || word_at(p, "volatile", &e)) {
		p = e;
		while (*p == ' ')
			p++;
	}
	if (word_at(p, "union", &e))
		is_union = true;
	else if (!word_at(p, "struct", &e))
		return 0;
	p = e;
	while (*p == ' ')
		p++;
	e = p;
	while (isalnum((unsigned char)*e) || *e == '_')
		e++;
	l = (size_t)(e - p);
	if (!l || l >= sizeof(buf))
		return 0;
	memcpy(buf, p, l);
	buf[l] = '\0';
	if (name)
		*name = p;
	if (namelen)
		*namelen = l;
	/* what may follow: qualifiers, then at most one '*' */
	p = e;
	for (;;) {
		while (*p == ' ')
			p++;
		if (word_at(p, "const", &e) || word_at(p, "volatile", &e)) {
			p = e;
			continue;
		}
		if (*p == '*' && !*ptr) {
			*ptr = true;
			p++;
			continue;
		}
		break;
	}
	if (*p) {	/* "struct x **", arrays, anything else */
		if (name)
			*name = NULL;
		if (namelen)
			*namelen = 0;
		return 0;
	}
	return kbtf_find_record(btf, buf, is_union);
}
