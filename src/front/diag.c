// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* diag.c - located diagnostics in the compilers' shape:
 *
 *   script.tp:3:15: error: tracepoint syscalls:sys_enter_openat has no field 'filname'
 *       printf("%s\n", str(args.filname));
 *                           ^~~~~~~~~~~~
 *     hint: did you mean 'filename'?
 */
#include "diag.h"
#include "report.h"
#include "util.h"

#include <stdarg.h>
#include <string.h>

/* Long lines (a 200 KB generated one-liner) are clipped to a window around
 * the column so a diagnostic stays a few lines long. */
#define CLIP_WIDTH 100

void diag_init(struct diag *d, const struct source *src, FILE *out)
{
	memset(d, 0, sizeof(*d));
	d->src = src;
	d->out = out;
	d->color = report_color(out);
}

/* A message quotes names from the script: a 200 KB identifier must not
 * make a 200 KB message. Longer ones are cut and end in "...". */
#define MSG_MAX 511
#define HINT_MAX 1023

/* Find line number `line` (1-based) in the source: start and length. */
static bool find_line(const struct source *src, int line, const char **start,
		      size_t *len)
{
	const char *p = src->text, *end = src->text + src->len;

	for (int l = 1; l < line; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));

		if (!nl)
			return false;
		p = nl + 1;
	}
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*start = p;
	*len = nl ? (size_t)(nl - p) : (size_t)(end - p);
	return true;
}

