// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_mapprint.c - map printing against output captured from bpftrace
 * 0.17 (Debian 12). Each case rebuilds, by hand, the per-CPU map contents
 * a bpftrace script leaves behind, spreading the events over the CPUs in
 * turn so that merging is exercised everywhere, and compares with what
 * that script printed. The scripts are quoted next to their data. */
#define _GNU_SOURCE
#include "check.h"
#include "front/util.h"
#include "output/json.h"
#include "output/mapprint.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAXENT 16
#define MAXCPU 4
#define MAXVAL ((HIST_BUCKETS + 1) * 8)
#define STRSZ 16

/* A map under test: its description and storage for its entries. */
struct tmap {
	struct map_desc d;
	struct key_part parts[2];
	const char *spec;		/* key parts: 'i' s64, 'u' u64, 's' string */
	unsigned ncpu;
	unsigned next_cpu;		/* events go to the CPUs in turn */
	unsigned char keys[MAXENT][2 * 8 + 2 * STRSZ];
	unsigned char vals[MAXENT][MAXCPU * MAXVAL];
	struct map_entry e[MAXENT];
	size_t n;
};

static struct tmap *tm_new(const char *name, enum map_kind kind,
			   const char *spec, unsigned ncpu)
{
	struct tmap *t = calloc(1, sizeof(*t));
	unsigned off = 0;

	t->spec = spec;
	t->d.name = name;
	t->d.kind = kind;
	t->d.percpu = kind != MK_INT && kind != MK_STR;
	t->ncpu = t->d.percpu ? ncpu : 1;
	for (unsigned i = 0; spec[i]; i++) {
		struct key_part *k = &t->parts[i];

		k->kind = spec[i] == 's' ? KEY_STR : KEY_INT;
		k->is_signed = spec[i] == 'i';
		k->offset = off;
		k->size = spec[i] == 's' ? STRSZ : 8;
		off += k->size;
	}
	t->d.nkey = strlen(spec);
	t->d.key = t->d.nkey ? t->parts : NULL;
	t->d.key_size = off ? off : 8;
	switch (kind) {
	case MK_INT: case MK_COUNT: case MK_SUM:
		t->d.value_size = 8;
		break;
	case MK_STR:
	case MK_TUPLE:	/* tuples are covered by the runtime's diff tests */
	case MK_VALUE:
		t->d.value_size = STRSZ;
		break;
	case MK_MIN: case MK_MAX:
		t->d.value_size = sizeof(struct agg_minmax);
		break;
	case MK_AVG: case MK_STATS:
		t->d.value_size = sizeof(struct agg_avg);
		break;
	case MK_HIST:
		t->d.nbuckets = HIST_BUCKETS;
		t->d.value_size = (HIST_BUCKETS + 1) * 8;	/* and the sum */
		break;
	case MK_LHIST:
		break;		/* tm_lhist() sets the bounds */
	}
	return t;
}

static void tm_lhist(struct tmap *t, int64_t min, int64_t max, int64_t step)
{
	t->d.lhist_min = min;
	t->d.lhist_max = max;
	t->d.lhist_step = step;
	t->d.nbuckets = (unsigned)((max - min) / step) + 2;
	t->d.value_size = (t->d.nbuckets + 1) * 8;
}

/* The entry for a key (one argument per key part: long long for 'i' and
 * 'u', const char * for 's'), created zeroed if new. */
static unsigned tm_key(struct tmap *t, ...)
{
	unsigned char key[sizeof(t->keys[0])];
	va_list ap;

	memset(key, 0, sizeof(key));
	va_start(ap, t);
	for (unsigned i = 0; t->spec[i]; i++) {
		struct key_part *k = &t->parts[i];

		if (k->kind == KEY_STR) {
			strncpy((char *)key + k->offset, va_arg(ap, const char *),
				k->size - 1);
		} else {
			long long v = va_arg(ap, long long);

			memcpy(key + k->offset, &v, 8);
		}
	}
	va_end(ap);
	for (unsigned i = 0; i < t->n; i++)
		if (!memcmp(t->keys[i], key, t->d.key_size))
			return i;
	memcpy(t->keys[t->n], key, t->d.key_size);
	t->e[t->n].key = t->keys[t->n];
	t->e[t->n].values = t->vals[t->n];
	return t->n++;
}

/* One CPU's value of entry i: the next CPU's, for an event. */
static unsigned char *tm_val(struct tmap *t, unsigned i, unsigned cpu)
{
	return t->vals[i] + cpu * t->d.value_size;
}

static unsigned char *tm_next(struct tmap *t, unsigned i)
{
	return tm_val(t, i, t->next_cpu++ % t->ncpu);
}

