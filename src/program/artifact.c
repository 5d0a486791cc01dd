// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* artifact.c - writing and reading the compiled program (see artifact.h).
 *
 * The payload is a flat sequence of fixed-width integers and strings
 * (u32 length, then the bytes; NULL is the length 0xffffffff), written and
 * read field by field in the same order by the two halves of this file.
 * A new field of the contract goes into both halves and bumps ART_VERSION. */
#include "program/artifact.h"

#include <elf.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#define NO_STR 0xffffffffu
#define MAX_DEPTH 12		/* tuples in tuples (2 at most), structs in structs
				 * (KSHOW_MAX_DEPTH) inside them */
#define MAX_SIZE (1u << 24)	/* any record, key or value size */

/* ---- writing --------------------------------------------------------- */

static void w_u8(struct buf *b, uint8_t v) { buf_append(b, &v, 1); }
static void w_u32(struct buf *b, uint32_t v) { buf_append(b, &v, 4); }
static void w_u64(struct buf *b, uint64_t v) { buf_append(b, &v, 8); }

static void w_str(struct buf *b, const char *s)
{
	if (!s) {
		w_u32(b, NO_STR);
		return;
	}
	size_t n = strlen(s);
	w_u32(b, (uint32_t)n);
	buf_append(b, s, n);
}

static void w_arg(struct buf *b, const struct rec_arg *a)
{
	w_u32(b, a->kind);
	w_u8(b, a->is_signed);
	w_u8(b, a->is_ptr);
	w_u8(b, a->is_bool);
	w_u8(b, a->cut_mark);
	w_u8(b, a->user_stack);
	w_u32(b, a->offset);
	w_u32(b, a->size);
	w_u32(b, a->frames);
	w_u32(b, a->elem_size);
	w_u32(b, a->count);
	w_str(b, a->name);
	w_u32(b, a->nelems);
	for (unsigned i = 0; i < a->nelems; i++)
		w_arg(b, &a->elems[i]);
}

static void w_key(struct buf *b, const struct key_part *k)
{
	w_u32(b, k->kind);
	w_u8(b, k->is_signed);
	w_u8(b, k->user_stack);
	w_u32(b, k->offset);
	w_u32(b, k->size);
	w_u32(b, k->frames);
	w_str(b, k->name);
	w_str(b, k->fmt);
	w_u32(b, k->nelems);
	for (unsigned i = 0; i < k->nelems; i++)
		w_key(b, &k->elems[i]);
	if (k->kind == KEY_STRUCT)
		w_arg(b, k->shape);
}

