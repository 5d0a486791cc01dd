// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_format.c - libFuzzer target over tp_format_parse(), the parser of
 * tracefs format files (events/CAT/NAME/format), which reads whatever the
 * file holds.
 *
 * Bit 0 of the input's size picks the category ("syscalls", whose pointers
 * are user pointers, or "sched"); bit 1 whether the event name is given or
 * taken from the file's "name:" line. On success the result is checked
 * against what the checker relies on, and a broken promise aborts (a
 * finding like any crash).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/tracefs.h"

#define RECORD_MAX 65536u	/* tracefs.c's TP_RECORD_MAX */

static void broken(const struct tp_field *f, const char *what)
{
	fprintf(stderr, "fuzz_format: field '%s' (type '%s', offset %u, size %u, "
		"kind %d, elem_size %u, count %u): %s\n", f->name, f->type, f->offset,
		f->size, (int)f->kind, f->elem_size, f->count, what);
	abort();
}

static void check_format(const struct tp_format *f, const char *cat)
{
	if (!f->category || strcmp(f->category, cat) || !f->name || !f->nfields) {
		fputs("fuzz_format: bad category, name or field count\n", stderr);
		abort();
	}
	for (size_t i = 0; i < f->nfields; i++) {
		const struct tp_field *fl = &f->fields[i];

		if (!fl->name || !*fl->name || !fl->type)
			broken(fl, "no name or type");
		if ((size_t)fl->offset + fl->size > RECORD_MAX)
			broken(fl, "ends past the record limit");
		if (tp_format_field(f, fl->name) != fl)
			broken(fl, "not found by name, or found twice");
		switch (fl->kind) {
		case FK_INT:
			if (fl->size != 1 && fl->size != 2 && fl->size != 4 && fl->size != 8)
				broken(fl, "an integer of an odd size");
			break;
		case FK_PTR:
			break;
		case FK_CHARS:
			if (fl->elem_size != 1)
				broken(fl, "a char array of wide elements");
			/* fall through */
		case FK_ARRAY:
			if (!fl->elem_size)
				broken(fl, "an array without an element size");
			if (fl->count && (uint64_t)fl->count * fl->elem_size != fl->size)
				broken(fl, "count * elem_size != size");
			break;
		case FK_DATALOC_STR:
		case FK_DATALOC_ARRAY:
			if (fl->size != 4 || !fl->elem_size)
				broken(fl, "a __data_loc that is not a u32 with an element size");
			break;
		case FK_OTHER:
			break;
		default:
			broken(fl, "an unknown kind");
		}
		if (fl->user && fl->kind != FK_PTR)
			broken(fl, "a user pointer that is no pointer");
	}
	if (tp_format_field(f, NULL) || tp_format_field(f, "\x01 no such field"))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *cat = size & 1 ? "syscalls" : "sched";
	const char *name = size & 2 ? "fuzzed_event" : NULL;
	char *text = malloc(size + 1);
	char err[256];
	struct tp_format *f;

	if (!text)
		return 0;
	if (size)
		memcpy(text, data, size);
	text[size] = '\0';
	err[0] = '\0';
	f = tp_format_parse(text, cat, name, err, sizeof(err));
	if (f) {
		check_format(f, cat);
		tp_format_free(f);
	} else if (!err[0] || !memchr(err, '\0', sizeof(err))) {
		fputs("fuzz_format: failed without a message\n", stderr);
		abort();
	}
	free(text);
	return 0;
}