static uint64_t rd(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static void wr(unsigned char *p, uint64_t v)
{
	memcpy(p, &v, 8);
}

/* What the programs do for each kind, on one CPU. */
static void ev_count(struct tmap *t, unsigned i)
{
	unsigned char *p = tm_next(t, i);

	wr(p, rd(p) + 1);
}

static void ev_sum(struct tmap *t, unsigned i, int64_t v)
{
	unsigned char *p = tm_next(t, i);

	wr(p, rd(p) + (uint64_t)v);
}

static void ev_minmax(struct tmap *t, unsigned i, int64_t v)
{
	unsigned char *p = tm_next(t, i);
	int64_t cur = (int64_t)rd(p);

	if (!rd(p + 8) || (t->d.kind == MK_MIN ? v < cur : v > cur))
		wr(p, (uint64_t)v);
	wr(p + 8, 1);
}

static void ev_avg(struct tmap *t, unsigned i, int64_t v)
{
	unsigned char *p = tm_next(t, i);

	wr(p, rd(p) + (uint64_t)v);
	wr(p + 8, rd(p + 8) + 1);
}

static void ev_hist(struct tmap *t, unsigned i, int64_t v)
{
	unsigned char *p = tm_next(t, i);
	unsigned b;

	if (v < 0) {
		b = 0;
	} else if (v == 0) {
		b = 1;
	} else {
		b = 2;
		for (uint64_t u = (uint64_t)v; u > 1; u >>= 1)
			b++;
	}
	wr(p + b * 8, rd(p + b * 8) + 1);
	/* the sum after the buckets, which printing ignores */
	wr(p + t->d.nbuckets * 8, rd(p + t->d.nbuckets * 8) + (uint64_t)v);
}

static void ev_lhist(struct tmap *t, unsigned i, int64_t v)
{
	unsigned char *p = tm_next(t, i);
	unsigned b;

	if (v < t->d.lhist_min)
		b = 0;
	else if (v >= t->d.lhist_max)
		b = t->d.nbuckets - 1;
	else
		b = 1 + (unsigned)((v - t->d.lhist_min) / t->d.lhist_step);
	if (b > t->d.nbuckets - 1)
		b = t->d.nbuckets - 1;
	wr(p + b * 8, rd(p + b * 8) + 1);
	wr(p + t->d.nbuckets * 8, rd(p + t->d.nbuckets * 8) + (uint64_t)v);
}

static void set_int(struct tmap *t, unsigned i, int64_t v)
{
	wr(tm_val(t, i, 0), (uint64_t)v);
}

static void set_str(struct tmap *t, unsigned i, const char *s)
{
	strncpy((char *)tm_val(t, i, 0), s, t->d.value_size);
}

static void repeat(void (*ev)(struct tmap *, unsigned, int64_t),
		   struct tmap *t, unsigned i, int64_t v, unsigned times)
{
	while (times--)
		ev(t, i, v);
}

/* mapprint's output; valid until the next call. */
static const char *run(struct tmap *t, unsigned top, uint64_t div)
{
	static char result[65536];
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	int rc = mapprint(out, &t->d, t->e, t->n, t->ncpu, top, div);

	fclose(out);
	snprintf(result, sizeof(result), "%s", rc < 0 ? "<error>" : buf);
	free(buf);
	return result;
}

/* mapprint_end's output over several maps. */
static const char *run_end(struct tmap **maps, unsigned n, unsigned ncpu)
{
	static char result[65536];
	struct map_desc d[16];
	const struct map_entry *e[16];
	size_t ne[16];
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	int rc;

	for (unsigned i = 0; i < n; i++) {
		d[i] = maps[i]->d;
		e[i] = maps[i]->e;
		ne[i] = maps[i]->n;
	}
	rc = mapprint_end(out, d, n, e, ne, ncpu);
	fclose(out);
	snprintf(result, sizeof(result), "%s", rc < 0 ? "<error>" : buf);
	free(buf);
	return result;
}

static void free_all(struct tmap **maps, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		free(maps[i]);
}

/* bpftrace -e 'BEGIN {
 *   @c = count(); @c = count(); @c = count();
 *   @k[3] = count(); @k[1] = count(); @k[1] = count(); @k[2] = count();
 *   @k[2] = count(); @k[2] = count();
 *   @ks["b"] = sum(5); @ks["a"] = sum(-3); @ks["ab"] = sum(-10);
 *   @t[1, "x"] = count(); @t[-2, "y"] = count(); @t[-2, "y"] = count();
 *   @t[7, "a"] = count(); @t[7, "a"] = count(); @t[7, "a"] = count();
 *   @sum = sum(-5); @sum = sum(2);
 *   @mn[1] = min(10); @mn[1] = min(4); @mn[2] = min(-7); @mn[3] = min(100);
 *   @mx[1] = max(10); @mx[1] = max(40); @mx[2] = max(7); @mx[3] = max(100);
 *   @avg = avg(-5); @avg = avg(2);
 *   @avk[1] = avg(10); @avk[1] = avg(21); @avk[2] = avg(-3); @avk[3] = avg(100);
 *   @st = stats(-5); @st = stats(2);
 *   @stk["x"] = stats(10); @stk["x"] = stats(21); @stk["y"] = stats(1);
 *   @str = "hello world"; @strk[2] = "two"; @strk[1] = "one";
 *   @strk[-1] = "minus";
 *   exit(); }' */
static void test_scalars_and_keys(void)
{
	struct tmap *m[13];
	unsigned n = 0, i;

	/* In an order other than by name: the end sorts them. */
	struct tmap *t = m[n++] = tm_new("@t", MK_COUNT, "is", 2);
	ev_count(t, tm_key(t, 1LL, "x"));
	ev_count(t, tm_key(t, -2LL, "y"));
	ev_count(t, tm_key(t, -2LL, "y"));
	for (unsigned j = 0; j < 3; j++)
		ev_count(t, tm_key(t, 7LL, "a"));
	CHECK_STR(run(t, 0, 0), "@t[1, x]: 1\n@t[-2, y]: 2\n@t[7, a]: 3\n");

	struct tmap *c = m[n++] = tm_new("@c", MK_COUNT, "", 2);
	i = tm_key(c);
	ev_count(c, i);
	ev_count(c, i);
	ev_count(c, i);
	CHECK_STR(run(c, 0, 0), "@c: 3\n");

	struct tmap *k = m[n++] = tm_new("@k", MK_COUNT, "i", 2);
	ev_count(k, tm_key(k, 3LL));
	ev_count(k, tm_key(k, 1LL));
	ev_count(k, tm_key(k, 1LL));
	for (unsigned j = 0; j < 3; j++)
		ev_count(k, tm_key(k, 2LL));
	CHECK_STR(run(k, 0, 0), "@k[3]: 1\n@k[1]: 2\n@k[2]: 3\n");

	struct tmap *ks = m[n++] = tm_new("@ks", MK_SUM, "s", 2);
	ev_sum(ks, tm_key(ks, "b"), 5);
	ev_sum(ks, tm_key(ks, "a"), -3);
	ev_sum(ks, tm_key(ks, "ab"), -10);
	CHECK_STR(run(ks, 0, 0), "@ks[ab]: -10\n@ks[a]: -3\n@ks[b]: 5\n");

	struct tmap *sum = m[n++] = tm_new("@sum", MK_SUM, "", 2);
	i = tm_key(sum);
	ev_sum(sum, i, -5);
	ev_sum(sum, i, 2);
	CHECK_STR(run(sum, 0, 0), "@sum: -3\n");

	struct tmap *mn = m[n++] = tm_new("@mn", MK_MIN, "i", 2);
	ev_minmax(mn, tm_key(mn, 1LL), 10);
	ev_minmax(mn, tm_key(mn, 1LL), 4);
	ev_minmax(mn, tm_key(mn, 2LL), -7);
	ev_minmax(mn, tm_key(mn, 3LL), 100);
	CHECK_STR(run(mn, 0, 0), "@mn[2]: -7\n@mn[1]: 4\n@mn[3]: 100\n");

	struct tmap *mx = m[n++] = tm_new("@mx", MK_MAX, "i", 2);
	ev_minmax(mx, tm_key(mx, 1LL), 10);
	ev_minmax(mx, tm_key(mx, 1LL), 40);
	ev_minmax(mx, tm_key(mx, 2LL), 7);
	ev_minmax(mx, tm_key(mx, 3LL), 100);
	CHECK_STR(run(mx, 0, 0), "@mx[2]: 7\n@mx[1]: 40\n@mx[3]: 100\n");

	struct tmap *avg = m[n++] = tm_new("@avg", MK_AVG, "", 2);
	i = tm_key(avg);
	ev_avg(avg, i, -5);
	ev_avg(avg, i, 2);
	/* -3 / 2: truncated toward zero. */
	CHECK_STR(run(avg, 0, 0), "@avg: -1\n\n");

	struct tmap *avk = m[n++] = tm_new("@avk", MK_AVG, "i", 2);
	ev_avg(avk, tm_key(avk, 1LL), 10);
	ev_avg(avk, tm_key(avk, 1LL), 21);
	ev_avg(avk, tm_key(avk, 2LL), -3);
	ev_avg(avk, tm_key(avk, 3LL), 100);
	CHECK_STR(run(avk, 0, 0), "@avk[2]: -3\n@avk[1]: 15\n@avk[3]: 100\n\n");

	struct tmap *st = m[n++] = tm_new("@st", MK_STATS, "", 2);
	i = tm_key(st);
	ev_avg(st, i, -5);
	ev_avg(st, i, 2);
	CHECK_STR(run(st, 0, 0), "@st: count 2, average -1, total -3\n\n");

	struct tmap *stk = m[n++] = tm_new("@stk", MK_STATS, "s", 2);
	ev_avg(stk, tm_key(stk, "x"), 10);
	ev_avg(stk, tm_key(stk, "x"), 21);
	ev_avg(stk, tm_key(stk, "y"), 1);
	CHECK_STR(run(stk, 0, 0),
		  "@stk[y]: count 1, average 1, total 1\n"
		  "@stk[x]: count 2, average 15, total 31\n\n");

	struct tmap *str = m[n++] = tm_new("@str", MK_STR, "", 2);
	set_str(str, tm_key(str), "hello world");
	CHECK_STR(run(str, 0, 0), "@str: hello world\n");

	struct tmap *strk = m[n++] = tm_new("@strk", MK_STR, "i", 2);
	set_str(strk, tm_key(strk, 2LL), "two");
	set_str(strk, tm_key(strk, 1LL), "one");
	set_str(strk, tm_key(strk, -1LL), "minus");
	/* By key, integers compared unsigned: -1 last. */
	CHECK_STR(run(strk, 0, 0), "@strk[1]: one\n@strk[2]: two\n@strk[-1]: minus\n");

	/* The end of that run. */
	CHECK_STR(run_end(m, n, 2),
		  "\n"
		  "\n"
		  "@avg: -1\n"
		  "\n"
		  "@avk[2]: -3\n"
		  "@avk[1]: 15\n"
		  "@avk[3]: 100\n"
		  "\n"
		  "@c: 3\n"
		  "@k[3]: 1\n"
		  "@k[1]: 2\n"
		  "@k[2]: 3\n"
		  "@ks[ab]: -10\n"
		  "@ks[a]: -3\n"
		  "@ks[b]: 5\n"
		  "@mn[2]: -7\n"
		  "@mn[1]: 4\n"
		  "@mn[3]: 100\n"
		  "@mx[2]: 7\n"
		  "@mx[1]: 40\n"
		  "@mx[3]: 100\n"
		  "@st: count 2, average -1, total -3\n"
		  "\n"
		  "@stk[y]: count 1, average 1, total 1\n"
		  "@stk[x]: count 2, average 15, total 31\n"
		  "\n"
		  "@str: hello world\n"
		  "@strk[1]: one\n"
		  "@strk[2]: two\n"
		  "@strk[-1]: minus\n"
		  "@sum: -3\n"
		  "@t[1, x]: 1\n"
		  "@t[-2, y]: 2\n"
		  "@t[7, a]: 3\n");
	free_all(m, n);
}

/* bpftrace -e 'BEGIN {
 *   @h = hist(-1);
 *   $i = 0; while ($i < 3) { @h = hist(0); $i++; }
 *   $i = 0; while ($i < 7) { @h = hist(1); $i++; }
 *   $i = 0; while ($i < 13) { @h = hist(5); $i++; }
 *   @h = hist(1025); @h = hist(1500);
 *   @h = hist(2000000);
 *   $i = 0; while ($i < 5) { @h = hist(3000000000); $i++; }
 *   @z = hist(0);
 *   @hk["read"] = hist(100); @hk["read"] = hist(200); @hk["read"] = hist(300);
 *   @hk["write"] = hist(4096); @hk["open"] = hist(1); @hk["open"] = hist(1);
 *   $i = 0; while ($i < 9) { @hk["open"] = hist(16); $i++; }
 *   @l = lhist(-5, 0, 100, 10); @l = lhist(5, 0, 100, 10);
 *   $i = 0; while ($i < 3) { @l = lhist(42, 0, 100, 10); $i++; }
 *   @l = lhist(100, 0, 100, 10); @l = lhist(1000, 0, 100, 10);
 *   @lk[1] = lhist(3000, 1024, 5120, 1024);
 *   @lm = lhist(1048576, 0, 3145728, 1048576);
 *   @lk[2] = lhist(1024, 1024, 5120, 1024); @lk[2] = lhist(1024, 1024, 5120, 1024);
 *   exit(); }' */
static void test_hists(void)
{
	static const char want_h[] =
		"@h: \n"
		"(..., 0)               1 |@@@@                                                |\n"
		"[0]                    3 |@@@@@@@@@@@@                                        |\n"
		"[1]                    7 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@                        |\n"
		"[2, 4)                 0 |                                                    |\n"
		"[4, 8)                13 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[8, 16)                0 |                                                    |\n"
		"[16, 32)               0 |                                                    |\n"
		"[32, 64)               0 |                                                    |\n"
		"[64, 128)              0 |                                                    |\n"
		"[128, 256)             0 |                                                    |\n"
		"[256, 512)             0 |                                                    |\n"
		"[512, 1K)              0 |                                                    |\n"
		"[1K, 2K)               2 |@@@@@@@@                                            |\n"
		"[2K, 4K)               0 |                                                    |\n"
		"[4K, 8K)               0 |                                                    |\n"
		"[8K, 16K)              0 |                                                    |\n"
		"[16K, 32K)             0 |                                                    |\n"
		"[32K, 64K)             0 |                                                    |\n"
		"[64K, 128K)            0 |                                                    |\n"
		"[128K, 256K)           0 |                                                    |\n"
		"[256K, 512K)           0 |                                                    |\n"
		"[512K, 1M)             0 |                                                    |\n"
		"[1M, 2M)               1 |@@@@                                                |\n"
		"[2M, 4M)               0 |                                                    |\n"
		"[4M, 8M)               0 |                                                    |\n"
		"[8M, 16M)              0 |                                                    |\n"
		"[16M, 32M)             0 |                                                    |\n"
		"[32M, 64M)             0 |                                                    |\n"
		"[64M, 128M)            0 |                                                    |\n"
		"[128M, 256M)           0 |                                                    |\n"
		"[256M, 512M)           0 |                                                    |\n"
		"[512M, 1G)             0 |                                                    |\n"
		"[1G, 2G)               0 |                                                    |\n"
		"[2G, 4G)               5 |@@@@@@@@@@@@@@@@@@@@                                |\n"
		"\n";
	static const char want_hk[] =
		"@hk[write]: \n"
		"[4K, 8K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n"
		"@hk[read]: \n"
		"[64, 128)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[128, 256)             1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[256, 512)             1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n"
		"@hk[open]: \n"
		"[1]                    2 |@@@@@@@@@@@                                         |\n"
		"[2, 4)                 0 |                                                    |\n"
		"[4, 8)                 0 |                                                    |\n"
		"[8, 16)                0 |                                                    |\n"
		"[16, 32)               9 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n";
	static const char want_l[] =
		"@l: \n"
		"(..., 0)               1 |@@@@@@@@@@@@@@@@@                                   |\n"
		"[0, 10)                1 |@@@@@@@@@@@@@@@@@                                   |\n"
		"[10, 20)               0 |                                                    |\n"
		"[20, 30)               0 |                                                    |\n"
		"[30, 40)               0 |                                                    |\n"
		"[40, 50)               3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[50, 60)               0 |                                                    |\n"
		"[60, 70)               0 |                                                    |\n"
		"[70, 80)               0 |                                                    |\n"
		"[80, 90)               0 |                                                    |\n"
		"[90, 100)              0 |                                                    |\n"
		"[100, ...)             2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@                  |\n"
		"\n";
	static const char want_lk[] =
		"@lk[1]: \n"
		"[2K, 3K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n"
		"@lk[2]: \n"
		"[1K, 2K)               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n";
	static const char want_lm[] =
		"@lm: \n"
		"[1M, 2M)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n";
	static const char want_z[] =
		"@z: \n"
		"[0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"\n";
	struct tmap *m[6];
	char want[16384];
	unsigned i;

	struct tmap *h = m[0] = tm_new("@h", MK_HIST, "", 3);
	i = tm_key(h);
	ev_hist(h, i, -1);
	repeat(ev_hist, h, i, 0, 3);
	repeat(ev_hist, h, i, 1, 7);
	repeat(ev_hist, h, i, 5, 13);
	ev_hist(h, i, 1025);
	ev_hist(h, i, 1500);
	ev_hist(h, i, 2000000);
	repeat(ev_hist, h, i, 3000000000LL, 5);
	CHECK_STR(run(h, 0, 0), want_h);

	struct tmap *z = m[1] = tm_new("@z", MK_HIST, "", 3);
	ev_hist(z, tm_key(z), 0);
	CHECK_STR(run(z, 0, 0), want_z);

	struct tmap *hk = m[2] = tm_new("@hk", MK_HIST, "s", 3);
	ev_hist(hk, tm_key(hk, "read"), 100);
	ev_hist(hk, tm_key(hk, "read"), 200);
	ev_hist(hk, tm_key(hk, "read"), 300);
	ev_hist(hk, tm_key(hk, "write"), 4096);
	repeat(ev_hist, hk, tm_key(hk, "open"), 1, 2);
	repeat(ev_hist, hk, tm_key(hk, "open"), 16, 9);
	CHECK_STR(run(hk, 0, 0), want_hk);

	struct tmap *l = m[3] = tm_new("@l", MK_LHIST, "", 3);
	tm_lhist(l, 0, 100, 10);
	i = tm_key(l);
	ev_lhist(l, i, -5);
	ev_lhist(l, i, 5);
	repeat(ev_lhist, l, i, 42, 3);
	ev_lhist(l, i, 100);
	ev_lhist(l, i, 1000);
	CHECK_STR(run(l, 0, 0), want_l);

	struct tmap *lk = m[4] = tm_new("@lk", MK_LHIST, "i", 3);
	tm_lhist(lk, 1024, 5120, 1024);
	ev_lhist(lk, tm_key(lk, 1LL), 3000);
	repeat(ev_lhist, lk, tm_key(lk, 2LL), 1024, 2);
	CHECK_STR(run(lk, 0, 0), want_lk);

	struct tmap *lm = m[5] = tm_new("@lm", MK_LHIST, "", 3);
	tm_lhist(lm, 0, 3145728, 1048576);
	ev_lhist(lm, tm_key(lm), 1048576);
	CHECK_STR(run(lm, 0, 0), want_lm);

	snprintf(want, sizeof(want), "\n\n%s%s%s%s%s%s", want_h, want_hk, want_l,
		 want_lk, want_lm, want_z);
	CHECK_STR(run_end(m, 6, 3), want);
	free_all(m, 6);
}

/* The bar is computed in float, as bpftrace does: 15 of 26 is 30 '@'
 * where double arithmetic gives 29.
 * bpftrace -e 'BEGIN { $i = 0; while ($i < 15) { @h = hist(1); $i++; }
 *   $i = 0; while ($i < 26) { @h = hist(5); $i++; } exit(); }' */
static void test_hist_bar_float(void)
{
	struct tmap *h = tm_new("@h", MK_HIST, "", 2);
	unsigned i = tm_key(h);

	repeat(ev_hist, h, i, 1, 15);
	repeat(ev_hist, h, i, 5, 26);
	CHECK_STR(run(h, 0, 0),
		  "@h: \n"
		  "[1]                   15 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@                      |\n"
		  "[2, 4)                 0 |                                                    |\n"
		  "[4, 8)                26 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n");
	free(h);
}

/* Beyond 0.17, whose log2 stops at 2^31: labels go on in powers of 1024
 * with T, P and E, as later bpftrace writes them. */
static void test_hist_big_labels(void)
{
	struct tmap *h = tm_new("@h", MK_HIST, "", 1);
	unsigned i = tm_key(h);

	ev_hist(h, i, 5000000000000LL);		/* 2^42.2 */
	CHECK_STR(run(h, 0, 0),
		  "@h: \n"
		  "[4T, 8T)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n");
	/* The last bucket, [2^63, 2^64): set by hand, int64 cannot be in it. */
	wr(tm_val(h, i, 0) + (2 + 42) * 8, 0);
	wr(tm_val(h, i, 0) + 65 * 8, 2);
	wr(tm_val(h, i, 0) + 61 * 8, 1);	/* 2^59 */
	CHECK_STR(run(h, 0, 0),
		  "@h: \n"
		  "[512P, 1E)             1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n"
		  "[1E, 2E)               0 |                                                    |\n"
		  "[2E, 4E)               0 |                                                    |\n"
		  "[4E, 8E)               0 |                                                    |\n"
		  "[8E, 16E)              2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n");
	free(h);
}

/* bpftrace -e 'BEGIN {
 *   @c[1] = count(); @c[2] = count(); @c[2] = count(); @c[3] = count();
 *   @c[3] = count(); @c[3] = count(); @c[4] = count(); ... (5 times)
 *   print(@c, 2); print(@c, 0, 2); print(@c, 3, 3); print(@c, 10);
 *   @x[1] = -7; @x[2] = 7; @x[3] = 9; print(@x, 2, 2);
 *   @s = sum(-7); print(@s, 0, 2);
 *   @h[1] = hist(3); @h[1] = hist(3); @h[1] = hist(3); @h[1] = hist(100);
 *   @h[2] = hist(8); @h[3] = hist(1); @h[3] = hist(1); print(@h, 2, 2);
 *   @l[1] = lhist(3, 0, 10, 1); (3 times) @l[2] = lhist(5, 0, 10, 1);
 *   print(@l, 1, 2);
 *   @a[1] = avg(10); @a[2] = avg(20); @a[3] = avg(-30);
 *   print(@a, 2, 3); print(@a, 0, 4);
 *   @t[1] = stats(10); @t[2] = stats(20); @t[3] = stats(-30); print(@t, 2, 3);
 *   @mn[1] = min(10); @mn[2] = min(21); print(@mn, 1, 2);
 *   @sv[1] = "a"; @sv[2] = "b"; @sv[3] = "c"; print(@sv, 2, 2);
 *   exit(); }'
 * top keeps the largest; div divides, signed where the value is; hist
 * counts are divided but their bars are not; lhist and stats ignore div,
 * stats ignores top too. */
static void test_top_div(void)
{
	struct tmap *c = tm_new("@c", MK_COUNT, "i", 2);

	for (long long k = 1; k <= 4; k++)
		for (long long j = 0; j < (k == 4 ? 5 : k); j++)
			ev_count(c, tm_key(c, k));
	CHECK_STR(run(c, 2, 0), "@c[3]: 3\n@c[4]: 5\n");
	CHECK_STR(run(c, 0, 2), "@c[1]: 0\n@c[2]: 1\n@c[3]: 1\n@c[4]: 2\n");
	CHECK_STR(run(c, 3, 3), "@c[2]: 0\n@c[3]: 1\n@c[4]: 1\n");
	CHECK_STR(run(c, 10, 1), "@c[1]: 1\n@c[2]: 2\n@c[3]: 3\n@c[4]: 5\n");
	free(c);

	struct tmap *x = tm_new("@x", MK_INT, "i", 1);
	set_int(x, tm_key(x, 1LL), -7);
	set_int(x, tm_key(x, 2LL), 7);
	set_int(x, tm_key(x, 3LL), 9);
	CHECK_STR(run(x, 2, 2), "@x[2]: 3\n@x[3]: 4\n");
	CHECK_STR(run(x, 0, 2), "@x[1]: -3\n@x[2]: 3\n@x[3]: 4\n");
	free(x);

	struct tmap *s = tm_new("@s", MK_SUM, "", 2);
	ev_sum(s, tm_key(s), -7);
	CHECK_STR(run(s, 0, 2), "@s: -3\n");
	free(s);

	struct tmap *h = tm_new("@h", MK_HIST, "i", 2);
	repeat(ev_hist, h, tm_key(h, 1LL), 3, 3);
	ev_hist(h, tm_key(h, 1LL), 100);
	ev_hist(h, tm_key(h, 2LL), 8);
	repeat(ev_hist, h, tm_key(h, 3LL), 1, 2);
	CHECK_STR(run(h, 2, 2),
		  "@h[3]: \n"
		  "[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n"
		  "@h[1]: \n"
		  "[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "[4, 8)                 0 |                                                    |\n"
		  "[8, 16)                0 |                                                    |\n"
		  "[16, 32)               0 |                                                    |\n"
		  "[32, 64)               0 |                                                    |\n"
		  "[64, 128)              0 |@@@@@@@@@@@@@@@@@                                   |\n"
		  "\n");
	free(h);

	struct tmap *l = tm_new("@l", MK_LHIST, "i", 2);
	tm_lhist(l, 0, 10, 1);
	repeat(ev_lhist, l, tm_key(l, 1LL), 3, 3);
	ev_lhist(l, tm_key(l, 2LL), 5);
	CHECK_STR(run(l, 1, 2),
		  "@l[1]: \n"
		  "[3, 4)                 3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n");
	free(l);

	struct tmap *a = tm_new("@a", MK_AVG, "i", 2);
	ev_avg(a, tm_key(a, 1LL), 10);
	ev_avg(a, tm_key(a, 2LL), 20);
	ev_avg(a, tm_key(a, 3LL), -30);
	CHECK_STR(run(a, 2, 3), "@a[1]: 3\n@a[2]: 6\n\n");
	CHECK_STR(run(a, 0, 4), "@a[3]: -7\n@a[1]: 2\n@a[2]: 5\n\n");
	free(a);

	struct tmap *t = tm_new("@t", MK_STATS, "i", 2);
	ev_avg(t, tm_key(t, 1LL), 10);
	ev_avg(t, tm_key(t, 2LL), 20);
	ev_avg(t, tm_key(t, 3LL), -30);
	CHECK_STR(run(t, 2, 3),
		  "@t[3]: count 1, average -30, total -30\n"
		  "@t[1]: count 1, average 10, total 10\n"
		  "@t[2]: count 1, average 20, total 20\n\n");
	free(t);

	struct tmap *mn = tm_new("@mn", MK_MIN, "i", 2);
	ev_minmax(mn, tm_key(mn, 1LL), 10);
	ev_minmax(mn, tm_key(mn, 2LL), 21);
	CHECK_STR(run(mn, 1, 2), "@mn[2]: 10\n");
	free(mn);

	struct tmap *sv = tm_new("@sv", MK_STR, "i", 1);
	set_str(sv, tm_key(sv, 1LL), "a");
	set_str(sv, tm_key(sv, 2LL), "b");
	set_str(sv, tm_key(sv, 3LL), "c");
	CHECK_STR(run(sv, 2, 2), "@sv[2]: b\n@sv[3]: c\n");
	free(sv);
}

/* Ties. hist, avg and stats: bpftrace's std::map gives key-byte order
 * (256 is 00 01 ..., before 1, 01 00 ...; -1 is ff ... last):
 * bpftrace -e 'BEGIN { @h[256] = hist(5); @h[1] = hist(6); @h[-1] = hist(6);
 *   @h[2] = hist(1); @s[256] = stats(5); @s[1] = stats(5); @s[-1] = stats(5);
 *   @s[2] = stats(1); exit(); }'
 * Other kinds: bpftrace leaves hash order; we use key order. */
static void test_ties(void)
{
	struct tmap *h = tm_new("@h", MK_HIST, "i", 2);
	ev_hist(h, tm_key(h, 256LL), 5);
	ev_hist(h, tm_key(h, 1LL), 6);
	ev_hist(h, tm_key(h, -1LL), 6);
	ev_hist(h, tm_key(h, 2LL), 1);
	CHECK_STR(run(h, 0, 0),
		  "@h[256]: \n"
		  "[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n"
		  "@h[1]: \n"
		  "[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n"
		  "@h[2]: \n"
		  "[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n"
		  "@h[-1]: \n"
		  "[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "\n");
	free(h);

	struct tmap *s = tm_new("@s", MK_STATS, "i", 2);
	ev_avg(s, tm_key(s, 256LL), 5);
	ev_avg(s, tm_key(s, 1LL), 5);
	ev_avg(s, tm_key(s, -1LL), 5);
	ev_avg(s, tm_key(s, 2LL), 1);
	CHECK_STR(run(s, 0, 0),
		  "@s[2]: count 1, average 1, total 1\n"
		  "@s[256]: count 1, average 5, total 5\n"
		  "@s[1]: count 1, average 5, total 5\n"
		  "@s[-1]: count 1, average 5, total 5\n\n");
	free(s);

	struct tmap *c = tm_new("@c", MK_COUNT, "i", 2);
	ev_count(c, tm_key(c, 256LL));
	ev_count(c, tm_key(c, 1LL));
	ev_count(c, tm_key(c, -1LL));
	ev_count(c, tm_key(c, 0LL));
	ev_count(c, tm_key(c, 3LL));
	ev_count(c, tm_key(c, 3LL));
	CHECK_STR(run(c, 0, 0), "@c[0]: 1\n@c[1]: 1\n@c[256]: 1\n@c[-1]: 1\n@c[3]: 2\n");
	free(c);

	/* Tuple keys: first part first; strings as strncmp. */
	struct tmap *t = tm_new("@t", MK_STR, "si", 1);
	set_str(t, tm_key(t, "b", 2LL), "x");
	set_str(t, tm_key(t, "b", 1LL), "y");
	set_str(t, tm_key(t, "ab", 5LL), "z");
	set_str(t, tm_key(t, "a", 9LL), "a");
	CHECK_STR(run(t, 0, 0), "@t[a, 9]: a\n@t[ab, 5]: z\n@t[b, 1]: y\n@t[b, 2]: x\n");
	free(t);
}

/* Empty maps still print their blank line(s), from print() as at the end:
 * bpftrace -e 'BEGIN { @e[1] = 1; delete(@e[1]); print(@e); exit(); }'
 * and clear() of each kind, then the end of the run. With no maps at all
 * the end prints two newlines: bpftrace -e 'BEGIN { exit(); }' */
static void test_empty(void)
{
	struct tmap *m[4];

	m[0] = tm_new("@e", MK_INT, "i", 1);
	m[1] = tm_new("@h", MK_HIST, "", 2);
	m[2] = tm_new("@s", MK_STATS, "i", 2);
	m[3] = tm_new("@a", MK_AVG, "", 2);
	CHECK_STR(run(m[0], 0, 0), "\n");
	CHECK_STR(run(m[1], 0, 0), "\n");
	CHECK_STR(run(m[2], 0, 0), "\n\n");
	CHECK_STR(run(m[3], 5, 2), "\n\n");
	CHECK_STR(run_end(m, 4, 2), "\n\n" "\n\n" "\n" "\n" "\n\n");
	CHECK_STR(run_end(m, 0, 2), "\n\n");
	free_all(m, 4);
}

/* zero() keeps the keys with zeroed values:
 * bpftrace -e 'BEGIN { @c = count(); @k[1] = count(); @h = hist(3);
 *   @hk[1] = hist(3); @s = stats(3); @x = 5; @xk[1] = 6; @str = "a";
 *   zero(@c); zero(@k); zero(@h); zero(@hk); zero(@s); zero(@x); zero(@xk);
 *   zero(@str); exit(); }' */
static void test_zeroed(void)
{
	struct tmap *m[8];

	m[0] = tm_new("@c", MK_COUNT, "", 2);
	tm_key(m[0]);
	m[1] = tm_new("@k", MK_COUNT, "i", 2);
	tm_key(m[1], 1LL);
	m[2] = tm_new("@h", MK_HIST, "", 2);
	tm_key(m[2]);
	m[3] = tm_new("@hk", MK_HIST, "i", 2);
	tm_key(m[3], 1LL);
	m[4] = tm_new("@s", MK_STATS, "", 2);
	tm_key(m[4]);
	m[5] = tm_new("@x", MK_INT, "", 2);
	tm_key(m[5]);
	m[6] = tm_new("@xk", MK_INT, "i", 2);
	tm_key(m[6], 1LL);
	m[7] = tm_new("@str", MK_STR, "", 2);
	tm_key(m[7]);
	CHECK_STR(run_end(m, 8, 2),
		  "\n"
		  "\n"
		  "@c: 0\n"
		  "@h: \n"
		  "\n"
		  "@hk[1]: \n"
		  "\n"
		  "@k[1]: 0\n"
		  "@s: count 0, average 0, total 0\n"
		  "\n"
		  "@str: \n"
		  "@x: 0\n"
		  "@xk[1]: 0\n");
	free_all(m, 8);

	/* A zeroed min()/max(): no CPU has a value, it prints 0 (as 0.17). */
	struct tmap *mn = tm_new("@mn", MK_MIN, "", 2);
	tm_key(mn);
	CHECK_STR(run(mn, 0, 0), "@mn: 0\n");
	free(mn);
}

/* Per-CPU merging over 4 CPUs, set by hand, including what bpftrace 0.17
 * gets wrong: a max() that only saw negative values prints (0.17 drops
 * it), and a CPU whose min/max is not set is ignored whatever its value. */
static void test_percpu(void)
{
	struct tmap *c = tm_new("@c", MK_COUNT, "u", 4);
	unsigned i = tm_key(c, -1LL), j = tm_key(c, 5LL);

	for (unsigned cpu = 0; cpu < 4; cpu++) {
		wr(tm_val(c, i, cpu), cpu + 1);		/* 10 */
		wr(tm_val(c, j, cpu), cpu == 2 ? 7 : 0);	/* 7 */
	}
	CHECK_STR(run(c, 0, 0), "@c[5]: 7\n@c[18446744073709551615]: 10\n");
	free(c);

	struct tmap *mx = tm_new("@mx", MK_MAX, "", 4);
	i = tm_key(mx);
	wr(tm_val(mx, i, 0), (uint64_t)-5);
	wr(tm_val(mx, i, 0) + 8, 1);
	wr(tm_val(mx, i, 1), 1000);			/* not set: ignored */
	wr(tm_val(mx, i, 3), (uint64_t)-3);
	wr(tm_val(mx, i, 3) + 8, 1);
	CHECK_STR(run(mx, 0, 0), "@mx: -3\n");
	free(mx);

	struct tmap *mn = tm_new("@mn", MK_MIN, "", 4);
	i = tm_key(mn);
	wr(tm_val(mn, i, 1), 40);
	wr(tm_val(mn, i, 1) + 8, 1);
	wr(tm_val(mn, i, 2), 12);
	wr(tm_val(mn, i, 2) + 8, 1);
	CHECK_STR(run(mn, 0, 0), "@mn: 12\n");
	free(mn);

	struct tmap *a = tm_new("@a", MK_AVG, "", 4);
	i = tm_key(a);
	for (unsigned cpu = 0; cpu < 4; cpu++) {
		wr(tm_val(a, i, cpu), (uint64_t)-(int64_t)(cpu * 10));	/* -60 */
		wr(tm_val(a, i, cpu) + 8, cpu);				/* 6 */
	}
	CHECK_STR(run(a, 0, 0), "@a: -10\n\n");
	free(a);

	struct tmap *h = tm_new("@h", MK_HIST, "", 4);
	i = tm_key(h);
	for (unsigned cpu = 0; cpu < 4; cpu++)
		wr(tm_val(h, i, cpu) + 2 * 8, 1);	/* [1]: 4 */
	wr(tm_val(h, i, 3) + 4 * 8, 2);			/* [4, 8): 2 */
	CHECK_STR(run(h, 0, 0),
		  "@h: \n"
		  "[1]                    4 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		  "[2, 4)                 0 |                                                    |\n"
		  "[4, 8)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n"
		  "\n");
	free(h);
}

static void test_errors(void)
{
	struct tmap *t = tm_new("@c", MK_COUNT, "i", 2);
	FILE *out = fopen("/dev/null", "w");

	tm_key(t, 1LL);
	t->d.value_size = 4;
	CHECK_INT(mapprint(out, &t->d, t->e, t->n, 2, 0, 0), -EINVAL);
	t->d.value_size = 8;
	CHECK_INT(mapprint(out, &t->d, t->e, t->n, 0, 0, 0), -EINVAL);
	t->parts[0].offset = 4;
	CHECK_INT(mapprint(out, &t->d, t->e, t->n, 2, 0, 0), -EINVAL);
	t->parts[0].offset = 0;
	CHECK_INT(mapprint(out, &t->d, t->e, t->n, 2, 0, 0), 0);
	fclose(out);
	free(t);
}

/* A map of integers prints, sorts and divides as its value's signedness:
 * bpftrace -e 'BEGIN { @u[1] = (uint64)5; @u[1] -= 10; @u[2] = (uint64)7;
 *   @s[1] = -5; @s[2] = 7; exit(); }' */
static void test_unsigned_values(void)
{
	struct tmap *u = tm_new("@u", MK_INT, "i", 1);
	struct tmap *s = tm_new("@s", MK_INT, "i", 1);

	u->d.value_unsigned = true;
	set_int(u, tm_key(u, 1LL), -5);
	set_int(u, tm_key(u, 2LL), 7);
	set_int(s, tm_key(s, 1LL), -5);
	set_int(s, tm_key(s, 2LL), 7);
	CHECK_STR(run(u, 0, 0), "@u[2]: 7\n@u[1]: 18446744073709551611\n");
	CHECK_STR(run(u, 0, 2), "@u[2]: 3\n@u[1]: 9223372036854775805\n");
	CHECK_STR(run(s, 0, 0), "@s[1]: -5\n@s[2]: 7\n");
	json_set_mode(true);
	CHECK_STR(run(u, 0, 0), "{\"type\": \"map\", \"data\": {\"@u\": "
		  "{\"2\": 7, \"1\": 18446744073709551611}}}\n");
	json_set_mode(false);
	free_all((struct tmap *[]){ u, s }, 2);
}

/* buf() values and keys: the byte count, then the bytes; bpftrace 0.17
 * prints bytes 32 to 126 as themselves and the others as \xNN:
 *   bpftrace -e 'BEGIN { @b[buf("k\n", 2)] = buf("a\tb", 3); exit(); }'
 *   @b[k\x0a]: a\x09b
 * and in JSON (-f json) that text as a string. %rx and %rh are later
 * bpftrace's: every byte in hex. */
static const char *buf_text(const char *bytes, unsigned n, unsigned size, char style)
{
	static char result[256];
	unsigned char v[64] = { 0 };
	uint64_t len = n;
	char *text = NULL;
	size_t tl = 0;
	FILE *f = open_memstream(&text, &tl);

	memcpy(v, &len, 8);
	memcpy(v + 8, bytes, n);
	print_buf(f, v, size, style);
	fclose(f);
	snprintf(result, sizeof(result), "%s", text);
	free(text);
	return result;
}

static void test_buf_values(void)
{
	unsigned char key[2][16] = { { 0 } }, val[2][16] = { { 0 } };
	struct key_part kp = { .kind = KEY_BUF, .offset = 0, .size = 10 };
	/* the second part only for the check that a value has one part */
	struct key_part vp[2] = { { .kind = KEY_BUF, .offset = 0, .size = 11 },
				  { .kind = KEY_INT, .offset = 8, .size = 8 } };
	struct map_desc d = { .name = "@b", .kind = MK_VALUE, .key = &kp, .nkey = 1,
			      .key_size = 16, .value_size = 16, .vals = vp, .nvals = 1,
			      .max_entries = 16 };
	struct map_entry e[2] = { { key[0], val[0] }, { key[1], val[1] } };
	uint64_t len;
	char *text = NULL;
	size_t tl = 0;
	FILE *f;

	CHECK_STR(buf_text("Hi\0\x7f~", 5, 16, 0), "Hi\\x00\\x7f~");
	CHECK_STR(buf_text("Hi\0", 3, 16, 'x'), "\\x48\\x69\\x00");
	CHECK_STR(buf_text("Hi\n", 3, 16, 'h'), "48 69 0a");
	/* a count past the slot prints only the slot's bytes */
	CHECK_STR(buf_text("abcd", 4, 10, 0), "ab");
	CHECK_STR(buf_text("", 0, 16, 'h'), "");

	len = 2;
	memcpy(key[0], &len, 8);
	memcpy(key[0] + 8, "k\n", 2);
	len = 3;
	memcpy(val[0], &len, 8);
	memcpy(val[0] + 8, "a\tb", 3);
	len = 1;
	memcpy(key[1], &len, 8);
	memcpy(key[1] + 8, "a", 1);
	len = 0;
	memcpy(val[1], &len, 8);
	f = open_memstream(&text, &tl);
	CHECK_INT(mapprint(f, &d, e, 2, 1, 0, 0), 0);
	fclose(f);
	/* sorted by key, as string values are */
	CHECK_STR(text, "@b[a]: \n@b[k\\x0a]: a\\x09b\n");
	free(text);
	json_set_mode(true);
	f = open_memstream(&text, &tl);
	CHECK_INT(mapprint(f, &d, e, 2, 1, 0, 0), 0);
	fclose(f);
	CHECK_STR(text, "{\"type\": \"map\", \"data\": {\"@b\": "
		  "{\"a\": \"\", \"k\\\\x0a\": \"a\\\\x09b\"}}}\n");
	free(text);
	json_set_mode(false);
	/* a buffer part shorter than its count, or a value of two parts */
	kp.size = 7;
	CHECK_INT(map_desc_check(&d, 1), -EINVAL);
	kp.size = 10;
	d.nvals = 2;
	CHECK_INT(map_desc_check(&d, 1), -EINVAL);
	d.nvals = 1;
	CHECK_INT(map_desc_check(&d, 1), 0);
}

/* JSON strings, byte for byte as bpftrace 0.17 escapes them, found with
 *   printf '\001...\377' > f; bpftrace -f json -e 'BEGIN { cat("f"); exit(); }'
 * except from 0x80 up: 0.17 writes \uffffff80 ... \uffffffff (its char is
 * signed), which no reader decodes back; tpscript keeps those bytes. */
static void test_json_strings(void)
{
	char in[256], *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct buf want = { 0 };

	for (int c = 1; c < 256; c++)
		in[c - 1] = (char)c;
	json_string(f, in, 255);
	fclose(f);
	buf_append(&want, "\"", 1);
	for (int c = 1; c < 256; c++) {
		if (c == '"' || c == '\\')
			buf_printf(&want, "\\%c", c);
		else if (c == '\n' || c == '\r' || c == '\t')
			buf_printf(&want, "\\%c", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
		else if (c < 0x20)
			buf_printf(&want, "\\u%04x", c);
		else
			buf_append(&want, &(char){ (char)c }, 1);
	}
	buf_append(&want, "\"", 2);
	CHECK_STR(text, want.data);
	/* The control characters spelled out, as 0.17 printed them. */
	CHECK(!strncmp(text, "\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\t\\n"
		       "\\u000b\\u000c\\r\\u000e\\u000f\\u0010", 85));
	free(text);
	buf_free(&want);
}

/* The runtime's events in JSON mode, as bpftrace 0.17 writes them. */
static void test_json_event(void)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	CHECK_INT(json_event(f, "attached_probes", "{\"probes\": %u}", 3u), 0);
	CHECK_INT(json_event(f, "lost_events", "{\"events\": %llu}", 12ull), 0);
	fclose(f);
	CHECK_STR(text, "{\"type\": \"attached_probes\", \"data\": {\"probes\": 3}}\n"
		  "{\"type\": \"lost_events\", \"data\": {\"events\": 12}}\n");
	free(text);
	json_set_mode(true);
	CHECK(json_mode());
	json_set_mode(false);
	CHECK(!json_mode());
}

int main(void)
{
	test_scalars_and_keys();
	test_hists();
	test_hist_bar_float();
	test_hist_big_labels();
	test_top_div();
	test_ties();
	test_empty();
	test_zeroed();
	test_percpu();
	test_errors();
	test_unsigned_values();
	test_buf_values();
	test_json_strings();
	test_json_event();
	return check_done();
}
