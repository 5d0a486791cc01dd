// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* report.c - the one channel for errors, warnings, hints and notes (see
 * report.h). */
#include "report.h"

#include <stdlib.h>
#include <unistd.h>

#include "util.h"

static FILE *report_out;	/* NULL: stderr */
static int report_colored = -1;	/* -1: not yet known for report_out */
static unsigned nerrors;
static bool no_warnings;	/* --no-warnings */

void report_set_no_warnings(bool off)
{
	no_warnings = off;
}

bool report_no_warnings(void)
{
	return no_warnings;
}

static FILE *out_stream(void)
{
	return report_out ? report_out : stderr;
}

void report_to(FILE *out)
{
	report_out = out;
	report_colored = -1;
}

unsigned report_errors(void)
{
	return nerrors;
}

bool report_color(FILE *out)
{
	return out == stderr && isatty(fileno(stderr)) && !getenv("NO_COLOR");
}

void report_vput(FILE *out, bool color, enum report_level lvl, size_t max,
		 const char *fmt, va_list ap)
{
	static const char *const label[REPORT_HINT + 1] = {
		[REPORT_ERROR] = "error", [REPORT_WARNING] = "warning",
	};
	static const char *const colour[REPORT_HINT + 1] = {
		[REPORT_ERROR] = "\033[1;31m", [REPORT_WARNING] = "\033[1;35m",
	};
	struct buf b = { 0 };

	if (lvl == REPORT_HINT)
		fputs("  hint: ", out);
	else if (label[lvl] && color)
		fprintf(out, "%s%s:\033[0m ", colour[lvl], label[lvl]);
	else if (label[lvl])
		fprintf(out, "%s: ", label[lvl]);
	buf_vprintf(&b, fmt, ap);
	if (max && b.len > max) {
		fwrite(b.data, 1, max, out);
		fputs("...", out);
	} else if (b.len) {
		fwrite(b.data, 1, b.len, out);
	}
	fputc('\n', out);
	buf_free(&b);
}

static void put(enum report_level lvl, const char *prefix, const char *fmt, va_list ap)
{
	FILE *out = out_stream();

	if (report_colored < 0)
		report_colored = report_color(out);
	fputs(prefix, out);
	report_vput(out, report_colored, lvl, 0, fmt, ap);
}

#define REPORT(lvl, prefix)			\
	do {					\
		va_list ap;			\
		va_start(ap, fmt);		\
		put(lvl, prefix, fmt, ap);	\
		va_end(ap);			\
	} while (0)

void report_error(const char *fmt, ...)
{
	nerrors++;
	REPORT(REPORT_ERROR, "tpscript: ");
}

void report_warning(const char *fmt, ...)
{
	if (no_warnings)
		return;
	REPORT(REPORT_WARNING, "tpscript: ");
}

void report_script(const char *text, size_t len)
{
	FILE *out = out_stream();

	fwrite(text, 1, len, out);
	fflush(out);
}

void report_note(const char *fmt, ...)
{
	REPORT(REPORT_NOTE, "tpscript: ");
}

void report_hint(const char *fmt, ...)
{
	REPORT(REPORT_HINT, "");
}

void report_more(const char *fmt, ...)
{
	REPORT(REPORT_NOTE, "  ");
}
