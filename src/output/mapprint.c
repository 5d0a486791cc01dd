// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* mapprint.c - BPF maps printed as bpftrace 0.17 prints them.
 *
 * The rules below were read off Debian 12's bpftrace 0.17 (run as root,
 * piped through `cat -A`), e.g.
 *
 *   bpftrace -e 'BEGIN { @k[3] = count(); @k[1] = count(); @k[1] = count();
 *                        @h = hist(5); @s = stats(-8); exit(); }' | cat -A
 *   bpftrace -e 'BEGIN { @c[1] = count(); @c[2] = count(); @c[2] = count();
 *                        print(@c, 1); print(@c, 0, 2); exit(); }' | cat -A
 *   bpftrace -e 'BEGIN { @e[1] = 1; delete(@e[1]); print(@e); exit(); }' | cat -A
 *   bpftrace -e 'BEGIN { @x = 1; clear(@x); exit(); } END { print(@x); }' | cat -A
 *
 * Lines. `@name: v`, `@name[k]: v`, `@name[k1, k2]: v`; string keys and
 * values raw (up to their NUL), integer keys and integer values signed
 * or unsigned as their type (a map's value takes the signedness of the
 * first value it is given: @x -= args.count is unsigned). avg() prints sum / count truncated toward zero (-3 / 2 is -1);
 * stats() prints `count N, average N, total N`. hist() and lhist() print
 * `@name[k]: ` (a trailing space) on a line of its own, then one row per
 * bucket from the first to the last non-zero one: the label left-aligned
 * in 16 columns, the count right-aligned in 8, " |", a bar of '@' padded
 * to 52 columns, "|". The bar is v / max * 52 computed in float and
 * truncated (15 of 26 gives 30, where double gives 29). hist() labels are
 * `(..., 0)`, `[0]`, `[1]`, `[2, 4)`, ..., `[512, 1K)`, `[1K, 2K)`, with
 * K M G T P E for powers of 1024 (0.17 stops at T, but its log2 never
 * reaches it; later bpftrace adds P and E). lhist() labels are
 * `(..., min)`, `[lo, hi)`, `[max, ...)`, numbers divisible by 1M or 1K
 * written as `1M`, `2K`. A hist whose buckets are all zero (after zero())
 * prints its `@h: ` line and no rows.
 *
 * Blank lines. Each print ends with a newline that makes: nothing more
 * after count/sum/min/max/integer/string maps; a blank line after every
 * hist()/lhist() entry; one blank line after all the avg()/stats()
 * entries. An empty map prints only that: "\n" ("\n\n" for avg/stats),
 * from print(@m) as at the end of a run.
 *
 * Order. count() by value (unsigned), sum()/min()/max() by value (signed),
 * integers by value as their signedness, ascending; avg() and stats() by
 * their average; hist() and lhist() by the total of their buckets;
 * string-valued maps by key. Key order is the first key part first,
 * integers compared unsigned (so -1 comes after 256), strings with
 * strncmp. Ties: bpftrace keeps hist, avg
 * and stats entries in a std::map, so their ties come in key-byte
 * (memcmp) order, which we copy; its other ties come in the kernel's hash
 * order, which nobody can reproduce, so we break them by key order.
 *
 * print(@m, top, div). top keeps the last top entries after sorting (the
 * largest) and applies to every kind but stats() (bpftrace warns that it
 * ignores it). div divides count/sum/min/max/integer/avg values (signed
 * where the value is), and hist() counts, whose bars stay scaled to the
 * undivided counts; lhist() and stats() ignore it.
 *
 * End of a run. After END, bpftrace prints "\n\n" (even with no maps),
 * then every map in name order, empty ones included (as blank lines).
 * print(@m) from a probe prints the same block as the end does, without
 * the "\n\n". So clear(@m) leaves a blank line at the end (two for
 * avg/stats); zero(@m) leaves the keys with 0, `count 0, average 0,
 * total 0`, an empty string, or a hist's `@h: ` line with no rows.
 *
 * Where 0.17 is wrong we are not: a min()/max() prints from the CPUs that
 * saw a value (0.17 drops a max() that only saw negatives, and compares
 * max() unsigned), a never-fired or cleared scalar count() is empty (0.17
 * prints `@x: 0`), hist counts and bars use 64 bits (0.17 truncates them
 * to int), hist() covers all 64 powers of two, and a 64-bit unsigned key
 * prints unsigned (0.17 prints every 8-byte key signed: @u[(uint64)-1]
 * shows as @u[-1]). */
#include "mapprint.h"
#include "json.h"

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


#define BAR_WIDTH 52

/* One entry, merged across CPUs. */
struct row {
	const struct map_desc *m;	/* for the comparators */
	const unsigned char *key;	/* NULL for a scalar map */
	const unsigned char *raw;	/* the entry's values, as given */
	struct map_value val;
};

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* An integer key part of 1, 2, 4 or 8 bytes, zero-extended. */
uint64_t map_key_uint(const void *p, unsigned size)
{
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;

	switch (size) {
	case 1: memcpy(&u8, p, 1); return u8;
	case 2: memcpy(&u16, p, 2); return u16;
	case 4: memcpy(&u32, p, 4); return u32;
	default: return get_u64(p);
	}
}

/* ... and sign-extended. */
int64_t map_key_int(const void *p, unsigned size)
{
	uint64_t u = map_key_uint(p, size);

	if (size < 8 && (u & (UINT64_C(1) << (size * 8 - 1))))
		u |= ~UINT64_C(0) << (size * 8);
	return (int64_t)u;
}

