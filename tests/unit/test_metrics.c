// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_metrics.c - the Prometheus exposition of maps: names, types,
 * labels, escaping, histogram buckets, the limit, the tracer's health.
 *
 *   test_metrics          the checks
 *   test_metrics --page   print a page with every kind of map (for
 *                         promtool check metrics, in tests/CMakeLists.txt) */
#define _GNU_SOURCE
#include "check.h"
#include "output/metrics.h"

#include <stdlib.h>
#include <string.h>

#define NCPU 2
#define MAXENT 8

/* A map under test: description, keys and per-CPU values. */
struct tmap {
	struct map_desc d;
	struct key_part parts[3];
	unsigned char keys[MAXENT][64];
	unsigned char vals[MAXENT][NCPU * 80 * 8];
	struct map_entry e[MAXENT];
	size_t n;
};

/* spec: one letter a key part: 'i' s64, 'u' u64, 's' 16-byte string;
 * names: the parts' expression names (NULL: none). */
static struct tmap *tm_new(const char *name, enum map_kind kind, const char *spec,
			   const char *const *names)
{
	struct tmap *t = calloc(1, sizeof(*t));
	unsigned off = 0;

	t->d.name = name;
	t->d.kind = kind;
	t->d.percpu = kind != MK_INT && kind != MK_STR && kind != MK_TUPLE;
	for (unsigned i = 0; spec[i]; i++) {
		struct key_part *k = &t->parts[i];

		k->kind = spec[i] == 's' ? KEY_STR : KEY_INT;
		k->is_signed = spec[i] == 'i';
		k->offset = off;
		k->size = spec[i] == 's' ? 16 : 8;
		k->name = names ? names[i] : NULL;
		off += k->size;
	}
	t->d.nkey = (unsigned)strlen(spec);
	t->d.key = t->d.nkey ? t->parts : NULL;
	t->d.key_size = off ? off : 8;
	switch (kind) {
	case MK_INT: case MK_COUNT: case MK_SUM:
		t->d.value_size = 8;
		break;
	case MK_STR:
		t->d.value_size = 16;
		break;
	case MK_MIN: case MK_MAX:
		t->d.value_size = sizeof(struct agg_minmax);
		break;
	case MK_AVG: case MK_STATS:
		t->d.value_size = sizeof(struct agg_avg);
		break;
	case MK_HIST:
		t->d.nbuckets = HIST_BUCKETS;
		t->d.value_size = (HIST_BUCKETS + 1) * 8;
		break;
	default:
		break;
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

/* A new entry; key parts as for tm_new's spec: long long or const char *. */
static unsigned tm_add(struct tmap *t, ...)
{
	va_list ap;
	unsigned i = (unsigned)t->n++;

	va_start(ap, t);
	for (unsigned p = 0; p < t->d.nkey; p++) {
		struct key_part *k = &t->parts[p];

		if (k->kind == KEY_STR) {
			strncpy((char *)t->keys[i] + k->offset, va_arg(ap, const char *), k->size - 1);
		} else {
			long long v = va_arg(ap, long long);

			memcpy(t->keys[i] + k->offset, &v, 8);
		}
	}
	va_end(ap);
	t->e[i].key = t->keys[i];
	t->e[i].values = t->vals[i];
	return i;
}

/* 8 bytes at byte offset off of entry i's value on cpu, added to. */
static void tm_addv(struct tmap *t, unsigned i, unsigned cpu, unsigned off, int64_t v)
{
	unsigned char *p = t->vals[i] + cpu * t->d.value_size + off;
	uint64_t cur;

	memcpy(&cur, p, 8);
	cur += (uint64_t)v;
	memcpy(p, &cur, 8);
}

/* hist(): record value x on cpu, as the kernel does. */
static void tm_hist(struct tmap *t, unsigned i, unsigned cpu, int64_t x)
{
	unsigned b;

	if (x < 0)
		b = 0;
	else if (x == 0)
		b = 1;
	else
		b = 2 + (63 - (unsigned)__builtin_clzll((unsigned long long)x));
	tm_addv(t, i, cpu, b * 8, 1);
	tm_addv(t, i, cpu, t->d.nbuckets * 8, x);
}

static void tm_lhist_add(struct tmap *t, unsigned i, unsigned cpu, int64_t x)
{
	unsigned b = x < t->d.lhist_min ? 0 : x >= t->d.lhist_max ? t->d.nbuckets - 1
		   : (unsigned)((x - t->d.lhist_min) / t->d.lhist_step) + 1;

	tm_addv(t, i, cpu, b * 8, 1);
	tm_addv(t, i, cpu, t->d.nbuckets * 8, x);
}

/* The family of t as the page shows it, NUL-terminated; *dropped gets
 * what the limit left out. */
static char *family(struct tmap *t, const char *base, unsigned limit, long *dropped)
{
	struct buf b = { 0 };
	long rc = metrics_write_map(&b, base, &t->d, t->e, t->n, NCPU, limit);

	if (dropped)
		*dropped = rc;
	buf_append(&b, "", 1);
	return b.data;
}

/* The line of page starting with prefix, without its newline. */
static const char *line(const char *page, const char *prefix)
{
	static char out[512];
	size_t n = strlen(prefix);

	for (const char *p = page; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		if (!strncmp(p, prefix, n)) {
			const char *e = strchr(p, '\n');
			size_t len = e ? (size_t)(e - p) : strlen(p);

			snprintf(out, sizeof(out), "%.*s", (int)len, p);
			return out;
		}
	}
	return "(none)";
}

static unsigned count_lines(const char *page, const char *prefix)
{
	unsigned n = 0;
	size_t len = strlen(prefix);

	for (const char *p = page; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		n += !strncmp(p, prefix, len);
	return n;
}

static void test_count(void)
{
	const char *names[] = { "comm", NULL };
	struct tmap *t = tm_new("@opens", MK_COUNT, "si", names);
	char *page;
	long dropped;

	t->d.origin = "-e:1: @opens[comm, args.flags & 3] = count()";
	unsigned a = tm_add(t, "cat", 0LL), b = tm_add(t, "a\"b\\c\nd", -2LL);
	tm_addv(t, a, 0, 0, 3);
	tm_addv(t, a, 1, 0, 4);
	tm_addv(t, b, 1, 0, 1);
	page = family(t, "tpscript_opens", 0, &dropped);
	CHECK_STR(page,
		  "# HELP tpscript_opens_total -e:1: @opens[comm, args.flags & 3] = count()\n"
		  "# TYPE tpscript_opens_total counter\n"
		  "tpscript_opens_total{comm=\"cat\",key1=\"0\"} 7\n"
		  "tpscript_opens_total{comm=\"a\\\"b\\\\c\\nd\",key1=\"-2\"} 1\n");
	CHECK_INT(dropped, 0);
	free(page);

	/* The limit keeps the first entries and says how many it left. */
	page = family(t, "tpscript_opens", 1, &dropped);
	CHECK_INT(dropped, 1);
	CHECK_INT(count_lines(page, "tpscript_opens_total{"), 1);
	free(page);
	free(t);
}

static void test_utf8(void)
{
	const char *names[] = { "filename" };
	struct tmap *t = tm_new("@f", MK_COUNT, "s", names);
	char *page;

	/* a bad byte, a good two-byte sequence, a cut three-byte one, an
	 * overlong '/' */
	tm_addv(t, tm_add(t, "x\xff" "\xc3\xa9" "\xe2\x82" "\xc0\xaf"), 0, 0, 1);
	page = family(t, "tpscript_f", 0, NULL);
	CHECK_STR(line(page, "tpscript_f_total{"),
		  "tpscript_f_total{filename=\"x\xef\xbf\xbd\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd"
		  "\xef\xbf\xbd\xef\xbf\xbd\"} 1");
	free(page);
	free(t);

	/* keys that differ only in bytes that are not UTF-8 are one series */
	t = tm_new("@f", MK_MIN, "s", names);
	unsigned a = tm_add(t, "a\xfe"), b = tm_add(t, "b"), c = tm_add(t, "a\xff");
	tm_addv(t, a, 0, 0, 5);
	tm_addv(t, a, 0, offsetof(struct agg_minmax, set), 1);
	tm_addv(t, b, 0, 0, 7);
	tm_addv(t, b, 0, offsetof(struct agg_minmax, set), 1);
	tm_addv(t, c, 1, 0, 3);
	tm_addv(t, c, 1, offsetof(struct agg_minmax, set), 1);
	page = family(t, "tpscript_f", 0, NULL);
	CHECK_STR(page, "# HELP tpscript_f @f\n# TYPE tpscript_f gauge\n"
		  "tpscript_f{filename=\"a\xef\xbf\xbd\"} 3\n"
		  "tpscript_f{filename=\"b\"} 7\n");
	free(page);
	free(t);
}

static void test_gauges(void)
{
	struct tmap *t;
	char *page;

	/* sum(): a counter when it only grows, a gauge otherwise */
	t = tm_new("@bytes", MK_SUM, "", NULL);
	t->d.array = true;
	tm_addv(t, tm_add(t), 0, 0, 4096);
	t->d.grows = true;
	page = family(t, "tpscript_bytes", 0, NULL);
	CHECK_STR(line(page, "# TYPE"), "# TYPE tpscript_bytes_total counter");
	CHECK_STR(line(page, "tpscript_bytes"), "tpscript_bytes_total 4096");
	CHECK_STR(line(page, "# HELP"), "# HELP tpscript_bytes_total @bytes");
	free(page);
	t->d.grows = false;
	tm_addv(t, 0, 1, 0, -5000);
	page = family(t, "tpscript_bytes", 0, NULL);
	CHECK_STR(line(page, "# TYPE"), "# TYPE tpscript_bytes gauge");
	CHECK_STR(line(page, "tpscript_bytes"), "tpscript_bytes -904");
	free(page);
	free(t);

	/* avg(): the exact average, NaN when there is none */
	const char *pid[] = { "pid" };
	t = tm_new("@lat", MK_AVG, "u", pid);
	unsigned a = tm_add(t, 1LL), b = tm_add(t, 2LL);
	tm_addv(t, a, 0, offsetof(struct agg_avg, sum), 7);
	tm_addv(t, a, 0, offsetof(struct agg_avg, count), 1);
	tm_addv(t, a, 1, offsetof(struct agg_avg, sum), 0);
	tm_addv(t, a, 1, offsetof(struct agg_avg, count), 1);
	(void)b;
	page = family(t, "tpscript_lat", 0, NULL);
	CHECK_STR(line(page, "tpscript_lat{pid=\"1\"}"), "tpscript_lat{pid=\"1\"} 3.5");
	CHECK_STR(line(page, "tpscript_lat{pid=\"2\"}"), "tpscript_lat{pid=\"2\"} NaN");
	free(page);
	free(t);

	/* max(): the CPUs that saw a value */
	t = tm_new("@hi", MK_MAX, "", NULL);
	a = tm_add(t);
	tm_addv(t, a, 0, 0, -9);
	tm_addv(t, a, 0, offsetof(struct agg_minmax, set), 1);
	page = family(t, "tpscript_hi", 0, NULL);
	CHECK_STR(line(page, "tpscript_hi "), "tpscript_hi -9");
	free(page);
	free(t);

	/* stats(): a summary without quantiles, and the average */
	t = tm_new("@sz", MK_STATS, "", NULL);
	a = tm_add(t);
	tm_addv(t, a, 0, offsetof(struct agg_avg, sum), 10);
	tm_addv(t, a, 1, offsetof(struct agg_avg, sum), 20);
	tm_addv(t, a, 0, offsetof(struct agg_avg, count), 3);
	tm_addv(t, a, 1, offsetof(struct agg_avg, count), 1);
	page = family(t, "tpscript_sz", 0, NULL);
	CHECK_STR(page,
		  "# HELP tpscript_sz @sz\n"
		  "# TYPE tpscript_sz summary\n"
		  "tpscript_sz_sum 30\n"
		  "tpscript_sz_count 4\n"
		  "# HELP tpscript_sz_average The average of tpscript_sz: its _sum / _count.\n"
		  "# TYPE tpscript_sz_average gauge\n"
		  "tpscript_sz_average 7.5\n");
	free(page);
	free(t);

	/* strings and tuples: info gauges */
	t = tm_new("@last", MK_STR, "", NULL);
	memcpy(t->vals[tm_add(t)], "bash", 5);
	page = family(t, "tpscript_last", 0, NULL);
	CHECK_STR(line(page, "tpscript_last"), "tpscript_last_info{value=\"bash\"} 1");
	CHECK_STR(line(page, "# TYPE"), "# TYPE tpscript_last_info gauge");
	free(page);
	free(t);
}

static void test_hist(void)
{
	const char *names[] = { "comm" };
	struct tmap *t = tm_new("@us", MK_HIST, "s", names);
	unsigned a = tm_add(t, "dd");
	char *page;

	tm_hist(t, a, 0, -3);
	tm_hist(t, a, 1, 0);
	tm_hist(t, a, 0, 1);
	tm_hist(t, a, 1, 5);
	tm_hist(t, a, 0, 7);
	tm_hist(t, a, 1, 1000);
	page = family(t, "tpscript_us", 0, NULL);
	CHECK_STR(line(page, "# TYPE"), "# TYPE tpscript_us histogram");
	/* every bucket but [2^63, 2^64): 65, then +Inf */
	CHECK_INT(count_lines(page, "tpscript_us_bucket{"), 66);
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"-1\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"-1\"} 1");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"0\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"0\"} 2");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"1\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"1\"} 3");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"3\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"3\"} 3");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"7\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"7\"} 5");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"511\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"511\"} 5");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"1023\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"1023\"} 6");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"9223372036854775807\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"9223372036854775807\"} 6");
	CHECK_STR(line(page, "tpscript_us_bucket{comm=\"dd\",le=\"+Inf\"}"),
		  "tpscript_us_bucket{comm=\"dd\",le=\"+Inf\"} 6");
	CHECK_STR(line(page, "tpscript_us_sum"), "tpscript_us_sum{comm=\"dd\"} 1010");
	CHECK_STR(line(page, "tpscript_us_count"), "tpscript_us_count{comm=\"dd\"} 6");
	free(page);
	free(t);

	/* lhist(x, 0, 100, 10): le -1, 9, 19 ... 99, +Inf; a key named le
	 * cannot be a histogram's label */
	const char *le[] = { "le" };
	t = tm_new("@pct", MK_LHIST, "u", le);
	tm_lhist(t, 0, 100, 10);
	a = tm_add(t, 4LL);
	tm_lhist_add(t, a, 0, -1);
	tm_lhist_add(t, a, 1, 15);
	tm_lhist_add(t, a, 0, 19);
	tm_lhist_add(t, a, 1, 100);
	page = family(t, "tpscript_pct", 0, NULL);
	CHECK_INT(count_lines(page, "tpscript_pct_bucket{"), 12);
	CHECK_STR(line(page, "tpscript_pct_bucket{key0=\"4\",le=\"-1\"}"),
		  "tpscript_pct_bucket{key0=\"4\",le=\"-1\"} 1");
	CHECK_STR(line(page, "tpscript_pct_bucket{key0=\"4\",le=\"9\"}"),
		  "tpscript_pct_bucket{key0=\"4\",le=\"9\"} 1");
	CHECK_STR(line(page, "tpscript_pct_bucket{key0=\"4\",le=\"19\"}"),
		  "tpscript_pct_bucket{key0=\"4\",le=\"19\"} 3");
	CHECK_STR(line(page, "tpscript_pct_bucket{key0=\"4\",le=\"99\"}"),
		  "tpscript_pct_bucket{key0=\"4\",le=\"99\"} 3");
	CHECK_STR(line(page, "tpscript_pct_bucket{key0=\"4\",le=\"+Inf\"}"),
		  "tpscript_pct_bucket{key0=\"4\",le=\"+Inf\"} 4");
	CHECK_STR(line(page, "tpscript_pct_sum"), "tpscript_pct_sum{key0=\"4\"} 133");
	free(page);
	free(t);

	/* zeroed: every bucket 0 */
	t = tm_new("@z", MK_HIST, "", NULL);
	tm_add(t);
	page = family(t, "tpscript_z", 0, NULL);
	CHECK_STR(line(page, "tpscript_z_bucket{le=\"+Inf\"}"), "tpscript_z_bucket{le=\"+Inf\"} 0");
	CHECK_STR(line(page, "tpscript_z_count"), "tpscript_z_count 0");
	free(page);
	free(t);
}

