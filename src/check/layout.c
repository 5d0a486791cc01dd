// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* layout.c - records and maps laid out for the contract (program.h): where
 * each printf/print argument sits in its ring-buffer record, and each map's
 * key and value layout. Called by the checker once types are known; never
 * calls back into sema.c. */
#include "check/layout.h"
#include "check/funcid.h"
#include "check/ktypes.h"
#include "check/state.h"
#include "check/types.h"

#include <stdlib.h>
#include <string.h>

#include "kernel/tracefs.h"

#define DEFAULT_MAP_ENTRIES 4096	/* bpftrace's BPFTRACE_MAP_KEYS_MAX */

unsigned add_record(struct sema *s, enum rec_type type)
{
	unsigned id = s->prog.nrecs++;

	if (s->prog.nrecs > s->recs_cap) {
		s->recs_cap = s->recs_cap ? s->recs_cap * 2 : 16;
		s->prog.recs = xrealloc(s->prog.recs, s->recs_cap * sizeof(*s->prog.recs));
		s->rec_maps = xrealloc(s->rec_maps, s->recs_cap * sizeof(*s->rec_maps));
	}
	memset(&s->prog.recs[id], 0, sizeof(s->prog.recs[id]));
	s->rec_maps[id] = NULL;
	s->prog.recs[id].type = type;
	s->prog.recs[id].size = sizeof(struct rec_hdr);
	return id;
}

static void layout_arg(struct sema *s, struct rec_arg *ra, const struct type *t,
		       unsigned off)
{
	ra->offset = off;
	if (t->kind == TY_STR) {
		ra->kind = RA_STR;
		ra->size = t->size;
	} else if (t->kind == TY_TUPLE) {
		struct rec_arg *el = arena_alloc(s->arena, t->nelems * sizeof(*el));

		ra->kind = RA_TUPLE;
		ra->size = t->size;
		ra->elems = el;
		ra->nelems = t->nelems;
		for (unsigned i = 0; i < t->nelems; i++) {
			layout_arg(s, &el[i], &t->elems[i], tuple_offset(t, i));
			if (t->names)	/* a record: its elements named */
				el[i].name = t->names[i];
		}
	} else if (t->kind == TY_ARRAY) {
		ra->kind = RA_ARRAY;
		ra->size = t->size;
		ra->elem_size = t->elems[0].size;
		ra->is_signed = t->elems[0].is_signed;
		ra->count = t->nelems;
	} else if (t->kind == TY_KSYM) {
		ra->kind = RA_KSYM;
		ra->size = 8;
	} else if (t->kind == TY_KSTACK) {
		ra->kind = RA_KSTACK;
		ra->size = 8;
		ra->frames = t->size;
		ra->user_stack = t->user;
	} else if (t->kind == TY_INET) {
		ra->kind = RA_INET;
		ra->size = sizeof(struct tp_inet);
	} else if (t->kind == TY_USYM) {
		ra->kind = RA_USYM;
		ra->size = sizeof(struct tp_usym);
	} else if (t->kind == TY_BUF) {
		ra->kind = RA_BUF;
		ra->size = t->size;
	} else if (t->kind == TY_TIME) {
		ra->kind = RA_TIME;
		ra->size = 8;
		ra->name = t->fmt;
	} else if (t->kind == TY_NAMED || (t->kind == TY_INT && t->fmt)) {
		/* strerror(), username, an enum's value */
		ra->kind = RA_NAMED;
		ra->size = 8;
		ra->name = t->fmt;
	} else if (t->kind == TY_STRUCT) {	/* as the value lies */
		*ra = *t->shape;
		ra->offset = off;
	} else {
		ra->kind = RA_INT;
		ra->size = 8;
		ra->is_signed = t->kind == TY_INT && t->is_signed;
		ra->is_ptr = t->kind == TY_PTR;
		ra->is_bool = t->kind == TY_INT && t->is_bool;
		ra->elem_size = t->kind == TY_INT ? t->size : 8;	/* the value's width */
	}
}

/* print(args): every readable field of the record, by name. The layout
 * follows the format file, so it is laid out per probe instance. */
