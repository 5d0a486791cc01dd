// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_front.c - libFuzzer target over the lexer, the parser and the
 * checker: the input is a script's source, NUL bytes and all.
 *
 * The checker reads tracepoint formats from the fixture tree
 * tests/fixtures/tracefs (TPSCRIPT_TRACEFS), so no kernel is needed. The
 * first byte of the input also picks the options the checker runs with, so
 * one corpus reaches every path:
 *
 *   bit 0      --unsafe (system and signal are allowed when set)
 *   bits 1-2   BPFTRACE_STRLEN: 64, 64, 16, 4096
 *
 * The first byte stays part of the script: a seed that needs --unsafe
 * starts with '/' (a comment) or a tab, both odd. Positional parameters are
 * always "42", "/tmp/a file" and "-0x10" ($# is 3).
 */
#define _GNU_SOURCE	/* fopencookie */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "front/ast.h"
#include "check/sema.h"

#ifndef TPSCRIPT_FIXTURE_TRACEFS
#define TPSCRIPT_FIXTURE_TRACEFS ""
#endif
#ifndef TPSCRIPT_FIXTURE_BTF
#define TPSCRIPT_FIXTURE_BTF ""
#endif

static FILE *sink;	/* diagnostics: counted by diag, written nowhere */

static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
	(void)cookie;
	(void)buf;
	return (ssize_t)n;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *env = getenv("TPSCRIPT_TRACEFS");

	(void)argc;
	(void)argv;
	/* An explicit TPSCRIPT_TRACEFS wins; otherwise the fixture tree of
	 * the source tree this binary was built from. */
	if (!env || !*env) {
		if (!*TPSCRIPT_FIXTURE_TRACEFS) {
			fputs("fuzz_front: set TPSCRIPT_TRACEFS to tests/fixtures/tracefs\n", stderr);
			exit(1);
		}
		setenv("TPSCRIPT_TRACEFS", TPSCRIPT_FIXTURE_TRACEFS, 1);
	}
	/* kernel types from the fixture BTF, not this kernel's */
	if (!getenv("TPSCRIPT_BTF")) {
		if (*TPSCRIPT_FIXTURE_BTF)
			setenv("TPSCRIPT_BTF", TPSCRIPT_FIXTURE_BTF, 1);
	}
	/* Diagnostics are formatted (that code is fuzzed too) but dropped:
	 * a cookie stream costs no system call per error. */
	sink = fopencookie(NULL, "w", (cookie_io_functions_t){ .write = sink_write });
	if (!sink) {
		perror("fuzz_front: fopencookie");
		exit(1);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned strlens[4] = { 64, 64, 16, 4096 };
	static char *params[] = { "42", "/tmp/a file", "-0x10" };
	/* struct source wants a NUL after the text; an exact-size copy lets
	 * ASan catch any read past it. */
	char *text = malloc(size + 1);
	struct source src = { .name = "fuzz.tp", .text = text, .len = size };
	struct arena arena = { 0 };
	struct diag d;
	struct ast ast;
	unsigned flags = size ? data[0] : 0;

	if (!text)
		return 0;
	if (size)
		memcpy(text, data, size);
	text[size] = '\0';

	struct sema s = {
		.arena = &arena, .diag = &d,
		.params = params, .nparams = 3,
		.unsafe = flags & 1,
		.strlen = strlens[(flags >> 1) & 3],
		.map_keys_max = 4096,
	};

	diag_init(&d, &src, sink);
	if (parse_source(&arena, &d, &ast) == 0) {
		ast_dump(sink, &ast);
		sema_check(&s, &ast);
	}
	fflush(sink);
	sema_free(&s);
	arena_free(&arena);
	free(text);
	return 0;
}
