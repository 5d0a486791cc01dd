// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* metrics.c - the script's maps as Prometheus metrics, in the text
 * exposition format 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/).
 *
 * One family per map, named by metrics_names_init(). Its # HELP says where
 * the script writes the map; its # TYPE follows the map's kind:
 *
 *   count()               counter    NAME_total
 *   sum(x)                counter    NAME_total, when no x can be negative
 *                         gauge      NAME, otherwise
 *   avg/min/max, @m = n   gauge      NAME (avg: sum / count, not truncated;
 *                                    NaN once zero() emptied it)
 *   stats(x)              summary    NAME_sum, NAME_count (no quantiles),
 *                         gauge      NAME_average
 *   hist(x), lhist(...)   histogram  NAME_bucket{le}, NAME_sum, NAME_count
 *   @m = "s", @m = (a, b) gauge      NAME_info{value="s"} 1 (tuples:
 *   @m = buf(), strftime()           value0, value1...; the others as
 *                                    they print)
 *
 * Histogram buckets are the ones the map prints, made cumulative. Values
 * are integers, so bpftrace's [lo, hi) is le="hi - 1": hist() has
 * le="-1" (negative values), "0", "1", "3", "7" ... "2^63 - 1", "+Inf";
 * lhist(x, min, max, step) has le="min - 1", "min + step - 1" ...
 * "max - 1", "+Inf". Every series of a family has every bucket, so that
 * sum by (le) across series and hosts stays right.
 *
 * Keys become labels named after the key expressions the checker saw
 * (key_part.name: comm, pid, filename for args.filename and
 * str(args.filename)...), in snake case; a part without a name, with a
 * name that is not a valid label name, or reserved (le, quantile, a
 * repeat) is key0, key1... by position. Label values are the keys as the
 * map prints them (a kernel stack: its frames, one a line), as UTF-8 with
 * \, " and newline escaped.
 *
 * Keys that print alike (two addresses in one function, strings that
 * differ only in bytes that are not UTF-8) make one series: their values
 * merge as the CPUs' do (min of mins, sums of counts...).
 *
 * A map with more entries than the limit serves the first ones (mapread()
 * gives them in key-byte order) and says how many it left out in
 * tpscript_series_dropped{map}: a page never grows without bound. */
#define _GNU_SOURCE
#include "metrics.h"

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symbols.h"

/* The tracer's own metrics: no map's family may take these names. */
static const char *const health_names[] = {
	"tpscript_lost_events_total", "tpscript_map_full_total",
	"tpscript_probes_attached", "tpscript_series_dropped",
	"tpscript_missed_events_total",
};

enum family {
	F_COUNTER,
	F_GAUGE,
	F_HIST,
	F_SUMMARY,
	F_INFO,
};

static enum family family_of(const struct map_desc *m)
{
	switch (m->kind) {
	case MK_COUNT:
		return F_COUNTER;
	case MK_SUM:
		return m->grows ? F_COUNTER : F_GAUGE;
	case MK_HIST: case MK_LHIST:
		return F_HIST;
	case MK_STATS:
		return F_SUMMARY;
	case MK_STR: case MK_TUPLE: case MK_VALUE:
		return F_INFO;
	default:
		return F_GAUGE;
	}
}

/* The sample (and family) names a family of this kind takes. */
static unsigned claimed_names(enum family f, const char *base, char out[4][300])
{
	static const char *const suffix[][4] = {
		[F_COUNTER] = { "_total" },
		[F_GAUGE] = { "" },
		[F_HIST] = { "", "_bucket", "_sum", "_count" },
		[F_SUMMARY] = { "", "_sum", "_count", "_average" },
		[F_INFO] = { "_info" },
	};
	unsigned n = 0;

	for (unsigned i = 0; i < 4 && suffix[f][i]; i++)
		snprintf(out[n++], 300, "%s%s", base, suffix[f][i]);
	return n;
}

/* "bytesRead" -> "bytes_read": promtool asks for snake case. */
static void snake_case(char *out, size_t len, const char *s)
{
	size_t o = 0;

	for (size_t i = 0; s[i] && o + 2 < len; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z') {
			if (i && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
				  (s[i - 1] >= '0' && s[i - 1] <= '9')))
				out[o++] = '_';
			c = (char)(c - 'A' + 'a');
		} else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
			c = '_';
		}
		out[o++] = c;
	}
	out[o] = '\0';
}

struct taken {
	char (*names)[300];
	unsigned n, cap;
};