/* v / d for a signed v and an unsigned d, without casting a d above
 * INT64_MAX into a negative divisor. */
static int64_t sdiv(int64_t v, uint64_t d)
{
	if (d <= INT64_MAX)
		return v / (int64_t)d;
	return v == INT64_MIN && d == UINT64_C(1) << 63 ? -1 : 0;
}

static bool is_hist(const struct map_desc *m)
{
	return m->kind == MK_HIST || m->kind == MK_LHIST;
}

static bool is_avg(const struct map_desc *m)
{
	return m->kind == MK_AVG || m->kind == MK_STATS;
}

/* bpftrace's sort_by_key: first key part first; integers unsigned,
 * strings with strncmp. Equal parts fall back to the bytes. */
static int cmp_key_parts(const struct map_desc *m, const unsigned char *a,
			 const unsigned char *b)
{
	if (!a || !b)
		return 0;
	for (unsigned i = 0; i < m->nkey; i++) {
		const struct key_part *k = &m->key[i];
		int c;

		if (k->kind == KEY_STR) {
			c = strncmp((const char *)a + k->offset,
				    (const char *)b + k->offset, k->size);
		} else if (k->kind == KEY_INET || k->kind == KEY_TUPLE || k->kind == KEY_USYM ||
			   k->kind == KEY_STRUCT) {
			c = memcmp(a + k->offset, b + k->offset, k->size);
		} else {
			uint64_t x = map_key_uint(a + k->offset, k->size);
			uint64_t y = map_key_uint(b + k->offset, k->size);

			c = (x > y) - (x < y);
		}
		if (c)
			return c;
	}
	return memcmp(a, b, m->key_size);
}

static int cmp_key_bytes(const struct map_desc *m, const unsigned char *a,
			 const unsigned char *b)
{
	return a && b ? memcmp(a, b, m->key_size) : 0;
}

static int cmp_row(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	const struct map_desc *m = a->m;

	switch (m->kind) {
	case MK_COUNT:
		if (a->val.u != b->val.u)
			return a->val.u < b->val.u ? -1 : 1;
		return cmp_key_parts(m, a->key, b->key);
	case MK_INT:
	case MK_SUM:
	case MK_MIN:
	case MK_MAX:
		if (a->val.v != b->val.v && m->value_unsigned)
			return (uint64_t)a->val.v < (uint64_t)b->val.v ? -1 : 1;
		if (a->val.v != b->val.v)
			return a->val.v < b->val.v ? -1 : 1;
		return cmp_key_parts(m, a->key, b->key);
	case MK_AVG:
	case MK_STATS:
		if (a->val.v != b->val.v)
			return a->val.v < b->val.v ? -1 : 1;
		return cmp_key_bytes(m, a->key, b->key);
	case MK_HIST:
	case MK_LHIST:
		if (a->val.u != b->val.u)
			return a->val.u < b->val.u ? -1 : 1;
		return cmp_key_bytes(m, a->key, b->key);
	case MK_STR:
	case MK_TUPLE:	/* by key, as bpftrace sorts non-integer values */
	case MK_VALUE:
		break;
	}
	return cmp_key_parts(m, a->key, b->key);
}

bool named_is_enum(const char *names)
{
	return names && !strncmp(names, NAMED_ENUM, strlen(NAMED_ENUM));
}

void print_named(FILE *out, uint64_t v, const char *names)
{
	if (named_is_enum(names)) {	/* "enum NAME:A=0;B=5;" */
		const char *p = strchr(names, ':');

		while (p && *++p) {
			const char *eq = strchr(p, '='), *end = eq ? strchr(eq, ';') : NULL;

			if (!end)
				break;
			if (strtoll(eq + 1, NULL, 10) == (int64_t)v) {
				fprintf(out, "%.*s", (int)(eq - p), p);
				return;
			}
			p = end;
		}
		fprintf(out, "%" PRId64, (int64_t)v);	/* no enumerator has it */
		return;
	}
	if (names && !strcmp(names, NAMED_ERRNO)) {
		char buf[256];

		if (strerror_r((int)v, buf, sizeof(buf)) != 0)
			snprintf(buf, sizeof(buf), "Unknown error %d", (int)v);
		fputs(buf, out);
		return;
	}
	if (names && !strcmp(names, NAMED_SIGNAL)) {
		/* strsignal(3)'s words for 0 to 64 ("Unknown signal 0",
		 * "Real-time signal 3"), N/A past them, as bpftrace */
		int64_t sig = (int64_t)v;

		fputs(sig >= 0 && sig <= 64 ? strsignal((int)sig) : "N/A", out);
		return;
	}
	struct passwd pw, *found = NULL;
	char buf[4096];

	if (v <= UINT32_MAX && getpwuid_r((uid_t)v, &pw, buf, sizeof(buf), &found) == 0 && found)
		fputs(found->pw_name, out);
	else
		fprintf(out, "%" PRIu64, v);
}

/* A struct value's shape laid out within size bytes, its members within
 * their structs. */
static int shape_check(const struct rec_arg *a, unsigned size, int depth)
{
	if (depth > 16 || a->offset > size || a->size > size - a->offset)
		return -EINVAL;
	switch (a->kind) {
	case RA_INT:
		return a->size >= 8 ? 0 : -EINVAL;
	case RA_STR:
		return 0;
	case RA_ARRAY:
		if (a->elem_size < 1 || a->elem_size > 8 ||
		    (a->count && a->count > a->size / a->elem_size) || (!a->count && a->size < 8))
			return -EINVAL;
		return 0;
	case RA_STRUCT:
		if (a->nelems && !a->elems)
			return -EINVAL;
		for (unsigned i = 0; i < a->nelems; i++)
			if (shape_check(&a->elems[i], a->size, depth + 1) < 0)
				return -EINVAL;
		return 0;
	default:
		return -EINVAL;
	}
}