static void test_labels(void)
{
	/* camelCase becomes snake_case; a repeat, a reserved or an invalid
	 * name becomes keyN; keyN steps aside for a part named so */
	const char *n1[] = { "fileName", "fileName", "__x" };
	struct tmap *t = tm_new("@a", MK_INT, "uuu", n1);
	char *page;

	tm_add(t, 1LL, 2LL, 3LL);
	page = family(t, "tpscript_a", 0, NULL);
	CHECK_STR(line(page, "tpscript_a{"), "tpscript_a{file_name=\"1\",key1=\"2\",key2=\"3\"} 0");
	free(page);
	free(t);

	const char *n2[] = { "key1", NULL };
	t = tm_new("@b", MK_INT, "uu", n2);
	tm_add(t, 1LL, 2LL);
	page = family(t, "tpscript_b", 0, NULL);
	CHECK_STR(line(page, "tpscript_b{"), "tpscript_b{key1=\"1\",key1_=\"2\"} 0");
	free(page);
	free(t);
}

static void test_names(void)
{
	struct map_desc maps[5] = {
		{ .name = "@", .kind = MK_COUNT },
		{ .name = "@bytesRead", .kind = MK_SUM },
		{ .name = "@lost_events", .kind = MK_COUNT },
		{ .name = "@map", .kind = MK_COUNT },
		{ .name = "@x_bucket", .kind = MK_INT },
	};
	struct map_desc more[2] = {
		{ .name = "@x", .kind = MK_HIST },
		{ .name = "@x_bucket", .kind = MK_INT },
	};
	struct metrics_names mn;

	metrics_names_init(&mn, maps, 5);
	CHECK_STR(mn.base[0], "tpscript_map_2");	/* @ yields to @map */
	CHECK_STR(mn.base[1], "tpscript_bytes_read");
	CHECK_STR(mn.base[2], "tpscript_lost_events_2");	/* the tracer's own */
	CHECK_STR(mn.base[3], "tpscript_map");
	CHECK_STR(mn.base[4], "tpscript_x_bucket");
	metrics_names_free(&mn);
	metrics_names_init(&mn, more, 2);
	CHECK_STR(mn.base[0], "tpscript_x");
	CHECK_STR(mn.base[1], "tpscript_x_bucket_2");	/* the histogram's series */
	metrics_names_free(&mn);
}