/* The length of the valid UTF-8 sequence of 2 to 4 bytes at s, else 0. */
static size_t utf8_len(const char *s, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = u[0] >= 0xf0 && u[0] < 0xf5 ? 4 : u[0] >= 0xe0 ? 3 : u[0] >= 0xc2 && u[0] < 0xe0 ? 2 : 0;

	if (!n || n > max)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((u[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

static void print_excerpt(struct diag *d, const struct loc *loc)
{
	const char *line;
	size_t len;

	if (!d->src || !d->src->text || loc->first_line < 1 ||
	    !find_line(d->src, loc->first_line, &line, &len) || len == 0)
		return;
	size_t col = loc->first_column > 0 ? (size_t)loc->first_column - 1 : 0;
	size_t last = loc->last_line == loc->first_line && loc->last_column > 0
		? (size_t)loc->last_column - 1 : len ? len - 1 : 0;
	if (col > len)
		col = len;
	if (last < col)
		last = col;
	if (last >= len && len)
		last = len - 1;

	size_t from = 0, to = len;
	if (len > CLIP_WIDTH) {
		from = col > CLIP_WIDTH / 2 ? col - CLIP_WIDTH / 2 : 0;
		to = from + CLIP_WIDTH < len ? from + CLIP_WIDTH : len;
		if (last >= to)
			last = to ? to - 1 : 0;
	}
	const char *pre = from > 0 ? "..." : "";
	fprintf(d->out, "    %s", pre);
	for (size_t i = from; i < to; i++) {
		unsigned char c = (unsigned char)line[i];
		size_t n = utf8_len(line + i, to - i);

		/* Control bytes, NULs and broken UTF-8 would garble the
		 * terminal: each shows as one '?', keeping the caret aligned. */
		if (n > 1) {
			fwrite(line + i, 1, n, d->out);
			i += n - 1;
		} else {
			fputc(c == '\t' || (c >= 0x20 && c < 0x7f) ? c : '?', d->out);
		}
	}
	fprintf(d->out, "%s\n    %s", to < len ? "..." : "", pre[0] ? "   " : "");
	for (size_t i = from; i < col; i++)
		fputc(line[i] == '\t' ? '\t' : ' ', d->out);
	if (d->color)
		fputs("\033[1;32m", d->out);
	fputc('^', d->out);
	for (size_t i = col + 1; i <= last && i < to; i++)
		fputc('~', d->out);
	if (d->color)
		fputs("\033[0m", d->out);
	fputc('\n', d->out);
}

void diag_excerpt(FILE *out, const struct source *src, const struct loc *loc)
{
	struct diag d = { .src = src, .out = out };

	print_excerpt(&d, loc);
}

void diag_report(struct diag *d, enum diag_level lvl, const struct loc *loc,
		 const char *fmt, ...)
{
	va_list ap;

	d->dropped = lvl == DIAG_ERROR && d->demote == DEMOTE_DROP;
	if (d->dropped)
		return;
	if (lvl == DIAG_ERROR && d->demote == DEMOTE_WARN)
		lvl = DIAG_WARNING;
	if (lvl == DIAG_ERROR)
		d->errors++;
	else if (lvl == DIAG_WARNING)
		d->warnings++;
	d->hushed = lvl == DIAG_WARNING && report_no_warnings();
	if (d->hushed)
		return;
	/* A script with thousands of errors gets the first ones: the rest
	 * would bury them (and find_line is not free). */
	if (d->errors + d->warnings > DIAG_MAX) {
		if (!d->silenced)
			fprintf(d->out, "tpscript: too many errors; stopping the list here\n");
		d->silenced = true;
		return;
	}
	if (loc && d->src)
		fprintf(d->out, "%s:%d:%d: ", d->src->name, loc->first_line,
			loc->first_column);
	else
		fputs("tpscript: ", d->out);
	va_start(ap, fmt);
	report_vput(d->out, d->color, lvl == DIAG_ERROR ? REPORT_ERROR : REPORT_WARNING,
		    MSG_MAX, fmt, ap);
	va_end(ap);
	if (loc)
		print_excerpt(d, loc);
	/* In a macro's body: name each call that led here, innermost first
	 * (a chain of expansions is at most the macro nesting limit). */
	for (unsigned id = loc ? loc->exp : 0, n = 0; id && n < 64; n++) {
		const struct diag_exp *e = d->exps;

		while (e && e->id != id)
			e = e->next;
		if (!e)
			break;
		if (e->std)
			diag_hint(d, "in %s(), a macro of tpscript's library", e->macro);
		else
			diag_hint(d, "in macro %s(), called at %s:%d:%d", e->macro,
				  d->src ? d->src->name : "-", e->call.first_line,
				  e->call.first_column);
		id = e->call.exp;
	}
}

void diag_hint(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	if (d->silenced || d->dropped || d->hushed)
		return;
	va_start(ap, fmt);
	report_vput(d->out, d->color, REPORT_HINT, HINT_MAX, fmt, ap);
	va_end(ap);
}

void diag_plain(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	d->errors++;
	fputs("tpscript: ", d->out);
	va_start(ap, fmt);
	report_vput(d->out, d->color, REPORT_ERROR, 0, fmt, ap);
	va_end(ap);
}

/* Up to three names in list closest to want, as a hint. */
void diag_suggest(struct diag *d, char **list, const char *prefix, const char *want)
{
	const char *best[3] = { 0 };
	size_t bestd[3] = { 0 }, cap = strlen(want) / 3 + 2;

	for (char **p = list; p && *p; p++) {
		size_t d = edit_distance(want, *p, cap);

		if (d > cap)
			continue;
		for (int i = 0; i < 3; i++) {
			if (!best[i] || d < bestd[i]) {
				for (int j = 2; j > i; j--) {
					best[j] = best[j - 1];
					bestd[j] = bestd[j - 1];
				}
				best[i] = *p;
				bestd[i] = d;
				break;
			}
		}
	}
	if (!best[0])
		return;
	struct buf b = { 0 };
	for (int i = 0; i < 3 && best[i]; i++)
		buf_printf(&b, "%s'%s%s'", i ? (i == 2 || !best[i + 1] ? " or " : ", ") : "",
			   prefix, best[i]);
	diag_hint(d, "did you mean %s?", b.data);
	buf_free(&b);
}