static bool is_taken(const struct taken *t, const char *name)
{
	for (unsigned i = 0; i < t->n; i++)
		if (!strcmp(t->names[i], name))
			return true;
	return false;
}

static void take(struct taken *t, const char *name)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->names = xrealloc(t->names, t->cap * sizeof(*t->names));
	}
	snprintf(t->names[t->n++], 300, "%s", name);
}

static char *name_one(struct taken *t, const struct map_desc *m)
{
	char snake[200], base[260], claim[4][300];
	const char *name = m->name && m->name[0] == '@' ? m->name + 1 : m->name ? m->name : "";

	snake_case(snake, sizeof(snake), *name ? name : "map");
	snprintf(base, sizeof(base), "tpscript_%s", snake);
	for (unsigned suffix = 2;; suffix++) {
		unsigned n = claimed_names(family_of(m), base, claim);
		bool clash = false;

		for (unsigned i = 0; i < n; i++)
			clash |= is_taken(t, claim[i]);
		if (!clash) {
			for (unsigned i = 0; i < n; i++)
				take(t, claim[i]);
			return xstrdup(base);
		}
		snprintf(base, sizeof(base), "tpscript_%s_%u", snake, suffix);
	}
}

void metrics_names_init(struct metrics_names *mn, const struct map_desc *maps,
			unsigned nmaps)
{
	struct taken t = { 0 };

	for (unsigned i = 0; i < sizeof(health_names) / sizeof(health_names[0]); i++)
		take(&t, health_names[i]);
	mn->n = nmaps;
	mn->base = xcalloc(nmaps ? nmaps : 1, sizeof(*mn->base));
	/* Named maps first, so that @map keeps tpscript_map and @ yields. */
	for (unsigned pass = 0; pass < 2; pass++)
		for (unsigned i = 0; i < nmaps; i++) {
			bool anon = !maps[i].name || !strcmp(maps[i].name, "@");

			if (anon == (pass == 1))
				mn->base[i] = name_one(&t, &maps[i]);
		}
	free(t.names);
}

void metrics_names_free(struct metrics_names *mn)
{
	for (unsigned i = 0; mn->base && i < mn->n; i++)
		free(mn->base[i]);
	free(mn->base);
	mn->base = NULL;
	mn->n = 0;
}

/* ---- writing --------------------------------------------------------- */