void layout_args_struct(struct sema *s, struct rec_arg *ra, const struct tp_format *f,
			unsigned off)
{
	unsigned n = 0, at = 0;
	struct type t;

	for (size_t i = 0; i < f->nfields; i++)
		n += !f->fields[i].common && field_ktype(s, &f->fields[i], &t);
	struct rec_arg *el = arena_alloc(s->arena, (n ? n : 1) * sizeof(*el));
	n = 0;
	for (size_t i = 0; i < f->nfields; i++) {
		if (f->fields[i].common || !field_ktype(s, &f->fields[i], &t))
			continue;
		if (t.kind == TY_KOBJ)	/* a raw tracepoint's struct by value */
			ktype_layout(s, &el[n], &t, at, NULL);
		else
			layout_arg(s, &el[n], &t, at);
		el[n].name = f->fields[i].name;
		at += (el[n].size + 7) & ~7u;
		n++;
	}
	ra->kind = RA_STRUCT;
	ra->offset = off;
	ra->elems = el;
	ra->nelems = n;
	ra->size = at;
}

/* Lay the arguments of a printf/print call out in its record. */
void layout_args(struct sema *s, struct rec_desc *r, struct node *args)
{
	unsigned off = sizeof(struct rec_hdr), n = 0;

	for (struct node *a = args; a; a = a->next)
		n++;
	r->args = arena_alloc(s->arena, (n ? n : 1) * sizeof(*r->args));
	r->nargs = n;
	n = 0;
	for (struct node *a = args; a; a = a->next, n++) {
		if (a->type.kind == TY_ARGS)
			layout_args_struct(s, &r->args[n], a->type.format, off);
		else if (a->type.kind == TY_KOBJ)
			ktype_layout(s, &r->args[n], &a->type, off, &a->loc);
		else
			layout_arg(s, &r->args[n], &a->type, off);
		/* str() cut at STRLEN is marked as cut: read one byte more to
		 * tell a string that just fits from a longer one. */
		if (a->kind == N_CALL && a->call.fn && a->call.fn->id == F_STR &&
		    a->call.args->type.kind != TY_STR && a->type.size == s->strlen) {
			r->args[n].cut_mark = true;
			r->args[n].size++;
		}
		off += (r->args[n].size + 7) & ~7u;
	}
	r->size = off;
}

struct map_info *map_lookup(struct sema *s, const char *name)
{
	for (struct map_info *m = s->maps; m; m = m->next)
		if (!strcmp(m->name, name))
			return m;
	return NULL;
}

void rec_set_map(struct sema *s, unsigned rec_id, struct map_info *mi)
{
	s->rec_maps[rec_id] = mi;
}

void reset_records(struct sema *s)
{
	for (unsigned i = 0; i < s->prog.nrecs; i++)
		fmt_free(&s->prog.recs[i].parsed);
	free(s->prog.recs);
	free(s->rec_maps);
	s->prog.recs = NULL;
	s->rec_maps = NULL;
	s->prog.nrecs = s->recs_cap = 0;
}

static int cmp_map_name(const void *a, const void *b)
{
	const struct map_info *x = *(struct map_info *const *)a, *y = *(struct map_info *const *)b;

	return strcmp(x->name, y->name);
}

/* How a key part (or an element of a tuple value) of type t at off is
 * laid out and printed. */