/* Parts laid out within size bytes, tuples' elements within theirs. */
static int check_parts(const struct key_part *parts, unsigned n, unsigned size, int depth)
{
	if (n && !parts)
		return -EINVAL;
	for (unsigned i = 0; i < n; i++) {
		const struct key_part *k = &parts[i];

		if (k->offset > size || k->size > size - k->offset)
			return -EINVAL;
		if ((k->kind == KEY_INT || k->kind == KEY_BOOL) && k->size != 1 && k->size != 2 &&
		    k->size != 4 && k->size != 8)
			return -EINVAL;
		if ((k->kind == KEY_KSYM || k->kind == KEY_KSTACK) && k->size != 8)
			return -EINVAL;
		if (k->kind == KEY_INET && k->size < sizeof(struct tp_inet))
			return -EINVAL;
		if ((k->kind == KEY_BUF && k->size < 8) ||
		    ((k->kind == KEY_TIME || k->kind == KEY_NAMED) && k->size != 8))
			return -EINVAL;
		if (k->kind == KEY_USYM && k->size < sizeof(struct tp_usym))
			return -EINVAL;
		if (k->kind == KEY_TUPLE &&
		    (depth > 16 || check_parts(k->elems, k->nelems, k->size, depth + 1) < 0))
			return -EINVAL;
		if (k->kind == KEY_STRUCT && (!k->shape || shape_check(k->shape, k->size, 0) < 0))
			return -EINVAL;
	}
	return 0;
}

int map_desc_check(const struct map_desc *m, unsigned ncpu)
{
	unsigned need;

	if (!m->name || (m->percpu && !ncpu) || (m->nkey && !m->key))
		return -EINVAL;
	if (check_parts(m->key, m->nkey, m->key_size, 0) < 0)
		return -EINVAL;
	switch (m->kind) {
	case MK_INT: case MK_COUNT: case MK_SUM:
		need = 8;
		break;
	case MK_MIN: case MK_MAX:
		need = sizeof(struct agg_minmax);
		break;
	case MK_AVG: case MK_STATS:
		need = sizeof(struct agg_avg);
		break;
	case MK_HIST:
		if (m->nbuckets != HIST_BUCKETS)
			return -EINVAL;
		need = m->nbuckets * 8;
		break;
	case MK_LHIST:
		if (m->nbuckets < 2 || m->nbuckets > UINT32_MAX / 8)
			return -EINVAL;
		need = m->nbuckets * 8;
		break;
	case MK_STR:
		need = 1;
		break;
	case MK_TUPLE:
	case MK_VALUE:
		need = 1;
		if (check_parts(m->vals, m->nvals, m->value_size, 0) < 0 ||
		    (m->kind == MK_VALUE && m->nvals != 1))
			return -EINVAL;
		break;
	default:
		return -EINVAL;
	}
	return m->value_size < need ? -EINVAL : 0;
}

void map_value_merge(const struct map_desc *m, const void *values, unsigned ncpu,
		     struct map_value *r)
{
	const unsigned char *p = values;
	bool any = false;

	for (unsigned c = 0; c < ncpu; c++, p += m->value_size) {
		switch (m->kind) {
		case MK_COUNT:
			r->u += get_u64(p);
			break;
		case MK_INT:
		case MK_SUM:
			/* Unsigned adds: wrap like the kernel's, no UB. */
			r->v = (int64_t)((uint64_t)r->v + get_u64(p));
			break;
		case MK_MIN:
		case MK_MAX: {
			int64_t v = (int64_t)get_u64(p);

			if (!get_u64(p + offsetof(struct agg_minmax, set)))
				break;
			if (!any || (m->kind == MK_MIN ? v < r->v : v > r->v))
				r->v = v;
			any = true;
			break;
		}
		case MK_AVG:
		case MK_STATS:
			r->sum = (int64_t)((uint64_t)r->sum +
				 get_u64(p + offsetof(struct agg_avg, sum)));
			r->count += get_u64(p + offsetof(struct agg_avg, count));
			break;
		case MK_HIST:
		case MK_LHIST:
			for (unsigned i = 0; i < m->nbuckets; i++)
				r->buckets[i] += get_u64(p + i * 8);
			if (m->value_size >= (m->nbuckets + 1) * 8)
				r->sum = (int64_t)((uint64_t)r->sum + get_u64(p + m->nbuckets * 8));
			break;
		case MK_STR:
		case MK_TUPLE:
		case MK_VALUE:
			break;
		}
	}
	if (is_avg(m))
		r->v = r->count ? sdiv(r->sum, r->count) : 0;
	if (is_hist(m))
		for (unsigned i = 0; i < m->nbuckets; i++)
			r->u += r->buckets[i];
}

static const struct sym_printer *sym_printer;

void sym_printer_set(const struct sym_printer *sp)
{
	sym_printer = sp;
}

const struct sym_printer *sym_printer_get(void)
{
	return sym_printer;
}

void print_inet(FILE *out, const void *p)
{
	struct tp_inet in;
	char buf[INET6_ADDRSTRLEN];

	memcpy(&in, p, sizeof(in));
	if (inet_ntop(in.af == AF_INET6 ? AF_INET6 : AF_INET, in.addr, buf, sizeof(buf)))
		fputs(buf, out);
}

