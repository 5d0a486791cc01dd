/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* report.h - the one channel for what tpscript tells its user besides the
 * trace's own output, in one format:
 *
 *   tpscript: error: cannot write out.txt: No space left on device
 *   tpscript: warning: 12 records were lost: ...
 *     hint: raise the limit with BPFTRACE_MAP_KEYS_MAX=N
 *   tpscript: compiled; kept in the cache (...)
 *
 * Errors about the script itself carry its location and go through
 * diag.h, which prints with the same functions (report_vput). Messages go
 * to stderr (report_to changes that, for tests); "error:" and "warning:"
 * are coloured on a terminal unless NO_COLOR is set. They are text in
 * JSON mode too: -f json changes the trace's output, not its messages. */
#ifndef TPSCRIPT_REPORT_H
#define TPSCRIPT_REPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

enum report_level { REPORT_ERROR, REPORT_WARNING, REPORT_NOTE, REPORT_HINT };

/* "tpscript: error: MSG" */
void report_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "tpscript: warning: MSG" */
void report_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "tpscript: MSG": what happened, no level ("compiled; kept in the cache") */
void report_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "  hint: MSG", under the message before */
void report_hint(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "  MSG": a further line of the message before */
void report_more(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* What a script's errorf()/warnf() printed, as it is ("-e:1:9: error:
 * ...\n"), written where messages go. */
void report_script(const char *text, size_t len);

/* --no-warnings: from now on no warning is printed, report_warning's,
 * diag's, a script's warnf() or -k's text. */
void report_set_no_warnings(bool off);
bool report_no_warnings(void);

/* Errors reported so far (report_error's, not diag's). */
unsigned report_errors(void);
/* Where messages go from now on (stderr at start). */
void report_to(FILE *out);

/* The printer under both report_* and diag_*: for lvl, its label
 * ("error: ", coloured when color; "  hint: "; nothing for a note), then
 * the message and a newline. With max, a message longer than max bytes is
 * cut there and ends in "...". */
void report_vput(FILE *out, bool color, enum report_level lvl, size_t max,
		 const char *fmt, va_list ap);
/* Whether messages to out are coloured: a terminal, and no NO_COLOR. */
bool report_color(FILE *out);

#endif
