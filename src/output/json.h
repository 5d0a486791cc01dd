/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* json.h - -f json in one place: whether the trace's output is JSON lines,
 * set once from the command line and read by everything that prints the
 * trace (records in output.c, maps in mapprint.c, the runtime's events);
 * and what a JSON line is made of. Messages (front/report.h) stay text. */
#ifndef TPSCRIPT_JSON_H
#define TPSCRIPT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* -f json: the output is JSON lines from now on. Process-wide, like the
 * output itself. */
void json_set_mode(bool on);
bool json_mode(void);

/* A JSON string literal of the first n bytes of s (up to a NUL). */
void json_string(FILE *out, const char *s, size_t n);

/* The same bytes escaped, without the quotes (a string written in
 * pieces); returns how many were written, less than n at a NUL. */
size_t json_chars(FILE *out, const char *s, size_t n);

/* One line {"type": "TYPE", "data": DATA}, DATA printed by fmt (JSON
 * already: {"probes": 1}). 0, or -1 when the write fails. */
int json_event(FILE *out, const char *type, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