void artifact_write(struct buf *out, const struct program *p, const struct object *o,
		    const struct art_meta *m)
{
	struct buf b = { 0 };

	w_str(&b, m->version);
	w_str(&b, m->name);
	w_u64(&b, m->text_len);
	buf_append(&b, m->text, m->text_len);
	w_u32(&b, m->strlen);
	w_u32(&b, m->map_keys_max);
	w_u8(&b, m->unsafe);
	w_u32(&b, (uint32_t)m->filter_pid);
	w_u32(&b, m->nparams);
	for (unsigned i = 0; i < m->nparams; i++)
		w_str(&b, m->params[i]);

	w_u32(&b, p->nprobes);
	for (unsigned i = 0; i < p->nprobes; i++) {
		const struct prog_probe *pp = &p->probes[i];

		w_u32(&b, pp->kind);
		w_str(&b, pp->category);
		w_str(&b, pp->name);
		w_str(&b, pp->full);
		w_str(&b, pp->prog_name);
		w_u32(&b, (uint32_t)pp->line);
		w_u32(&b, (uint32_t)pp->col);
		w_u64(&b, pp->period_ns);
		w_u64(&b, pp->freq_hz);
		w_u8(&b, pp->wildcard);
		w_u8(&b, pp->args_whole);
		w_u8(&b, pp->relocatable);
		w_u64(&b, pp->uaddr);
		w_u32(&b, pp->attach);
		w_u32(&b, pp->nnamed);
		w_str(&b, pp->fallback_name);
		w_u32(&b, pp->ntargets);
		for (unsigned k = 0; k < pp->ntargets; k++) {
			w_str(&b, pp->targets[k].category);
			w_str(&b, pp->targets[k].name);
			w_str(&b, pp->targets[k].full);
			w_u8(&b, pp->targets[k].wildcard);
		}
	}
	w_u32(&b, p->nrecs);
	for (unsigned i = 0; i < p->nrecs; i++) {
		const struct rec_desc *r = &p->recs[i];

		w_u32(&b, r->type);
		w_str(&b, r->fmt);
		w_u32(&b, r->size);
		w_u32(&b, r->map_id);
		w_u64(&b, r->top);
		w_u64(&b, r->div);
		w_u32(&b, r->nargs);
		for (unsigned k = 0; k < r->nargs; k++)
			w_arg(&b, &r->args[k]);
	}
	w_u32(&b, p->nmaps);
	for (unsigned i = 0; i < p->nmaps; i++) {
		const struct map_desc *d = &p->maps[i];

		w_str(&b, d->name);
		w_str(&b, d->bpf_name);
		w_u32(&b, d->kind);
		w_u8(&b, d->percpu);
		w_u8(&b, d->array);
		w_u32(&b, d->key_size);
		w_u32(&b, d->value_size);
		w_u64(&b, (uint64_t)d->lhist_min);
		w_u64(&b, (uint64_t)d->lhist_max);
		w_u64(&b, (uint64_t)d->lhist_step);
		w_u32(&b, d->nbuckets);
		w_u32(&b, d->max_entries);
		w_str(&b, d->origin);
		w_u8(&b, d->grows);
		w_u8(&b, d->value_unsigned);
		w_u32(&b, d->nkey);
		for (unsigned k = 0; k < d->nkey; k++)
			w_key(&b, &d->key[k]);
		w_u32(&b, d->nvals);
		for (unsigned k = 0; k < d->nvals; k++)
			w_key(&b, &d->vals[k]);
	}
	w_u32(&b, p->strlen);
	w_u8(&b, p->uses_cpid);
	w_u32(&b, o->rodata_size);
	w_u32(&b, p->ringbuf_size);
	w_u32(&b, p->nfields);
	for (unsigned i = 0; i < p->nfields; i++) {
		const struct prog_field *f = &p->fields[i];

		w_u32(&b, f->probe);
		w_str(&b, f->name);
		w_str(&b, f->type);
		w_u32(&b, f->offset);
		w_u32(&b, f->size);
		w_u8(&b, f->is_signed);
	}
	w_u32(&b, p->nrelocs);
	for (unsigned i = 0; i < p->nrelocs; i++) {
		w_u32(&b, p->relocs[i].field);
		w_u32(&b, p->relocs[i].insn);
		w_u8(&b, p->relocs[i].imm);
		w_u8(&b, p->relocs[i].at_exit);
	}
	w_u32(&b, p->nparams);
	for (unsigned i = 0; i < p->nparams; i++) {
		const struct prog_param *pp = &p->params[i];

		w_u32(&b, pp->kind);
		w_u8(&b, pp->fixed);
		w_u32(&b, pp->offset);
		w_u32(&b, pp->str_offset);
		w_u32(&b, pp->size);
		w_str(&b, pp->why);
	}
	w_u32(&b, p->params_size);
	w_u8(&b, p->pid_fixed);
	w_u32(&b, p->nuaddrs);
	for (unsigned i = 0; i < p->nuaddrs; i++) {
		const struct prog_uaddr *u = &p->uaddrs[i];

		w_u32(&b, u->probe);
		w_str(&b, u->symbol);
		w_u32(&b, u->offset);
		w_u8(&b, u->pie);
		w_u32(&b, (uint32_t)u->line);
		w_u32(&b, (uint32_t)u->col);
	}
	w_u32(&b, p->nsites);
	for (unsigned i = 0; i < p->nsites; i++) {
		const struct helper_site *hs = &p->sites[i];

		w_u32(&b, hs->helper);
		w_u32(&b, (uint32_t)hs->line);
		w_u32(&b, (uint32_t)hs->col);
		w_u32(&b, (uint32_t)hs->last_line);
		w_u32(&b, (uint32_t)hs->last_col);
	}
	w_u8(&b, p->no_exit_print);
	w_u8(&b, p->cat_max_set);
	w_u32(&b, p->cat_max);
	w_u32(&b, p->nopts);
	for (unsigned i = 0; i < p->nopts; i++) {
		const struct prog_opt *po = &p->opts[i];

		w_str(&b, po->name);
		w_str(&b, po->desc);
		w_u32(&b, po->kind);
		w_u8(&b, po->is_signed);
		w_str(&b, po->dflt);
		w_u32(&b, po->offset);
		w_u32(&b, po->size);
	}
	w_u64(&b, o->elf_size);
	buf_append(&b, o->elf, o->elf_size);

	struct art_header h = {
		.version = ART_VERSION,
		.machine = (uint16_t)art_host_machine(),
		.little_endian = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
		.ptr_size = sizeof(void *),
		.size = b.len,
		.crc = (uint32_t)crc32(0, (const Bytef *)b.data, (uInt)b.len),
	};
	memcpy(h.magic, ART_MAGIC, 8);
	buf_append(out, &h, sizeof(h));
	buf_append(out, b.data, b.len);
	buf_free(&b);
}

/* ---- reading --------------------------------------------------------- */

struct rd {
	const unsigned char *p, *end;
	struct arena *a;
	char *err;
	size_t errlen;
	bool bad;
};