static void put(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

static void put_c(struct buf *b, char c)
{
	buf_append(b, &c, 1);
}

static void put_u64(struct buf *b, uint64_t v)
{
	char tmp[24];
	char *p = tmp + sizeof(tmp);

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	buf_append(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

static void put_i64(struct buf *b, int64_t v)
{
	if (v < 0) {
		put_c(b, '-');
		put_u64(b, (uint64_t)0 - (uint64_t)v);
	} else {
		put_u64(b, (uint64_t)v);
	}
}

/* The shortest text that reads back as d. */
static void put_double(struct buf *b, double d)
{
	char tmp[40];

	if (isnan(d)) {
		put(b, "NaN");
		return;
	}
	if (isinf(d)) {
		put(b, d > 0 ? "+Inf" : "-Inf");
		return;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	put(b, tmp);
}

/* The length of the valid UTF-8 sequence at s (at most n bytes), 0 if
 * none starts there. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return len;
}

/* s as UTF-8 with \ and newline escaped, and " too when quote. True if
 * a byte that was not UTF-8 had to be replaced. */
static bool put_escaped(struct buf *b, const char *s, size_t n, bool quote)
{
	bool lossy = false;
	const unsigned char *u = (const unsigned char *)s;
	size_t run = 0;		/* bytes at u[i - run, i) to copy as they are */
	size_t i = 0;

	while (i < n && u[i]) {
		unsigned char c = u[i];
		size_t len = c < 0x80 ? 1 : utf8_len(u + i, n - i);
		const char *esc = !len ? "\xef\xbf\xbd"		/* U+FFFD */
				: c == '\\' ? "\\\\" : c == '\n' ? "\\n"
				: c == '"' && quote ? "\\\"" : NULL;

		if (!esc) {
			run += len;
			i += len;
			continue;
		}
		buf_append(b, s + i - run, run);
		run = 0;
		put(b, esc);
		lossy |= !len;
		i += len ? len : 1;
	}
	buf_append(b, s + i - run, run);
	return lossy;
}

void metrics_label_value(struct buf *page, const char *s, size_t n)
{
	put_escaped(page, s, n, true);
}

static void put_header(struct buf *b, const char *name, const char *help, const char *type)
{
	put(b, "# HELP ");
	put(b, name);
	put_c(b, ' ');
	put_escaped(b, help, strlen(help), false);
	put(b, "\n# TYPE ");
	put(b, name);
	put_c(b, ' ');
	put(b, type);
	put_c(b, '\n');
}

/* ---- labels ---------------------------------------------------------- */

#define LABEL_MAX 64

static bool valid_label(const char *s)
{
	if (!*s || (s[0] == '_' && s[1] == '_') || (s[0] >= '0' && s[0] <= '9'))
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

/* The label names of m's key parts (and, for a string or tuple value,
 * the value's), into names[nkey + nvalue][LABEL_MAX]. */
static void label_names(const struct map_desc *m, enum family f, char (*names)[LABEL_MAX],
			unsigned nvalue)
{
	unsigned n = m->nkey + nvalue;

	for (unsigned i = 0; i < nvalue; i++) {
		if (m->kind == MK_STR || m->kind == MK_VALUE)
			snprintf(names[m->nkey + i], LABEL_MAX, "value");
		else
			snprintf(names[m->nkey + i], LABEL_MAX, "value%u", i);
	}
	/* The key expressions' own names, where they make good labels... */
	for (unsigned i = 0; i < m->nkey; i++) {
		char *name = names[i];
		bool ok;

		snake_case(name, LABEL_MAX, m->key[i].name ? m->key[i].name : "");
		ok = valid_label(name) && strlen(name) < LABEL_MAX - 16 &&
		     !(f == F_HIST && !strcmp(name, "le")) &&
		     !(f == F_SUMMARY && !strcmp(name, "quantile"));
		for (unsigned j = 0; ok && j < n; j++)
			if ((j < i || j >= m->nkey) && !strcmp(names[j], name))
				ok = false;
		if (!ok)
			name[0] = '\0';
	}
	/* ... and keyN for the others, with '_' added until unique (a part
	 * named "key1" may come first). */
	for (unsigned i = 0; i < m->nkey; i++) {
		if (names[i][0])
			continue;
		snprintf(names[i], LABEL_MAX, "key%u", i);
		for (unsigned j = 0; j < n; j++)
			if (j != i && !strcmp(names[i], names[j]) &&
			    strlen(names[i]) < LABEL_MAX - 1) {
				strcat(names[i], "_");
				j = (unsigned)-1;	/* look at them all again */
			}
	}
}

/* Text a symbol printer writes (kernel symbols and stacks), reused for
 * every label of a page. */
struct sym_text {
	FILE *f;
	char *data;
	size_t len;
};

/* One key part as the map prints it. True if its text lost bytes that
 * were not UTF-8. */
static bool put_part(struct buf *b, const struct key_part *k, const unsigned char *base,
		     struct sym_text *st)
{
	const unsigned char *p = base + k->offset;
	const struct sym_printer *sp = sym_printer_get();

	switch (k->kind) {
	case KEY_STR:
		return put_escaped(b, (const char *)p, strnlen((const char *)p, k->size), true);
	case KEY_INET: {
		struct tp_inet in;
		char text[INET6_ADDRSTRLEN];

		memcpy(&in, p, sizeof(in));
		if (inet_ntop(in.af == 10 ? AF_INET6 : AF_INET, in.addr, text, sizeof(text)))
			put(b, text);
		return false;
	}
	case KEY_KSYM:
	case KEY_KSTACK:
	case KEY_TUPLE:
	case KEY_BUF:
	case KEY_USYM:
	case KEY_TIME:
	case KEY_NAMED:
	case KEY_STRUCT:
		if (!sp && (k->kind == KEY_KSYM || k->kind == KEY_KSTACK))
			break;
		if (!st->f && !(st->f = open_memstream(&st->data, &st->len)))
			break;
		rewind(st->f);
		if (k->kind == KEY_TUPLE) {	/* "(a, b)", as the map prints it */
			fputc('(', st->f);
			map_print_parts(st->f, k->elems, k->nelems, p);
			fputc(')', st->f);
		} else if (k->kind == KEY_BUF || k->kind == KEY_TIME || k->kind == KEY_USYM ||
			   k->kind == KEY_NAMED) {
			map_print_parts(st->f, k, 1, base);
		} else if (k->kind == KEY_STRUCT) {	/* as a key prints: {.a=1,.b=2} */
			print_shape(st->f, p, k->shape, true, 0);
		} else if (k->kind == KEY_KSYM)
			sp->ksym(st->f, map_key_uint(p, 8), sp->ctx);
		else
			sp->kstack(st->f, map_key_uint(p, 8), 0, k->frames, k->user_stack, sp->ctx);
		if (fflush(st->f) != 0)
			break;
		/* A stack: "\nframe\nframe"; the label drops the first "\n". */
		const char *t = st->data;
		size_t len = (size_t)ftell(st->f);

		if (len && t[0] == '\n')
			t++, len--;
		return put_escaped(b, t, len, true);
	case KEY_BOOL:
		put(b, map_key_uint(p, k->size) ? "true" : "false");
		return false;
	case KEY_INT:
		break;
	}
	if (k->is_signed)
		put_i64(b, map_key_int(p, k->size));
	else
		put_u64(b, map_key_uint(p, k->size));
	return false;
}

/* name="value",... for one entry, without braces. True if some text
 * lost bytes that were not UTF-8. */
static bool put_labels(struct buf *b, const struct map_desc *m, char (*names)[LABEL_MAX],
		       const unsigned char *key, const unsigned char *value, unsigned nvalue,
		       struct sym_text *st)
{
	bool lossy = false;

	for (unsigned i = 0; i < m->nkey + nvalue; i++) {
		if (i)
			put_c(b, ',');
		put(b, names[i]);
		put(b, "=\"");
		if (i < m->nkey)
			lossy |= put_part(b, &m->key[i], key, st);
		else if (m->kind == MK_STR)
			lossy |= put_escaped(b, (const char *)value,
					     strnlen((const char *)value, m->value_size), true);
		else
			lossy |= put_part(b, &m->vals[i - m->nkey], value, st);
		put_c(b, '"');
	}
	return lossy;
}

/* name{labels} or name{labels,extra}, then a space. */
static void put_series(struct buf *b, const char *base, const char *suffix,
		       const struct buf *labels, const char *extra)
{
	put(b, base);
	put(b, suffix);
	if (labels->len || extra) {
		put_c(b, '{');
		if (labels->len)
			buf_append(b, labels->data, labels->len);
		if (extra) {
			if (labels->len)
				put_c(b, ',');
			put(b, extra);
		}
		put_c(b, '}');
	}
	put_c(b, ' ');
}

/* The le of bucket i (not the last, which is +Inf). */
static void bucket_le(char *out, size_t len, const struct map_desc *m, unsigned i)
{
	if (m->kind == MK_HIST) {
		/* [0] negatives, [1] zero, [2 + k] [2^k, 2^(k+1)) */
		int64_t le = i == 0 ? -1 : i == 1 ? 0 : (int64_t)((UINT64_C(1) << (i - 1)) - 1);

		snprintf(out, len, "le=\"%" PRId64 "\"", le);
		return;
	}
	/* [0] below min, [1 + j] [min + j*step, min + (j+1)*step); unsigned
	 * arithmetic, as mapprint's labels */
	uint64_t le = (uint64_t)m->lhist_min + (uint64_t)i * (uint64_t)m->lhist_step - 1;

	snprintf(out, len, "le=\"%" PRId64 "\"", (int64_t)le);
}

/* The buckets a histogram family shows before +Inf: all but the last
 * (lhist()'s [max, ...); hist()'s [2^63, 2^64), which no signed value
 * reaches). */
static unsigned finite_buckets(const struct map_desc *m)
{
	return m->nbuckets - 1;
}

/* One series (one histogram) of the page: its labels and its values
 * merged across CPUs, and across the entries whose keys print alike. */
struct series {
	size_t labels;		/* offset of its labels in the label text */
	size_t len;
	struct map_value v;	/* v.buckets: nbuckets counts of its own */
	const char *text;	/* for sorting: the label text */
};

static int cmp_series(const void *a, const void *b)
{
	const struct series *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->text + x->labels, y->text + y->labels, n);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* y's values into x's: two keys that print alike (two addresses in one
 * function, strings that differ only in bytes that are not UTF-8) are
 * one series, as Prometheus wants each label set once. */
static void merge_into(const struct map_desc *m, struct map_value *x, const struct map_value *y)
{
	switch (m->kind) {
	case MK_MIN:
		x->v = y->v < x->v ? y->v : x->v;
		break;
	case MK_MAX:
		x->v = y->v > x->v ? y->v : x->v;
		break;
	case MK_HIST:
	case MK_LHIST:
		for (unsigned i = 0; i < m->nbuckets; i++)
			x->buckets[i] += y->buckets[i];
		/* fall through */
	default:
		x->v = (int64_t)((uint64_t)x->v + (uint64_t)y->v);
		x->u += y->u;
		x->sum = (int64_t)((uint64_t)x->sum + (uint64_t)y->sum);
		x->count += y->count;
		break;
	}
}

static void put_value(struct buf *page, struct buf *extra, const char *base,
		      const struct map_desc *m, enum family f, const struct series *sr,
		      const struct buf *labels)
{
	const struct map_value *v = &sr->v;

	switch (f) {
	case F_COUNTER:
		put_series(page, base, "_total", labels, NULL);
		if (m->kind == MK_COUNT)
			put_u64(page, v->u);
		else
			put_i64(page, v->v);
		break;
	case F_GAUGE:
		put_series(page, base, "", labels, NULL);
		if (m->kind == MK_AVG)
			put_double(page, v->count ? (double)v->sum / (double)v->count : NAN);
		else if (m->kind == MK_INT && m->value_unsigned)
			put_u64(page, (uint64_t)v->v);
		else
			put_i64(page, v->v);
		break;
	case F_INFO:
		put_series(page, base, "_info", labels, NULL);
		put_c(page, '1');
		break;
	case F_SUMMARY:
		put_series(page, base, "_sum", labels, NULL);
		put_i64(page, v->sum);
		put_c(page, '\n');
		put_series(page, base, "_count", labels, NULL);
		put_u64(page, v->count);
		put_series(extra, base, "_average", labels, NULL);
		put_double(extra, v->count ? (double)v->sum / (double)v->count : NAN);
		put_c(extra, '\n');
		break;
	case F_HIST: {
		uint64_t cum = 0;
		char le[48];

		for (unsigned b = 0; b < finite_buckets(m); b++) {
			cum += v->buckets[b];
			bucket_le(le, sizeof(le), m, b);
			put_series(page, base, "_bucket", labels, le);
			put_u64(page, cum);
			put_c(page, '\n');
		}
		put_series(page, base, "_bucket", labels, "le=\"+Inf\"");
		put_u64(page, v->u);
		put_c(page, '\n');
		put_series(page, base, "_sum", labels, NULL);
		put_i64(page, v->sum);
		put_c(page, '\n');
		put_series(page, base, "_count", labels, NULL);
		put_u64(page, v->u);
		break;
	}
	}
	put_c(page, '\n');
}

static void put_family_header(struct buf *page, struct buf *extra, const char *base,
			      const struct map_desc *m, enum family f)
{
	const char *help = m->origin ? m->origin : m->name;
	char name[300];

	switch (f) {
	case F_COUNTER:
		snprintf(name, sizeof(name), "%s_total", base);
		put_header(page, name, help, "counter");
		break;
	case F_GAUGE:
		put_header(page, base, help, "gauge");
		break;
	case F_HIST:
		put_header(page, base, help, "histogram");
		break;
	case F_SUMMARY:
		put_header(page, base, help, "summary");
		snprintf(name, sizeof(name), "%s_average", base);
		put(extra, "# HELP ");
		put(extra, name);
		put(extra, " The average of ");
		put(extra, base);
		put(extra, ": its _sum / _count.\n# TYPE ");
		put(extra, name);
		put(extra, " gauge\n");
		break;
	case F_INFO:
		snprintf(name, sizeof(name), "%s_info", base);
		put_header(page, name, help, "gauge");
		break;
	}
}

long metrics_write_map(struct buf *page, const char *base, const struct map_desc *m,
		       const struct map_entry *e, size_t n, unsigned ncpu,
		       unsigned limit)
{
	enum family f = family_of(m);
	unsigned nvalue = m->kind == MK_STR || m->kind == MK_VALUE ? 1
			  : m->kind == MK_TUPLE ? m->nvals : 0;
	char (*names)[LABEL_MAX] = NULL;
	struct buf text = { 0 }, extra = { 0 }, one = { 0 };
	struct sym_text st = { 0 };
	struct series *sr = NULL;
	uint64_t *buckets = NULL;
	size_t shown = limit && n > limit ? limit : n, nsr = 0;
	bool alike = false;	/* two keys may print alike */
	int err;

	err = map_desc_check(m, ncpu);
	if (err)
		return err;
	if (!m->percpu)
		ncpu = 1;
	for (size_t i = 0; i < shown; i++)
		if (!e[i].values || (m->nkey && !e[i].key))
			return -EINVAL;
	names = xcalloc(m->nkey + nvalue + 1, sizeof(*names));
	label_names(m, f, names, nvalue);
	buf_append(&text, "", 0);	/* text.data is never NULL */
	for (unsigned i = 0; i < m->nkey; i++)
		alike |= m->key[i].kind == KEY_KSYM || m->key[i].kind == KEY_KSTACK ||
			 m->key[i].kind == KEY_TUPLE || m->key[i].kind == KEY_TIME ||
			 m->key[i].kind == KEY_NAMED ||
			 m->key[i].kind == KEY_USYM || m->key[i].kind == KEY_STRUCT;
	sr = xcalloc(shown ? shown : 1, sizeof(*sr));
	if (f == F_HIST)
		buckets = xcalloc(shown ? shown * m->nbuckets : 1, sizeof(*buckets));

	for (size_t i = 0; i < shown; i++) {
		struct series *s = &sr[nsr++];

		s->v.buckets = buckets ? buckets + i * m->nbuckets : NULL;
		map_value_merge(m, e[i].values, ncpu, &s->v);
		s->labels = text.len;
		alike |= put_labels(&text, m, names, e[i].key, e[i].values, nvalue, &st);
		s->len = text.len - s->labels;
	}
	/* Keys that print alike make one series. */
	if (alike && nsr > 1) {
		size_t out = 0;

		for (size_t i = 0; i < nsr; i++)
			sr[i].text = text.data;
		qsort(sr, nsr, sizeof(*sr), cmp_series);
		for (size_t i = 0; i < nsr; i++) {
			if (out && !cmp_series(&sr[out - 1], &sr[i]))
				merge_into(m, &sr[out - 1].v, &sr[i].v);
			else
				sr[out++] = sr[i];
		}
		nsr = out;
	}
	put_family_header(page, &extra, base, m, f);
	for (size_t i = 0; i < nsr; i++) {
		one.data = text.data + sr[i].labels;
		one.len = sr[i].len;
		put_value(page, &extra, base, m, f, &sr[i], &one);
	}
	if (extra.len)
		buf_append(page, extra.data, extra.len);
	if (st.f)
		fclose(st.f);
	free(st.data);
	buf_free(&text);
	buf_free(&extra);
	free(buckets);
	free(sr);
	free(names);
	return (long)(n - shown);
}

/* One series a map, labelled by the map's name: vals[i] (0 without vals). */
static void put_per_map(struct buf *page, const char *family, const struct map_desc *maps,
			unsigned nmaps, const uint64_t *vals)
{
	for (unsigned i = 0; i < nmaps; i++) {
		put(page, family);
		put(page, "{map=\"");
		put_escaped(page, maps[i].name, strlen(maps[i].name), true);
		put(page, "\"} ");
		put_u64(page, vals ? vals[i] : 0);
		put_c(page, '\n');
	}
}

void metrics_write_health(struct buf *page, const struct map_desc *maps, unsigned nmaps,
			  const struct metrics_health *h)
{
	put_header(page, "tpscript_lost_events_total",
		   "Records lost: the ring buffer was full (events came faster than they were read).",
		   "counter");
	put(page, "tpscript_lost_events_total ");
	put_u64(page, h->lost);
	put_c(page, '\n');
	put_header(page, "tpscript_map_full_total",
		   "Updates a map refused because it was full (BPFTRACE_MAP_KEYS_MAX).", "counter");
	put_per_map(page, "tpscript_map_full_total", maps, nmaps, h->map_full);
	put_header(page, "tpscript_probes_attached", "Probes attached.", "gauge");
	put(page, "tpscript_probes_attached ");
	put_u64(page, h->probes);
	put_c(page, '\n');
	put_header(page, "tpscript_series_dropped",
		   "Entries of a map left out of this page: more than --metrics-limit.", "gauge");
	put_per_map(page, "tpscript_series_dropped", maps, nmaps, h->dropped);
	put_header(page, "tpscript_missed_events_total",
		   "Events the kernel gave no program of the probe: it starts none while "
		   "another BPF program runs on the same CPU.", "counter");
	for (unsigned i = 0; i < h->nprobes; i++) {
		put(page, "tpscript_missed_events_total{probe=\"");
		put_escaped(page, h->probe_names[i], strlen(h->probe_names[i]), true);
		put(page, "\"} ");
		put_u64(page, h->missed[i]);
		put_c(page, '\n');
	}
}