static void test_health(void)
{
	struct map_desc maps[1] = { { .name = "@x", .kind = MK_COUNT } };
	uint64_t full[1] = { 5 }, dropped[1] = { 2 };
	const char *probes[2] = { "tracepoint:sched:sched_switch", "usdt:/bin/a\"b:p:n" };
	uint64_t missed[2] = { 7, 0 };
	struct metrics_health h = { .lost = 3, .map_full = full, .dropped = dropped, .probes = 4,
				    .probe_names = probes, .missed = missed, .nprobes = 2 };
	struct buf b = { 0 };

	metrics_write_health(&b, maps, 1, &h);
	buf_append(&b, "", 1);
	CHECK_STR(line(b.data, "tpscript_lost_events_total "), "tpscript_lost_events_total 3");
	CHECK_STR(line(b.data, "tpscript_map_full_total{"), "tpscript_map_full_total{map=\"@x\"} 5");
	CHECK_STR(line(b.data, "tpscript_probes_attached "), "tpscript_probes_attached 4");
	CHECK_STR(line(b.data, "tpscript_series_dropped{"), "tpscript_series_dropped{map=\"@x\"} 2");
	CHECK_STR(line(b.data, "tpscript_missed_events_total{"),
		  "tpscript_missed_events_total{probe=\"tracepoint:sched:sched_switch\"} 7");
	CHECK_STR(line(b.data, "tpscript_missed_events_total{probe=\"usdt"),
		  "tpscript_missed_events_total{probe=\"usdt:/bin/a\\\"b:p:n\"} 0");
	buf_free(&b);
}