static void key_part_of(struct sema *s, struct key_part *kp, const struct type *t, unsigned off)
{
	memset(kp, 0, sizeof(*kp));
	kp->kind = t->kind == TY_STR ? KEY_STR : t->kind == TY_KSYM ? KEY_KSYM
		 : t->kind == TY_KSTACK ? KEY_KSTACK : t->kind == TY_INET ? KEY_INET
		 : t->kind == TY_TUPLE ? KEY_TUPLE : t->kind == TY_BUF ? KEY_BUF
		 : t->kind == TY_TIME ? KEY_TIME : t->kind == TY_USYM ? KEY_USYM
		 : t->kind == TY_NAMED ? KEY_NAMED : t->kind == TY_STRUCT ? KEY_STRUCT
		 : t->kind == TY_INT && t->fmt ? KEY_NAMED	/* an enum's value */
		 : t->kind == TY_INT && t->is_bool ? KEY_BOOL : KEY_INT;
	if (t->kind == TY_TIME || t->kind == TY_NAMED || (t->kind == TY_INT && t->fmt))
		kp->fmt = t->fmt;
	if (t->kind == TY_STRUCT)
		kp->shape = t->shape;
	kp->is_signed = t->kind == TY_INT && t->is_signed;
	if (t->kind == TY_KSTACK) {
		kp->frames = t->size;
		kp->user_stack = t->user;
	}
	kp->offset = off;
	kp->size = t->kind == TY_STR || t->kind == TY_BUF ? t->size : type_slot(t);
	if (t->kind == TY_TUPLE) {
		struct key_part *el = arena_alloc(s->arena, t->nelems * sizeof(*el));

		for (unsigned i = 0; i < t->nelems; i++) {
			key_part_of(s, &el[i], &t->elems[i], tuple_offset(t, i));
			if (t->names)	/* a record: its elements named */
				el[i].name = t->names[i];
		}
		kp->elems = el;
		kp->nelems = t->nelems;
	}
}

/* "FILE:LINE: TEXT": the source of span l on one line, blanks squeezed,
 * long text cut with "...". A metric's help says so where a map is
 * written. */
static const char *origin_text(struct sema *s, const struct loc *l)
{
	const struct source *src = s->diag->src;
	size_t from = 0, to = 0, off = 0;
	int line = 1, col = 1;
	char text[160];
	size_t n = 0;

	if (!src || !src->text || l->first_line < 1)
		return NULL;
	for (; off <= src->len; off++) {
		if (line == l->first_line && col == l->first_column)
			from = off;
		if (line == l->last_line && col == l->last_column) {
			to = off + 1;
			break;
		}
		if (off == src->len)
			break;
		if (src->text[off] == '\n')
			line++, col = 1;
		else
			col++;
	}
	if (to <= from)
		return NULL;
	for (size_t i = from; i < to && n < sizeof(text) - 4; i++) {
		char c = src->text[i];

		if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
			if (n && text[n - 1] != ' ')
				text[n++] = ' ';
		} else if (c) {
			text[n++] = c;
		}
		if (n == sizeof(text) - 4 && i + 1 < to)
			n += (size_t)snprintf(text + n, 4, "...");
	}
	text[n] = '\0';
	return arena_printf(s->arena, "%s:%d: %s", src->name, l->first_line, text);
}

/* The maps' public descriptions, in name order (the order they print in),
 * with their key and value layouts. */