void print_buf(FILE *out, const void *p_, unsigned size, char style)
{
	const unsigned char *p = p_;
	uint64_t len;

	if (size < 8)
		return;
	memcpy(&len, p, 8);
	if (len > size - 8)
		len = size - 8;
	for (uint64_t i = 0; i < len; i++) {
		unsigned char c = p[8 + i];

		if (style == 'h')
			fprintf(out, "%s%02x", i ? " " : "", c);
		else if (c >= 32 && c <= 126 && !style)
			fputc(c, out);
		else
			fprintf(out, "\\x%02x", c);
	}
}

void print_time(FILE *out, uint64_t ns, const char *fmt)
{
	static int64_t measured = INT64_MIN;	/* not yet */
	int64_t offset = __atomic_load_n(&measured, __ATOMIC_ACQUIRE);

	/* The difference between nsecs' clock (CLOCK_MONOTONIC) and the
	 * wall clock, measured once, between two monotonic readings; the
	 * first measure wins (the --metrics thread prints too), so every
	 * time prints alike. */
	if (offset == INT64_MIN) {
		struct timespec m1, rt, m2;
		int64_t unset = INT64_MIN;

		clock_gettime(CLOCK_MONOTONIC, &m1);
		clock_gettime(CLOCK_REALTIME, &rt);
		clock_gettime(CLOCK_MONOTONIC, &m2);
		int64_t mono = ((int64_t)m1.tv_sec + m2.tv_sec) * 500000000 +
			       ((int64_t)m1.tv_nsec + m2.tv_nsec) / 2;
		offset = (int64_t)rt.tv_sec * 1000000000 + rt.tv_nsec - mono;
		if (!__atomic_compare_exchange_n(&measured, &unset, offset, false,
						 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
			offset = unset;
	}
	int64_t wall = (int64_t)((uint64_t)offset + ns);
	time_t secs = (time_t)(wall / 1000000000);
	char f[1024], usec[8], text[1024];
	size_t o = 0;
	struct tm tm;

	if (!fmt)
		fmt = "";
	snprintf(usec, sizeof(usec), "%06u", (unsigned)((wall % 1000000000 + 1000000000) %
							1000000000 / 1000));
	for (const char *c = fmt; *c && o + 8 < sizeof(f); c++) {
		if (c[0] == '%' && c[1] == 'f') {	/* bpftrace's: microseconds */
			memcpy(f + o, usec, 6);
			o += 6;
			c++;
		} else if (c[0] == '%' && c[1]) {
			f[o++] = *c++;
			f[o++] = *c;
		} else {
			f[o++] = *c;
		}
	}
	f[o] = '\0';
	size_t n = localtime_r(&secs, &tm) ? strftime(text, sizeof(text), f, &tm) : 0;
	if (!n && f[0])
		fputs("(?)", out);
	else
		fwrite(text, 1, n, out);
}

void print_usym(FILE *out, const struct tp_usym *u)
{
	const struct sym_printer *sp = sym_printer;

	if (!sp || !sp->usym || !sp->usym(out, u, sp->ctx))
		fprintf(out, "0x%" PRIx64, u->addr);
}

/* ---- struct values ---------------------------------------------------- */

/* One integer of a struct value or array: w bytes at p, host order. */
static void shape_int(FILE *out, const unsigned char *p, unsigned w, bool sgn, bool ptr,
		      bool is_bool)
{
	uint64_t v = 0;

	if (w > 8)
		w = 8;
	memcpy(&v, p, w);
	if (sgn && w < 8 && (v >> (w * 8 - 1)) & 1)
		v |= ~0ull << (w * 8);
	if (ptr)
		fprintf(out, "0x%" PRIx64, v);
	else if (is_bool)
		fputs(v ? "true" : "false", out);
	else if (sgn)
		fprintf(out, "%" PRId64, (int64_t)v);
	else
		fprintf(out, "%" PRIu64, v);
}

/* An integer array: [1,2,3]; a variable one (count 0) a u64 byte length
 * first. */
static void shape_array(FILE *out, const unsigned char *p, const struct rec_arg *a)
{
	unsigned n = a->count;

	if (!n && a->size >= 8 && a->elem_size) {
		uint64_t len;

		memcpy(&len, p, 8);
		p += 8;
		n = (unsigned)(len < a->size - 8 ? len : a->size - 8) / a->elem_size;
	}
	fputc('[', out);
	for (unsigned i = 0; i < n && a->elem_size; i++) {
		if (i)
			fputc(',', out);
		shape_int(out, p + i * a->elem_size, a->elem_size, a->is_signed, a->is_ptr, false);
	}
	fputc(']', out);
}

void print_shape(FILE *out, const void *base_, const struct rec_arg *a, bool compact, int depth)
{
	const unsigned char *p = (const unsigned char *)base_ + a->offset;

	if (depth > 16)
		return;
	switch (a->kind) {
	case RA_STR:
		fprintf(out, "%.*s", (int)strnlen((const char *)p, a->size), (const char *)p);
		return;
	case RA_ARRAY:
		shape_array(out, p, a);
		return;
	case RA_STRUCT:
		if (a->is_ptr) {	/* an array of structs or arrays */
			fputc('[', out);
			for (unsigned i = 0; i < a->nelems; i++) {
				if (i)
					fputc(',', out);
				print_shape(out, p, &a->elems[i], compact, depth + 1);
			}
			fputc(']', out);
			return;
		}
		fputs(compact ? "{" : "{ ", out);
		for (unsigned i = 0; i < a->nelems; i++) {
			fprintf(out, compact ? "%s.%s=" : "%s.%s = ", i ? (compact ? "," : ", ") : "",
				a->elems[i].name ? a->elems[i].name : "");
			print_shape(out, p, &a->elems[i], compact, depth + 1);
		}
		fputs(compact ? "}" : " }", out);
		return;
	default:	/* RA_INT: 8 bytes */
		shape_int(out, p, 8, a->is_signed, a->is_ptr, a->is_bool);
		return;
	}
}

void json_shape(FILE *out, const void *base_, const struct rec_arg *a, int depth)
{
	const unsigned char *p = (const unsigned char *)base_ + a->offset;

	if (depth > 16)
		return;
	switch (a->kind) {
	case RA_STR:
		json_string(out, (const char *)p, strnlen((const char *)p, a->size));
		return;
	case RA_ARRAY:
		if (a->is_ptr) {	/* addresses: their text, as a string */
			char *text = NULL;
			size_t len = 0;
			FILE *m = open_memstream(&text, &len);

			if (!m)
				return;
			shape_array(m, p, a);
			fclose(m);
			json_string(out, text, len);
			free(text);
			return;
		}
		shape_array(out, p, a);
		return;
	case RA_STRUCT:
		if (a->is_ptr) {
			fputc('[', out);
			for (unsigned i = 0; i < a->nelems; i++) {
				if (i)
					fputc(',', out);
				json_shape(out, p, &a->elems[i], depth + 1);
			}
			fputc(']', out);
			return;
		}
		/* as bpftrace: { "a": 1, "b": 2 } */
		fputs("{ ", out);
		for (unsigned i = 0; i < a->nelems; i++) {
			const char *name = a->elems[i].name ? a->elems[i].name : "";

			if (i)
				fputs(", ", out);
			json_string(out, name, strlen(name));
			fputs(": ", out);
			json_shape(out, p, &a->elems[i], depth + 1);
		}
		fputs(" }", out);
		return;
	default:
		if (a->is_ptr) {	/* addresses as strings, as in text */
			uint64_t v;
			char t[24];

			memcpy(&v, p, 8);
			snprintf(t, sizeof(t), "0x%" PRIx64, v);
			json_string(out, t, strlen(t));
			return;
		}
		if (a->is_bool) {
			uint64_t v;

			memcpy(&v, p, 8);
			fputs(v ? "true" : "false", out);
			return;
		}
		shape_int(out, p, 8, a->is_signed, false, false);
		return;
	}
}

static void print_parts(FILE *out, const struct key_part *parts, unsigned n,
			const void *base_, bool key);

/* A tuple's elements, (a, b); a record's, whose elements have names, as
 * { .a = 1, .b = x } (so in a key too, as bpftrace prints them). */
static void print_tuple(FILE *out, const struct key_part *elems, unsigned n,
			const void *base, bool key)
{
	if (!n || !elems[0].name) {
		fputc('(', out);
		print_parts(out, elems, n, base, key);
		fputc(')', out);
		return;
	}
	fputs("{ ", out);
	for (unsigned i = 0; i < n; i++) {
		fprintf(out, "%s.%s = ", i ? ", " : "", elems[i].name);
		print_parts(out, &elems[i], 1, base, key);
	}
	fputs(" }", out);
}

/* Key parts or tuple elements, separated by ", ". Kernel symbols and
 * stacks go through the symbol printer when there is one; a struct is
 * written compact in a key ({.a=1,.b=2}), spaced in a value. */
static void print_parts(FILE *out, const struct key_part *parts, unsigned n,
			const void *base_, bool key)
{
	const struct sym_printer *sp = sym_printer;
	const unsigned char *base = base_;

	for (unsigned i = 0; i < n; i++) {
		const struct key_part *k = &parts[i];
		const unsigned char *p = base + k->offset;

		if (i)
			fputs(", ", out);
		if (k->kind == KEY_TUPLE) {
			print_tuple(out, k->elems, k->nelems, p, key);
		} else if (k->kind == KEY_STRUCT)
			print_shape(out, p, k->shape, key, 0);
		else if (k->kind == KEY_KSYM && sp)
			sp->ksym(out, map_key_uint(p, 8), sp->ctx);
		else if (k->kind == KEY_KSTACK && sp) {
			/* bpftrace: one frame a line, indented by 4, then "]" on
			 * its own line */
			sp->kstack(out, map_key_uint(p, 8), 4, k->frames, k->user_stack, sp->ctx);
			fputc('\n', out);
		} else if (k->kind == KEY_INET)
			print_inet(out, p);
		else if (k->kind == KEY_BUF)
			print_buf(out, p, k->size, 0);
		else if (k->kind == KEY_TIME)
			print_time(out, map_key_uint(p, 8), k->fmt);
		else if (k->kind == KEY_NAMED && named_is_enum(k->fmt) && json_mode())
			fprintf(out, "%" PRId64, map_key_int(p, 8));	/* JSON: the number */
		else if (k->kind == KEY_NAMED)
			print_named(out, map_key_uint(p, 8), k->fmt);
		else if (k->kind == KEY_USYM) {
			struct tp_usym u;

			memcpy(&u, p, sizeof(u));
			print_usym(out, &u);
		} else if (k->kind == KEY_STR)
			put_str(out, (const char *)p, k->size);
		else if (k->kind == KEY_BOOL)
			fputs(map_key_uint(p, k->size) ? "true" : "false", out);
		else if (k->is_signed)
			fprintf(out, "%" PRId64, map_key_int(p, k->size));
		else
			fprintf(out, "%" PRIu64, map_key_uint(p, k->size));
	}
}

void map_print_parts(FILE *out, const struct key_part *parts, unsigned n, const void *base)
{
	print_parts(out, parts, n, base, false);
}

static void print_key(FILE *out, const struct map_desc *m,
		      const unsigned char *key)
{
	if (!m->nkey || !key)
		return;
	fputc('[', out);
	print_parts(out, m->key, m->nkey, key, true);
	fputc(']', out);
}

/* hist() labels: 2^power with K, M, G, ... for each 10 powers. */
static void hist_label(char *buf, size_t len, unsigned power)
{
	static const char suffix[] = "\0KMGTPE";
	unsigned n = power / 10;

	if (n)
		snprintf(buf, len, "%u%c", 1u << (power % 10), suffix[n]);
	else
		snprintf(buf, len, "%u", 1u << power);
}

/* lhist() labels: exact multiples of 1M and 1K are shortened. */
static void lhist_label(char *buf, size_t len, int64_t v)
{
	if (v != 0 && v % 1048576 == 0)
		snprintf(buf, len, "%" PRId64 "M", v / 1048576);
	else if (v != 0 && v % 1024 == 0)
		snprintf(buf, len, "%" PRId64 "K", v / 1024);
	else
		snprintf(buf, len, "%" PRId64, v);
}

static void bucket_label(char *buf, size_t len, const struct map_desc *m,
			 unsigned i)
{
	char lo[32], hi[32];

	if (m->kind == MK_HIST) {
		if (i == 0) {
			snprintf(buf, len, "(..., 0)");
		} else if (i == 1) {
			snprintf(buf, len, "[0]");
		} else if (i == 2) {
			snprintf(buf, len, "[1]");
		} else {
			hist_label(lo, sizeof(lo), i - 2);
			hist_label(hi, sizeof(hi), i - 1);
			snprintf(buf, len, "[%s, %s)", lo, hi);
		}
		return;
	}
	if (i == 0) {
		lhist_label(lo, sizeof(lo), m->lhist_min);
		snprintf(buf, len, "(..., %s)", lo);
	} else if (i == m->nbuckets - 1) {
		lhist_label(lo, sizeof(lo), m->lhist_max);
		snprintf(buf, len, "[%s, ...)", lo);
	} else {
		/* Unsigned arithmetic: the description is the compiler's,
		 * but a wrap must not be UB. */
		uint64_t base = (uint64_t)m->lhist_min;
		uint64_t step = (uint64_t)m->lhist_step;

		lhist_label(lo, sizeof(lo), (int64_t)(base + (i - 1) * step));
		lhist_label(hi, sizeof(hi), (int64_t)(base + i * step));
		snprintf(buf, len, "[%s, %s)", lo, hi);
	}
}

static void print_hist_rows(FILE *out, const struct map_desc *m,
			    const uint64_t *b, uint64_t div)
{
	unsigned first = m->nbuckets, last = 0;
	uint64_t max = 0;

	for (unsigned i = 0; i < m->nbuckets; i++) {
		if (!b[i])
			continue;
		if (first == m->nbuckets)
			first = i;
		last = i;
		if (b[i] > max)
			max = b[i];
	}
	if (!max)
		return;
	/* bpftrace divides the printed counts only, and only for hist(). */
	if (m->kind == MK_LHIST)
		div = 1;
	for (unsigned i = first; i <= last; i++) {
		char label[96], bar[BAR_WIDTH + 1];
		/* In float, as bpftrace: double truncates some bars one
		 * shorter (15 of 26 is 30 '@' here, 29 in double). */
		float f = (float)b[i] / (float)max;
		int w;

		f *= (float)BAR_WIDTH;
		w = (int)f;
		if (w < 0)
			w = 0;
		if (w > BAR_WIDTH)
			w = BAR_WIDTH;
		memset(bar, '@', w);
		bar[w] = '\0';
		bucket_label(label, sizeof(label), m, i);
		fprintf(out, "%-16s%8" PRIu64 " |%-*s|\n", label, b[i] / div,
			BAR_WIDTH, bar);
	}
}

static void print_row(FILE *out, const struct row *r, uint64_t div)
{
	const struct map_desc *m = r->m;

	fputs(m->name, out);
	print_key(out, m, r->key);
	fputs(": ", out);
	switch (m->kind) {
	case MK_COUNT:
		fprintf(out, "%" PRIu64 "\n", r->val.u / div);
		break;
	case MK_INT:
		if (m->nvals == 1 && m->vals[0].kind == KEY_NAMED && div == 1) {
			print_named(out, (uint64_t)r->val.v, m->vals[0].fmt);	/* an enum's */
			fputc('\n', out);
			break;
		}
		if (m->value_unsigned) {
			fprintf(out, "%" PRIu64 "\n", (uint64_t)r->val.v / div);
			break;
		}
		fprintf(out, "%" PRId64 "\n", sdiv(r->val.v, div));
		break;
	case MK_SUM:
	case MK_MIN:
	case MK_MAX:
	case MK_AVG:
		fprintf(out, "%" PRId64 "\n", sdiv(r->val.v, div));
		break;
	case MK_STATS:
		fprintf(out, "count %" PRIu64 ", average %" PRId64 ", total %" PRId64 "\n",
			r->val.count, r->val.v, r->val.sum);
		break;
	case MK_STR:
		put_str(out, (const char *)r->raw, m->value_size);
		fputc('\n', out);
		break;
	case MK_TUPLE:
		print_tuple(out, m->vals, m->nvals, r->raw, false);
		fputc('\n', out);
		break;
	case MK_VALUE:
		map_print_parts(out, m->vals, 1, r->raw);
		fputc('\n', out);
		break;
	case MK_HIST:
	case MK_LHIST:
		fputc('\n', out);
		print_hist_rows(out, m, r->val.buckets, div);
		fputc('\n', out);
		break;
	}
}

/* ---- JSON (-f json) ------------------------------------------------- */

static unsigned str_max;	/* STRLEN, 0 until set */

void mapprint_set_strlen(unsigned strlen)
{
	str_max = strlen;
}

size_t str_shown(const char *s, size_t size, bool *cut)
{
	size_t n = strnlen(s, size);

	*cut = str_max >= 2 && size == str_max && n == size;
	return *cut ? size - 1 : n;
}

void put_str(FILE *out, const char *s, size_t size)
{
	bool cut;
	size_t n = str_shown(s, size, &cut);

	fprintf(out, "%.*s%s", (int)n, s, cut ? ".." : "");
}

void json_str(FILE *out, const char *s, size_t size)
{
	bool cut;
	size_t n = str_shown(s, size, &cut);

	if (!cut) {
		json_string(out, s, n);
		return;
	}
	char t[STRLEN_MAX + 3];

	if (n > STRLEN_MAX)
		n = STRLEN_MAX;
	memcpy(t, s, n);
	memcpy(t + n, "..", 3);
	json_string(out, t, n + 2);
}

/* A key as bpftrace's JSON writes it: its parts as text, joined by ",". */
static void json_key(FILE *out, const struct map_desc *m, const unsigned char *key)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (!f)
		return;
	for (unsigned i = 0; i < m->nkey; i++) {
		if (i)
			fputc(',', f);
		print_parts(f, &m->key[i], 1, key, true);
	}
	fclose(f);
	json_string(out, text, len);
	free(text);
}

static void json_hist(FILE *out, const struct map_desc *m, const uint64_t *b)
{
	unsigned first = m->nbuckets, last = 0;
	bool any = false;

	for (unsigned i = 0; i < m->nbuckets; i++)
		if (b[i]) {
			if (first == m->nbuckets)
				first = i;
			last = i;
		}
	fputc('[', out);
	for (unsigned i = first; i <= last && first < m->nbuckets; i++) {
		fputs(any ? ", {" : "{", out);
		any = true;
		if (m->kind == MK_HIST) {
			if (i == 0)
				fputs("\"max\": -1", out);
			else if (i == 1)
				fputs("\"min\": 0, \"max\": 0", out);
			else
				fprintf(out, "\"min\": %" PRIu64 ", \"max\": %" PRIu64,
					(uint64_t)1 << (i - 2),
					i - 1 >= 64 ? UINT64_MAX : ((uint64_t)1 << (i - 1)) - 1);
		} else if (i == 0) {
			fprintf(out, "\"max\": %" PRId64, m->lhist_min - 1);
		} else if (i == m->nbuckets - 1) {
			fprintf(out, "\"min\": %" PRId64, m->lhist_max);
		} else {
			int64_t lo = m->lhist_min + (int64_t)(i - 1) * m->lhist_step;

			fprintf(out, "\"min\": %" PRId64 ", \"max\": %" PRId64, lo,
				lo + m->lhist_step - 1);
		}
		fprintf(out, ", \"count\": %" PRIu64 "}", b[i]);
	}
	fputc(']', out);
}

static void json_parts(FILE *out, const struct key_part *parts, unsigned n,
		       const unsigned char *base);

/* One value: a number, a string, a tuple's array; ksym(), ntop(), buf()
 * and strftime() values as the text they print as. */
static void json_part(FILE *out, const struct key_part *k, const unsigned char *base)
{
	const unsigned char *p = base + k->offset;

	if (k->kind == KEY_TUPLE) {
		json_parts(out, k->elems, k->nelems, p);
	} else if (k->kind == KEY_STRUCT) {
		json_shape(out, p, k->shape, 0);
	} else if (k->kind == KEY_STR) {
		json_str(out, (const char *)p, k->size);
	} else if (k->kind == KEY_BOOL) {
		fputs(map_key_uint(p, k->size) ? "true" : "false", out);
	} else if (k->kind == KEY_NAMED && named_is_enum(k->fmt)) {
		/* an enum's value is its number in JSON, as bpftrace keeps it */
		fprintf(out, "%" PRId64, map_key_int(p, 8));
	} else if (k->kind != KEY_INT) {
		char *text = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&text, &len);

		if (!f)
			return;
		map_print_parts(f, k, 1, base);
		fclose(f);
		json_string(out, text, len);
		free(text);
	} else if (k->is_signed) {
		fprintf(out, "%" PRId64, map_key_int(p, k->size));
	} else {
		fprintf(out, "%" PRIu64, map_key_uint(p, k->size));
	}
}