static void bad(struct rd *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bad(struct rd *r, const char *fmt, ...)
{
	va_list ap;

	if (r->bad)
		return;		/* the first problem is the one to tell */
	r->bad = true;
	va_start(ap, fmt);
	vsnprintf(r->err, r->errlen, fmt, ap);
	va_end(ap);
}

static bool take(struct rd *r, void *dst, size_t n)
{
	if (r->bad || (size_t)(r->end - r->p) < n) {
		bad(r, "corrupt: it ends in the middle of its contents");
		memset(dst, 0, n);
		return false;
	}
	memcpy(dst, r->p, n);
	r->p += n;
	return true;
}

static uint8_t r_u8(struct rd *r) { uint8_t v; take(r, &v, 1); return v; }
static uint32_t r_u32(struct rd *r) { uint32_t v; take(r, &v, 4); return v; }
static uint64_t r_u64(struct rd *r) { uint64_t v; take(r, &v, 8); return v; }

static bool r_bool(struct rd *r)
{
	uint8_t v = r_u8(r);

	if (v > 1)
		bad(r, "corrupt: a flag is %u", v);
	return v == 1;
}

/* A count of items each taking at least min_bytes: more than could fit in
 * what is left is corruption, caught before anything is allocated. */
static unsigned r_count(struct rd *r, size_t min_bytes)
{
	uint32_t n = r_u32(r);

	if (!r->bad && (uint64_t)n * min_bytes > (uint64_t)(r->end - r->p)) {
		bad(r, "corrupt: a table of %u entries does not fit in it", n);
		return 0;
	}
	return r->bad ? 0 : n;
}

static const char *r_str(struct rd *r)
{
	uint32_t n = r_u32(r);

	if (r->bad || n == NO_STR)
		return NULL;
	if (n > (size_t)(r->end - r->p)) {
		bad(r, "corrupt: a string runs past its end");
		return NULL;
	}
	if (memchr(r->p, '\0', n)) {
		bad(r, "corrupt: a string holds a NUL byte");
		return NULL;
	}
	char *s = arena_strndup(r->a, (const char *)r->p, n);
	r->p += n;
	return s;
}

/* A string the runtime needs: NULL is corruption. */
static const char *r_name(struct rd *r)
{
	const char *s = r_str(r);

	if (!s)
		bad(r, "corrupt: a name is missing");
	return s ? s : "";
}

static unsigned r_enum(struct rd *r, unsigned lo, unsigned hi, const char *what)
{
	uint32_t v = r_u32(r);

	if (v < lo || v > hi) {
		bad(r, "corrupt: %s %u is out of range", what, v);
		return lo;
	}
	return v;
}

/* Bytes an argument of this kind takes at its offset. */
static unsigned arg_span(const struct rec_arg *a)
{
	switch (a->kind) {
	case RA_INT: case RA_KSYM: case RA_KSTACK: case RA_TIME: case RA_NAMED:
		return 8;
	case RA_INET:
		return sizeof(struct tp_inet);
	case RA_USYM:
		return sizeof(struct tp_usym);
	default:
		return a->size;
	}
}

static void r_arg(struct rd *r, struct rec_arg *a, unsigned room, int depth)
{
	a->kind = r_enum(r, RA_INT, RA_NAMED, "an argument kind");
	a->is_signed = r_bool(r);
	a->is_ptr = r_bool(r);
	a->is_bool = r_bool(r);
	a->cut_mark = r_bool(r);
	a->user_stack = r_bool(r);
	a->offset = r_u32(r);
	a->size = r_u32(r);
	a->frames = r_u32(r);
	a->elem_size = r_u32(r);
	a->count = r_u32(r);
	a->name = r_str(r);
	if (r->bad)
		return;
	unsigned span = arg_span(a) > a->size ? arg_span(a) : a->size;
	if (a->size > MAX_SIZE || a->offset > room || span > room - a->offset) {
		bad(r, "corrupt: an argument at %u (%u bytes) lies outside its %u-byte record",
		    a->offset, span, room);
		return;
	}
	if (a->kind == RA_STR && a->size == 0)
		bad(r, "corrupt: an empty string slot");
	if (a->kind == RA_BUF && a->size < 8)
		bad(r, "corrupt: a buffer slot without its length");
	if (a->kind == RA_TIME && !a->name)
		bad(r, "corrupt: a time without its format");
	if (a->kind == RA_NAMED && (!a->name || a->size != 8))
		bad(r, "corrupt: a named number without its names");
	if (a->kind == RA_ARRAY &&
	    (!a->elem_size || a->elem_size > 8 || (a->elem_size & (a->elem_size - 1)) ||
	     (a->count ? (uint64_t)a->count * a->elem_size > a->size : a->size < 8)))
		bad(r, "corrupt: an array argument's layout");
	a->nelems = r_count(r, 4 * 7 + 4);
	if (a->nelems && a->kind != RA_TUPLE && a->kind != RA_STRUCT)
		bad(r, "corrupt: elements in an argument that has none");
	if (a->nelems && depth >= MAX_DEPTH)
		bad(r, "corrupt: arguments nested too deep");
	if (r->bad || !a->nelems)
		return;
	struct rec_arg *e = arena_alloc(r->a, a->nelems * sizeof(*e));
	for (unsigned i = 0; i < a->nelems && !r->bad; i++)
		r_arg(r, &e[i], a->size, depth + 1);
	a->elems = e;
}

static void r_key(struct rd *r, struct key_part *k, unsigned room, int depth)
{
	k->kind = r_enum(r, KEY_INT, KEY_STRUCT, "a key kind");
	k->is_signed = r_bool(r);
	k->user_stack = r_bool(r);
	k->offset = r_u32(r);
	k->size = r_u32(r);
	k->frames = r_u32(r);
	k->name = r_str(r);
	k->fmt = r_str(r);
	unsigned span = k->kind == KEY_STR || k->kind == KEY_TUPLE || k->kind == KEY_BUF ||
			k->kind == KEY_STRUCT ? k->size
		      : k->kind == KEY_INET ? sizeof(struct tp_inet)
		      : k->kind == KEY_USYM ? sizeof(struct tp_usym) : 8;
	if (!r->bad && (k->size > MAX_SIZE || k->offset > room || span > room - k->offset))
		bad(r, "corrupt: a key part at %u lies outside its %u bytes", k->offset, room);
	if (!r->bad && k->kind == KEY_STR && !k->size)
		bad(r, "corrupt: an empty string key");
	if (!r->bad && k->kind == KEY_BUF && k->size < 8)
		bad(r, "corrupt: a buffer key without its length");
	if (!r->bad && k->kind == KEY_TIME && (!k->fmt || k->size != 8))
		bad(r, "corrupt: a time key without its format");
	if (!r->bad && k->kind == KEY_NAMED && (!k->fmt || k->size != 8))
		bad(r, "corrupt: a named key without its names");
	k->nelems = r_count(r, 4 * 6);
	if (!r->bad && (k->nelems != 0) != (k->kind == KEY_TUPLE))
		bad(r, "corrupt: a key part's elements");
	if (!r->bad && k->nelems && depth >= MAX_DEPTH)
		bad(r, "corrupt: key parts nested too deep");
	if (!r->bad && k->kind == KEY_STRUCT) {	/* its shape, within the part */
		struct rec_arg *sh = arena_alloc(r->a, sizeof(*sh));

		r_arg(r, sh, k->size, depth + 1);
		if (!r->bad && sh->kind != RA_STRUCT && sh->kind != RA_ARRAY)
			bad(r, "corrupt: a struct key part's layout");
		k->shape = sh;
	}
	if (r->bad || !k->nelems)
		return;
	struct key_part *e = arena_alloc(r->a, k->nelems * sizeof(*e));
	for (unsigned i = 0; i < k->nelems && !r->bad; i++)
		r_key(r, &e[i], k->size, depth + 1);
	k->elems = e;
}

static void r_meta(struct rd *r, struct art_meta *m)
{
	m->version = r_str(r);
	m->name = r_str(r);
	uint64_t n = r_u64(r);
	if (!r->bad && n > (uint64_t)(r->end - r->p)) {
		bad(r, "corrupt: the script's text runs past its end");
		return;
	}
	if (r->bad)
		return;
	char *t = arena_alloc(r->a, n + 1);
	memcpy(t, r->p, n);
	r->p += n;
	m->text = t;
	m->text_len = n;
	m->strlen = r_u32(r);
	m->map_keys_max = r_u32(r);
	m->unsafe = r_bool(r);
	m->filter_pid = (int)r_u32(r);
	m->nparams = r_count(r, 4);
	m->params = m->nparams ? arena_alloc(r->a, m->nparams * sizeof(char *)) : NULL;
	for (unsigned i = 0; i < m->nparams && !r->bad; i++)
		m->params[i] = r_name(r);
}

static void r_program(struct rd *r, struct program *p, unsigned *rodata_size,
		      const unsigned char **elf, size_t *elf_size)
{
	p->nprobes = r_count(r, 4 * 9);
	p->probes = arena_alloc(r->a, (p->nprobes ? p->nprobes : 1) * sizeof(*p->probes));
	for (unsigned i = 0; i < p->nprobes && !r->bad; i++) {
		struct prog_probe *pp = &p->probes[i];

		pp->kind = r_enum(r, PK_BEGIN, PK_RAWTRACEPOINT, "a probe kind");
		pp->category = r_str(r);
		pp->name = r_str(r);
		pp->full = r_name(r);
		pp->prog_name = r_name(r);
		pp->line = (int)r_u32(r);
		pp->col = (int)r_u32(r);
		pp->period_ns = r_u64(r);
		pp->freq_hz = r_u64(r);
		pp->wildcard = r_bool(r);
		pp->args_whole = r_bool(r);
		pp->relocatable = r_bool(r);
		pp->uaddr = r_u64(r);
		if (!r->bad && (pp->kind == PK_UPROBE || pp->kind == PK_URETPROBE ||
				pp->kind == PK_USDT) &&
		    (!pp->category || !pp->name))
			bad(r, "corrupt: a uprobe without its binary");
		pp->attach = r_enum(r, AM_PERF, AM_FOLD, "an attach mode");
		pp->nnamed = r_u32(r);
		pp->fallback_name = r_str(r);
		pp->ntargets = r_count(r, 3 * 4 + 1);
		pp->targets = arena_alloc(r->a, (pp->ntargets ? pp->ntargets : 1) * sizeof(*pp->targets));
		for (unsigned k = 0; k < pp->ntargets && !r->bad; k++) {
			pp->targets[k].category = r_name(r);
			pp->targets[k].name = r_name(r);
			pp->targets[k].full = r_name(r);
			pp->targets[k].wildcard = r_bool(r);
		}
		if (!r->bad && pp->kind == PK_TRACEPOINT && (!pp->category || !pp->name))
			bad(r, "corrupt: a tracepoint without its name");
		if (!r->bad && pp->kind == PK_TRACEPOINT &&
		    (!pp->ntargets || (pp->attach == AM_RAW) != (pp->fallback_name != NULL)))
			bad(r, "corrupt: a tracepoint program without its tracepoints");
		if (!r->bad && pp->kind == PK_RAWTRACEPOINT && (!pp->name || !*pp->name))
			bad(r, "corrupt: a raw tracepoint without its name");
		if (!r->bad && (pp->kind == PK_INTERVAL || pp->kind == PK_PROFILE) &&
		    !pp->period_ns == !pp->freq_hz)
			bad(r, "corrupt: a timed probe without its period");
	}
	p->nrecs = r_count(r, 4 * 7);
	p->recs = arena_alloc(r->a, (p->nrecs ? p->nrecs : 1) * sizeof(*p->recs));
	for (unsigned i = 0; i < p->nrecs && !r->bad; i++) {
		struct rec_desc *d = &p->recs[i];

		d->type = r_enum(r, REC_PRINTF, REC_WARNF, "a record type");
		d->fmt = r_str(r);
		d->size = r_u32(r);
		d->map_id = r_u32(r);
		d->top = r_u64(r);
		d->div = r_u64(r);
		d->nargs = r_count(r, 4 * 7 + 4);
		if (r->bad)
			break;
		if (d->size < sizeof(struct rec_hdr) || d->size > MAX_SIZE || d->size % 8) {
			bad(r, "corrupt: a record of %u bytes", d->size);
			break;
		}
		d->args = arena_alloc(r->a, (d->nargs ? d->nargs : 1) * sizeof(*d->args));
		for (unsigned k = 0; k < d->nargs && !r->bad; k++)
			r_arg(r, &d->args[k], d->size, 0);
	}
	p->nmaps = r_count(r, 4 * 13);
	p->maps = arena_alloc(r->a, (p->nmaps ? p->nmaps : 1) * sizeof(*p->maps));
	for (unsigned i = 0; i < p->nmaps && !r->bad; i++) {
		struct map_desc *d = &p->maps[i];

		d->name = r_name(r);
		d->bpf_name = r_name(r);
		d->kind = r_enum(r, MK_INT, MK_VALUE, "a map kind");
		d->percpu = r_bool(r);
		d->array = r_bool(r);
		d->key_size = r_u32(r);
		d->value_size = r_u32(r);
		d->lhist_min = (int64_t)r_u64(r);
		d->lhist_max = (int64_t)r_u64(r);
		d->lhist_step = (int64_t)r_u64(r);
		d->nbuckets = r_u32(r);
		d->max_entries = r_u32(r);
		d->origin = r_str(r);
		d->grows = r_bool(r);
		d->value_unsigned = r_bool(r);
		if (r->bad)
			break;
		if (d->key_size > MAX_SIZE || d->value_size > MAX_SIZE || !d->value_size) {
			bad(r, "corrupt: map %s's sizes", d->name);
			break;
		}
		if ((d->kind == MK_HIST || d->kind == MK_LHIST) &&
		    (!d->nbuckets || (uint64_t)d->nbuckets * 8 > d->value_size))
			bad(r, "corrupt: map %s's buckets", d->name);
		if (d->kind == MK_LHIST && (d->lhist_step <= 0 || d->lhist_max <= d->lhist_min))
			bad(r, "corrupt: map %s's lhist bounds", d->name);
		d->nkey = r_count(r, 4 * 5);
		d->key = d->nkey ? arena_alloc(r->a, d->nkey * sizeof(*d->key)) : NULL;
		for (unsigned k = 0; k < d->nkey && !r->bad; k++)
			r_key(r, &d->key[k], d->key_size, 0);
		d->nvals = r_count(r, 4 * 5);
		d->vals = d->nvals ? arena_alloc(r->a, d->nvals * sizeof(*d->vals)) : NULL;
		for (unsigned k = 0; k < d->nvals && !r->bad; k++)
			r_key(r, &d->vals[k], d->value_size, 0);
		if (!r->bad && ((d->kind == MK_VALUE && d->nvals != 1) ||
				(d->kind == MK_INT && d->nvals &&	/* an enum's names */
				 (d->nvals != 1 || d->vals[0].kind != KEY_NAMED))))
			bad(r, "corrupt: map %s's value", d->name);
	}
	for (unsigned i = 0; i < p->nrecs && !r->bad; i++) {
		const struct rec_desc *d = &p->recs[i];

		if ((d->type == REC_MAP_PRINT || d->type == REC_MAP_CLEAR ||
		     d->type == REC_MAP_ZERO) && d->map_id >= p->nmaps)
			bad(r, "corrupt: a record names map %u of %u", d->map_id, p->nmaps);
		if (d->type == REC_JOIN && (d->nargs < 1 || d->args[0].kind != RA_STR ||
					    d->args[0].size < JOIN_MAX))
			bad(r, "corrupt: a join() record's layout");
	}
	p->strlen = r_u32(r);
	p->uses_cpid = r_bool(r);
	*rodata_size = r_u32(r);
	p->ringbuf_size = r_u32(r);
	if (!r->bad && (p->ringbuf_size & (p->ringbuf_size - 1)))
		bad(r, "corrupt: a ring buffer of %u bytes", p->ringbuf_size);
	p->nfields = r_count(r, 4 * 6);
	p->fields = arena_alloc(r->a, (p->nfields ? p->nfields : 1) * sizeof(*p->fields));
	for (unsigned i = 0; i < p->nfields && !r->bad; i++) {
		struct prog_field *f = &p->fields[i];

		f->probe = r_u32(r);
		f->name = r_name(r);
		f->type = r_name(r);
		f->offset = r_u32(r);
		f->size = r_u32(r);
		f->is_signed = r_bool(r);
		if (!r->bad && (f->probe >= p->nprobes || p->probes[f->probe].kind != PK_TRACEPOINT))
			bad(r, "corrupt: a field of probe %u", f->probe);
	}
	p->nrelocs = r_count(r, 4 * 2 + 2);
	p->relocs = arena_alloc(r->a, (p->nrelocs ? p->nrelocs : 1) * sizeof(*p->relocs));
	for (unsigned i = 0; i < p->nrelocs && !r->bad; i++) {
		struct prog_reloc *rl = &p->relocs[i];

		rl->field = r_u32(r);
		rl->insn = r_u32(r);
		rl->imm = r_bool(r);
		rl->at_exit = r_bool(r);
		if (!r->bad && rl->field >= p->nfields)
			bad(r, "corrupt: a relocation of field %u of %u", rl->field, p->nfields);
	}
	p->nparams = r_count(r, 4 * 4 + 1 + 4);
	p->params = arena_alloc(r->a, (p->nparams ? p->nparams : 1) * sizeof(*p->params));
	for (unsigned i = 0; i < p->nparams && !r->bad; i++) {
		struct prog_param *pp = &p->params[i];

		pp->kind = r_enum(r, PARAM_UNUSED, PARAM_BOTH, "a parameter's kind");
		pp->fixed = r_bool(r);
		pp->offset = r_u32(r);
		pp->str_offset = r_u32(r);
		pp->size = r_u32(r);
		pp->why = r_str(r);
		bool text = pp->kind == PARAM_STR || pp->kind == PARAM_BOTH;
		if (!r->bad && (text != (pp->size > 0) || pp->size > MAX_SIZE ||
				(i == 0 && text) || (pp->kind != PARAM_BOTH && pp->str_offset)))
			bad(r, "corrupt: parameter $%u", i);
	}
	p->params_size = r_u32(r);
	p->pid_fixed = r_bool(r);
	/* Each load-time parameter inside the area the runtime fills. */
	for (unsigned i = 1; i < p->nparams && !r->bad; i++) {
		const struct prog_param *pp = &p->params[i];

		if (pp->kind == PARAM_UNUSED || pp->fixed)
			continue;
		/* its integer slot, its string slot, or both */
		for (unsigned k = 0; k < 2; k++) {
			bool text = k ? pp->kind != PARAM_INT : pp->kind == PARAM_STR;
			unsigned off = k && pp->kind == PARAM_BOTH ? pp->str_offset : pp->offset;
			unsigned size = text ? pp->size : 8;

			if (k && pp->kind != PARAM_BOTH)
				break;
			if (p->params_size > MAX_SIZE || off < sizeof(struct tp_rodata) ||
			    off - sizeof(struct tp_rodata) > p->params_size ||
			    size > p->params_size - (off - sizeof(struct tp_rodata)))
				bad(r, "corrupt: parameter $%u lies outside the parameters", i);
		}
	}
	p->nuaddrs = r_count(r, 4 * 4 + 1 + 4);
	p->uaddrs = arena_alloc(r->a, (p->nuaddrs ? p->nuaddrs : 1) * sizeof(*p->uaddrs));
	for (unsigned i = 0; i < p->nuaddrs && !r->bad; i++) {
		struct prog_uaddr *u = &p->uaddrs[i];

		u->probe = r_u32(r);
		u->symbol = r_name(r);
		u->offset = r_u32(r);
		u->pie = r_bool(r);
		u->line = (int)r_u32(r);
		u->col = (int)r_u32(r);
		/* a u64 of the area the runtime fills, for a probe with a binary */
		if (!r->bad && (u->probe >= p->nprobes ||
				(p->probes[u->probe].kind != PK_UPROBE &&
				 p->probes[u->probe].kind != PK_URETPROBE &&
				 p->probes[u->probe].kind != PK_USDT) ||
				u->offset < sizeof(struct tp_rodata) ||
				u->offset - sizeof(struct tp_rodata) > p->params_size ||
				8 > p->params_size - (u->offset - sizeof(struct tp_rodata)) ||
				u->line < 0 || u->col < 0))
			bad(r, "corrupt: uaddr() value %u", i);
	}
	p->nsites = r_count(r, 4 * 5);
	p->sites = arena_alloc(r->a, (p->nsites ? p->nsites : 1) * sizeof(*p->sites));
	for (unsigned i = 0; i < p->nsites && !r->bad; i++) {
		struct helper_site *hs = &p->sites[i];

		hs->helper = r_u32(r);
		hs->line = (int)r_u32(r);
		hs->col = (int)r_u32(r);
		hs->last_line = (int)r_u32(r);
		hs->last_col = (int)r_u32(r);
		if (!r->bad && (!helper_name(hs->helper) || hs->line < 0 || hs->col < 0 ||
				hs->last_line < 0 || hs->last_col < 0))
			bad(r, "corrupt: helper call %u", i);
	}
	p->no_exit_print = r_bool(r);
	p->cat_max_set = r_bool(r);
	p->cat_max = r_u32(r);
	p->nopts = r_count(r, 4 * 6 + 1);
	p->opts = arena_alloc(r->a, (p->nopts ? p->nopts : 1) * sizeof(*p->opts));
	for (unsigned i = 0; i < p->nopts && !r->bad; i++) {
		struct prog_opt *po = &p->opts[i];

		po->name = r_name(r);
		po->desc = r_str(r);
		po->kind = r_enum(r, POPT_INT, POPT_BOOL, "an option's kind");
		po->is_signed = r_bool(r);
		po->dflt = r_name(r);
		po->offset = r_u32(r);
		po->size = r_u32(r);
		/* its slot inside the area the runtime fills */
		if (!r->bad && (po->size < 1 || po->size > MAX_SIZE ||
				(po->kind != POPT_STR && po->size != 8) ||
				po->offset < sizeof(struct tp_rodata) ||
				po->offset - sizeof(struct tp_rodata) > p->params_size ||
				po->size > p->params_size - (po->offset - sizeof(struct tp_rodata))))
			bad(r, "corrupt: program option %u", i);
	}
	uint64_t n = r_u64(r);
	if (r->bad)
		return;
	if (n != (uint64_t)(r->end - r->p)) {
		bad(r, "corrupt: the BPF object is %llu bytes, %llu are left",
		    (unsigned long long)n, (unsigned long long)(r->end - r->p));
		return;
	}
	*elf = r->p;
	*elf_size = n;
	r->p += n;
}

/* printf formats are parsed again here rather than stored: fmt_parse is
 * the one definition of what a conversion means. */
static void parse_formats(struct rd *r, struct program *p)
{
	for (unsigned i = 0; i < p->nrecs && !r->bad; i++) {
		struct rec_desc *d = &p->recs[i];
		size_t off;
		char msg[128];

		if (d->type != REC_PRINTF && d->type != REC_SYSTEM && d->type != REC_CAT &&
		    d->type != REC_ERRORF && d->type != REC_WARNF)
			continue;
		struct fmt heap;

		if (!d->fmt || fmt_parse(d->fmt, &heap, &off, msg, sizeof(msg)) < 0) {
			bad(r, "corrupt: a printf format%s%s", d->fmt ? ": " : "", d->fmt ? msg : "");
			return;
		}
		/* In the program's memory, as program_copy keeps them. */
		d->parsed.nconvs = heap.nconvs;
		d->parsed.convs = arena_alloc(r->a, (heap.nconvs ? heap.nconvs : 1) *
						       sizeof(*heap.convs));
		if (heap.nconvs)	/* a format without conversions has no array */
			memcpy(d->parsed.convs, heap.convs, heap.nconvs * sizeof(*heap.convs));
		fmt_free(&heap);
		if (d->parsed.nconvs != d->nargs) {
			bad(r, "corrupt: a format with %zu conversions for %u arguments",
			    d->parsed.nconvs, d->nargs);
			return;
		}
		if (d->nargs > FMT_ARGS_MAX) {
			bad(r, "corrupt: a format with %u arguments", d->nargs);
			return;
		}
		/* %s prints strings, and the values output.c turns into text. */
		for (size_t k = 0; k < d->parsed.nconvs; k++) {
			enum rec_arg_kind ak = d->args[k].kind;

			enum conv_arg ca = d->parsed.convs[k].arg;

			if ((ca == CONV_STR && ak != RA_STR && ak != RA_KSYM && ak != RA_KSTACK &&
			     ak != RA_INET && ak != RA_TIME && ak != RA_USYM && ak != RA_NAMED) ||
			    (ca == CONV_BUF) != (ak == RA_BUF))
				bad(r, "corrupt: conversion %zu does not match its argument", k + 1);
		}
	}
}

int artifact_read(const void *data, size_t len, unsigned flags, struct program **pp,
		  struct object **op, struct art_meta *m, char *err, size_t errlen)
{
	struct art_header h;
	struct arena *a = xcalloc(1, sizeof(*a));
	struct program *p = arena_alloc(a, sizeof(*p));
	struct rd r = { .a = a, .err = err, .errlen = errlen };
	const unsigned char *elf = NULL;
	size_t elf_size = 0;
	unsigned rodata_size = 0;

	*pp = NULL;
	*op = NULL;
	memset(m, 0, sizeof(*m));
	p->mem = a;
	if (len < 8 || memcmp(data, ART_MAGIC, 8)) {
		snprintf(err, errlen, "not a tpscript artifact");
		goto fail;
	}
	if (len < sizeof(h)) {
		snprintf(err, errlen, "truncated: %zu bytes, shorter than its header", len);
		goto fail;
	}
	memcpy(&h, data, sizeof(h));
	if (h.version != ART_VERSION) {
		snprintf(err, errlen, "artifact format %u; this tpscript reads format %u: "
			 "compile the script again with this tpscript", h.version, ART_VERSION);
		goto fail;
	}
	if (h.machine != art_host_machine() || h.ptr_size != sizeof(void *) ||
	    h.little_endian != (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)) {
		snprintf(err, errlen, "compiled for %s, and this machine is %s: compile it on "
			 "(or for) this architecture", art_machine_name(h.machine),
			 art_machine_name(art_host_machine()));
		goto fail;
	}
	if (h.size != len - sizeof(h)) {
		snprintf(err, errlen, "%s: %llu bytes of contents, %zu present",
			 h.size > len - sizeof(h) ? "truncated" : "corrupt",
			 (unsigned long long)h.size, len - sizeof(h));
		goto fail;
	}
	r.p = (const unsigned char *)data + sizeof(h);
	r.end = r.p + h.size;
	if (!(flags & ART_NO_CRC) && crc32(0, r.p, (uInt)h.size) != h.crc) {
		snprintf(err, errlen, "corrupt: its checksum does not match its contents");
		goto fail;
	}
	r_meta(&r, m);
	r_program(&r, p, &rodata_size, &elf, &elf_size);
	parse_formats(&r, p);
	if (r.bad)
		goto fail;
	*pp = p;
	*op = object_new(elf, elf_size, rodata_size);
	return 0;
fail:
	memset(m, 0, sizeof(*m));
	program_free(p);
	return -1;
}

const char *art_machine_name(unsigned machine)
{
	switch (machine) {
	case EM_X86_64: return "x86_64";
	case EM_AARCH64: return "aarch64";
	case EM_386: return "i386";
	case EM_ARM: return "arm";
	case EM_RISCV: return "riscv";
	case EM_PPC64: return "ppc64";
	case EM_S390: return "s390x";
	case EM_LOONGARCH: return "loongarch";
	default: {
		static char buf[32];

		snprintf(buf, sizeof(buf), "ELF machine %u", machine);
		return buf;
	}
	}
}

unsigned art_host_machine(void)
{
#if defined(__x86_64__)
	return EM_X86_64;
#elif defined(__aarch64__)
	return EM_AARCH64;
#elif defined(__i386__)
	return EM_386;
#elif defined(__arm__)
	return EM_ARM;
#elif defined(__riscv)
	return EM_RISCV;
#elif defined(__powerpc64__)
	return EM_PPC64;
#elif defined(__s390x__)
	return EM_S390;
#elif defined(__loongarch__)
	return EM_LOONGARCH;
#else
	return EM_NONE;
#endif
}