void finish_maps(struct sema *s)
{
	unsigned n = 0;

	for (struct map_info *m = s->maps; m; m = m->next)
		n++;
	struct map_info **sorted = xcalloc(n ? n : 1, sizeof(*sorted));
	n = 0;
	for (struct map_info *m = s->maps; m; m = m->next)
		sorted[n++] = m;
	qsort(sorted, n, sizeof(*sorted), cmp_map_name);
	s->prog.maps = arena_alloc(s->arena, (n ? n : 1) * sizeof(*s->prog.maps));
	s->prog.nmaps = n;
	for (unsigned i = 0; i < n; i++) {
		struct map_info *mi = sorted[i];
		struct map_desc *d = &s->prog.maps[i];
		unsigned off = 0;

		mi->id = i;
		d->name = arena_printf(s->arena, "@%s", mi->name);
		d->bpf_name = arena_printf(s->arena, "m_%s", mi->name);
		d->kind = mi->kind;
		d->percpu = mi->kind != MK_INT && mi->kind != MK_STR && mi->kind != MK_TUPLE &&
			    mi->kind != MK_VALUE;
		d->value_unsigned = mi->kind == MK_INT && mi->value.kind == TY_INT &&
				    !mi->value.is_signed;
		d->nkey = mi->nkeys;
		d->key = mi->nkeys ? arena_alloc(s->arena, mi->nkeys * sizeof(*d->key)) : NULL;
		for (unsigned k = 0; k < mi->nkeys; k++) {
			key_part_of(s, &d->key[k], &mi->keys[k], off);
			d->key[k].name = mi->key_names ? mi->key_names[k] : NULL;
			off += (d->key[k].size + 7) & ~7u;
		}
		d->key_size = off ? off : 8;
		/* A scalar aggregation lives in a one-entry per-CPU array: its
		 * lookup is inlined by the verifier, no hashing. */
		if (!mi->nkeys && d->percpu) {
			d->array = true;
			d->key_size = 4;
		}
		/* A key larger than a few words is built in the per-CPU
		 * scratch map, whose value the kernel caps at 32 KiB. */
		if (d->key_size > KEY_SIZE_MAX) {
			diag_error(s->diag, &mi->loc, "@%s's key takes %u bytes; tpscript allows %u",
				   mi->name, d->key_size, KEY_SIZE_MAX);
			bool bufkey = false;

			for (unsigned k = 0; k < d->nkey; k++)
				bufkey |= d->key[k].kind == KEY_BUF;
			if (bufkey)
				diag_hint(s->diag, "a buf() key takes its byte count and 8 bytes: "
					  "read fewer bytes");
			else
				diag_hint(s->diag, "string keys take BPFTRACE_STRLEN bytes (now %u); "
					  "set it lower", s->strlen);
		}
		d->max_entries = d->array ? 1 : mi->decl ? (unsigned)mi->decl->entries
			       : s->map_keys_max ? s->map_keys_max : DEFAULT_MAP_ENTRIES;
		if (mi->decl && !d->array && strstr(mi->decl->kind, "lru")) {
			if (!s->map_lru)
				s->map_lru = arena_alloc(s->arena, n * sizeof(*s->map_lru));
			s->map_lru[i] = true;	/* lruhash, percpulruhash */
		}
		d->origin = mi->assigned ? origin_text(s, &mi->loc) : NULL;
		d->grows = mi->kind == MK_SUM && !mi->sum_signed;
		switch (mi->kind) {
		case MK_INT: case MK_COUNT: case MK_SUM:
			d->value_size = 8;
			if (mi->kind == MK_INT && mi->value.kind == TY_INT && mi->value.fmt) {
				/* an enum's value: printed by its name */
				d->nvals = 1;
				d->vals = arena_alloc(s->arena, sizeof(*d->vals));
				key_part_of(s, d->vals, &mi->value, 0);
			}
			break;
		case MK_STR:
			d->value_size = mi->value.size;
			break;
		case MK_VALUE:
			d->value_size = type_slot(&mi->value);
			d->nvals = 1;
			d->vals = arena_alloc(s->arena, sizeof(*d->vals));
			key_part_of(s, d->vals, &mi->value, 0);
			break;
		case MK_TUPLE:
			d->value_size = mi->value.size;
			d->nvals = mi->value.nelems;
			d->vals = arena_alloc(s->arena, d->nvals * sizeof(*d->vals));
			for (unsigned k = 0; k < d->nvals; k++) {
				key_part_of(s, &d->vals[k], &mi->value.elems[k],
					    tuple_offset(&mi->value, k));
				if (mi->value.names)	/* a record */
					d->vals[k].name = mi->value.names[k];
			}
			break;
		case MK_MIN: case MK_MAX:
			d->value_size = sizeof(struct agg_minmax);
			break;
		case MK_AVG: case MK_STATS:
			d->value_size = sizeof(struct agg_avg);
			break;
		case MK_HIST:	/* the buckets, then the sum of the values */
			d->nbuckets = HIST_BUCKETS;
			d->value_size = (HIST_BUCKETS + 1) * 8;
			break;
		case MK_LHIST:
			d->lhist_min = mi->lhist_min;
			d->lhist_max = mi->lhist_max;
			d->lhist_step = mi->lhist_step;
			d->nbuckets = (unsigned)(((uint64_t)mi->lhist_max - (uint64_t)mi->lhist_min) /
						 (uint64_t)mi->lhist_step) + 2;
			d->value_size = (d->nbuckets + 1) * 8;
			break;
		}
	}
	free(sorted);
	for (unsigned r = 0; r < s->prog.nrecs; r++)
		if (s->rec_maps && s->rec_maps[r])
			s->prog.recs[r].map_id = s->rec_maps[r]->id;
}