/* A tuple value: [1,"two",[3,4]]. */
static void json_parts(FILE *out, const struct key_part *parts, unsigned n,
		       const unsigned char *base)
{
	if (n && parts[0].name) {	/* a record: an object, as bpftrace */
		fputc('{', out);
		for (unsigned i = 0; i < n; i++) {
			if (i)
				fputs(", ", out);
			json_string(out, parts[i].name, strlen(parts[i].name));
			fputs(": ", out);
			json_part(out, &parts[i], base);
		}
		fputc('}', out);
		return;
	}
	fputc('[', out);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		json_part(out, &parts[i], base);
	}
	fputc(']', out);
}

static void json_value(FILE *out, const struct row *r, uint64_t div)
{
	const struct map_desc *m = r->m;

	switch (m->kind) {
	case MK_COUNT:
		fprintf(out, "%" PRIu64, r->val.u / div);
		break;
	case MK_INT: case MK_SUM: case MK_MIN: case MK_MAX: case MK_AVG:
		if (m->kind == MK_INT && m->value_unsigned)
			fprintf(out, "%" PRIu64, (uint64_t)r->val.v / div);
		else
			fprintf(out, "%" PRId64, sdiv(r->val.v, div));
		break;
	case MK_STATS:
		fprintf(out, "{\"count\": %" PRIu64 ", \"average\": %" PRId64 ", \"total\": %" PRId64 "}",
			r->val.count, r->val.v, r->val.sum);
		break;
	case MK_STR:
		json_str(out, (const char *)r->raw, m->value_size);
		break;
	case MK_TUPLE:
		json_parts(out, m->vals, m->nvals, r->raw);
		break;
	case MK_VALUE:
		json_part(out, m->vals, r->raw);
		break;
	case MK_HIST:
	case MK_LHIST:
		json_hist(out, m, r->val.buckets);
		break;
	}
}

