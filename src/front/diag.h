/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* diag.h - located diagnostics: "file:line:col: error: msg", the source
 * line, and a caret under the span; printed through report.h's printer,
 * so they look like every other message. */
#ifndef TPSCRIPT_DIAG_H
#define TPSCRIPT_DIAG_H

#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

/* A source span. Field names and order match bison's YYLTYPE, so the parser
 * uses this struct directly (YYLTYPE is #defined to it). Lines and columns
 * count from 1; last_column is inclusive. */
struct loc {
	int first_line;
	int first_column;
	int last_line;
	int last_column;
	unsigned exp;		/* in a macro's expansion: its number in
				 * diag.exps (0: written where it stands);
				 * an error here names the call */
};

/* A macro's expansion: the call site its nodes came from. */
struct diag_exp {
	unsigned id;
	const char *macro;
	bool std;		/* tpscript's own macro (its nodes are at the call) */
	struct loc call;	/* itself in an expansion when call.exp */
	struct diag_exp *next;
};

struct source {
	const char *name;	/* script path, or "-e" for a one-liner */
	const char *text;	/* whole script, NUL-terminated */
	size_t len;		/* length of text (it may hold NUL bytes) */
};

enum diag_level { DIAG_ERROR, DIAG_WARNING };

struct diag {
	const struct source *src;
	FILE *out;		/* stderr in the tool, a memstream in tests */
	int errors;		/* errors reported so far */
	int warnings;
	bool color;
	bool silenced;		/* DIAG_MAX reached */
	bool hushed;		/* the last was a warning --no-warnings left
				 * out: so are its hints */
	struct diag_exp *exps;	/* macro expansions (check/macro.c) */
	enum diag_demote { DEMOTE_NONE, DEMOTE_WARN, DEMOTE_DROP } demote;
				/* errors reported meanwhile are warnings, or
				 * dropped (a missing probe's, under config
				 * missing_probes = warn or ignore) */
	bool dropped;		/* the last report was dropped: its hints too */
};

#define DIAG_MAX 20		/* errors and warnings printed at most */

void diag_init(struct diag *d, const struct source *src, FILE *out);
void diag_report(struct diag *d, enum diag_level lvl, const struct loc *loc,
		 const char *fmt, ...) __attribute__((format(printf, 4, 5)));
#define diag_error(d, loc, ...) diag_report((d), DIAG_ERROR, (loc), __VA_ARGS__)
#define diag_warning(d, loc, ...) diag_report((d), DIAG_WARNING, (loc), __VA_ARGS__)
/* A hint line under the last diagnostic ("  hint: did you mean ...?"). */
void diag_hint(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A hint naming up to three entries of the NULL-terminated list closest to
 * want (by edit distance), each shown with prefix: "did you mean 'x'?". */
void diag_suggest(struct diag *d, char **list, const char *prefix, const char *want);
/* The source line of loc and a caret under it, as a diagnostic quotes
 * them, without colour: for messages the trace's output carries (-k). */
void diag_excerpt(FILE *out, const struct source *src, const struct loc *loc);
/* An error with no location (system errors). "tpscript: error: msg" */
void diag_plain(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
