// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_preproc.c - libFuzzer target over preprocess(), the reader of a
 * script's #include, #define and #if lines. Includes are looked up in the
 * checker's fixture headers only (tests/checker/include, one of which
 * includes itself). Whatever the script holds, the answer must be the text
 * unchanged (NULL, length 0), a text of exactly as many lines as the
 * script, or NULL after at least one diagnostic. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/preproc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	const char *idirs[] = { TPSCRIPT_FIXTURE_INCLUDE };
	const char *includes[] = { "ok.h" };
	struct pp_opts o = { .idirs = idirs, .nidirs = 1, .includes = includes,
			     .nincludes = size && data[0] == '+', .only_idirs = true };
	struct source src = { .name = "-e", .text = text, .len = size };
	FILE *sink = fopen("/dev/null", "w");
	struct diag d;
	size_t len;

	memcpy(text, data, size);
	text[size] = '\0';
	diag_init(&d, &src, sink);
	char *out = preprocess(&src, &o, &d, &len);
	if (out) {
		size_t a = 0, b = 0;

		for (size_t i = 0; i < size; i++)
			a += text[i] == '\n';
		for (size_t i = 0; i < len; i++)
			b += out[i] == '\n';
		if (a != b || out[len] != '\0') {
			fprintf(stderr, "fuzz_preproc: %zu lines in, %zu out\n", a, b);
			abort();
		}
	} else if (len == (size_t)-1 ? d.errors == 0 : len != 0) {
		fprintf(stderr, "fuzz_preproc: refused without a diagnostic\n");
		abort();
	}
	free(out);
	fclose(sink);
	free(text);
	return 0;
}