/* One line: {"type": "map"|"hist"|"stats", "data": {"@m": ...}}, the
 * entries in the text order. Empty maps print nothing, as bpftrace's. */
static void json_map(FILE *out, const struct map_desc *m, const struct row *rows,
		     size_t from, size_t n, uint64_t div)
{
	const char *type = is_hist(m) ? "hist" : is_avg(m) ? "stats" : "map";

	fprintf(out, "{\"type\": \"%s\", \"data\": {", type);
	json_string(out, m->name, strlen(m->name));
	fputs(": ", out);
	if (!m->nkey) {
		json_value(out, &rows[from], div);
	} else {
		fputc('{', out);
		for (size_t i = from; i < n; i++) {
			if (i > from)
				fputs(", ", out);
			json_key(out, m, rows[i].key);
			fputs(": ", out);
			json_value(out, &rows[i], div);
		}
		fputc('}', out);
	}
	fputs("}}\n", out);
}

int mapprint(FILE *out, const struct map_desc *m, const struct map_entry *e,
	     size_t n, unsigned ncpu, unsigned top, uint64_t div)
{
	struct row *rows = NULL;
	uint64_t *buckets = NULL;
	size_t skip = 0;
	int err;

	err = map_desc_check(m, ncpu);
	if (err)
		return err;
	if (!m->percpu)
		ncpu = 1;
	if (div == 0)
		div = 1;
	if (n == 0) {
		if (!json_mode())
			fputs(is_avg(m) ? "\n\n" : "\n", out);
		return ferror(out) ? -EIO : 0;
	}

	rows = calloc(n, sizeof(*rows));
	if (!rows)
		return -ENOMEM;
	if (is_hist(m)) {
		if (n > SIZE_MAX / sizeof(*buckets) / m->nbuckets) {
			err = -ENOMEM;
			goto err_out;
		}
		buckets = calloc(n * m->nbuckets, sizeof(*buckets));
		if (!buckets) {
			err = -ENOMEM;
			goto err_out;
		}
	}
	for (size_t i = 0; i < n; i++) {
		rows[i].m = m;
		rows[i].key = m->nkey ? e[i].key : NULL;
		rows[i].raw = e[i].values;
		if (buckets)
			rows[i].val.buckets = buckets + i * m->nbuckets;
		if (!rows[i].raw || (m->nkey && !rows[i].key)) {
			err = -EINVAL;
			goto err_out;
		}
		map_value_merge(m, rows[i].raw, ncpu, &rows[i].val);
	}
	qsort(rows, n, sizeof(*rows), cmp_row);

	/* stats() ignores top, as in bpftrace (which warns about it). */
	if (top && n > top && m->kind != MK_STATS)
		skip = n - top;
	if (json_mode()) {
		json_map(out, m, rows, skip, n, m->kind == MK_STATS ? 1 : div);
	} else {
		for (size_t i = skip; i < n; i++)
			print_row(out, &rows[i], m->kind == MK_STATS ? 1 : div);
		if (is_avg(m))
			fputc('\n', out);
	}
	err = ferror(out) ? -EIO : 0;
err_out:
	free(buckets);
	free(rows);
	return err;
}

int mapprint_end_header(FILE *out)
{
	if (!json_mode())
		fputs("\n\n", out);
	return ferror(out) ? -EIO : 0;
}

int mapprint_end(FILE *out, const struct map_desc *maps, unsigned nmaps,
		 const struct map_entry *const *ents, const size_t *nents,
		 unsigned ncpu)
{
	unsigned *order = NULL;
	int err;

	err = mapprint_end_header(out);
	if (err || !nmaps)
		return err;
	for (unsigned i = 0; i < nmaps; i++)
		if (!maps[i].name)
			return -EINVAL;
	order = malloc(nmaps * sizeof(*order));
	if (!order)
		return -ENOMEM;
	/* Insertion sort by name: a handful of maps, and no qsort context
	 * needed to reach the names. */
	for (unsigned i = 0; i < nmaps; i++) {
		unsigned j = i;

		while (j > 0 && strcmp(maps[order[j - 1]].name, maps[i].name) > 0) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
	for (unsigned i = 0; i < nmaps && !err; i++) {
		unsigned k = order[i];

		err = mapprint(out, &maps[k], ents[k], nents[k], ncpu, 0, 0);
	}
	free(order);
	return err;
}