/* Every kind on one page, for promtool. */
static int print_page(void)
{
	struct tmap *t[8];
	const char *comm[] = { "comm", "pid" };
	unsigned n = 0;

	t[n] = tm_new("@", MK_COUNT, "s", comm);
	tm_addv(t[n], tm_add(t[n], "a\"\\\n\xff"), 0, 0, 2);
	n++;
	t[n] = tm_new("@bytes", MK_SUM, "", NULL);
	t[n]->d.grows = true;
	tm_addv(t[n], tm_add(t[n]), 0, 0, 10);
	n++;
	t[n] = tm_new("@ret", MK_SUM, "si", comm);
	tm_addv(t[n], tm_add(t[n], "x", -1LL), 1, 0, -10);
	n++;
	t[n] = tm_new("@avg_size", MK_AVG, "", NULL);
	tm_add(t[n]);
	n++;
	t[n] = tm_new("@sizes", MK_STATS, "u", NULL);
	tm_addv(t[n], tm_add(t[n], 1LL), 0, 8, 1);
	n++;
	t[n] = tm_new("@lat", MK_HIST, "si", comm);
	tm_hist(t[n], tm_add(t[n], "b", 2LL), 0, 100);
	n++;
	t[n] = tm_new("@pct", MK_LHIST, "", NULL);
	tm_lhist(t[n], 0, 100, 10);
	tm_lhist_add(t[n], tm_add(t[n]), 0, 50);
	n++;
	t[n] = tm_new("@who", MK_STR, "u", NULL);
	memcpy(t[n]->vals[tm_add(t[n], 7LL)], "root", 5);
	n++;

	struct map_desc maps[8];
	for (unsigned i = 0; i < n; i++)
		maps[i] = t[i]->d;
	struct metrics_names mn;
	struct buf b = { 0 };
	uint64_t zeros[8] = { 0 };
	const char *probes[1] = { "tracepoint:block:block_rq_issue" };
	struct metrics_health h = { .map_full = zeros, .dropped = zeros, .probes = 1,
				    .probe_names = probes, .missed = zeros, .nprobes = 1 };

	metrics_names_init(&mn, maps, n);
	for (unsigned i = 0; i < n; i++)
		metrics_write_map(&b, mn.base[i], &t[i]->d, t[i]->e, t[i]->n, NCPU, 0);
	metrics_write_health(&b, maps, n, &h);
	fwrite(b.data, 1, b.len, stdout);
	buf_free(&b);
	metrics_names_free(&mn);
	for (unsigned i = 0; i < n; i++)
		free(t[i]);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--page"))
		return print_page();
	test_count();
	test_utf8();
	test_gauges();
	test_hist();
	test_labels();
	test_names();
	test_health();
	return check_done();
}
