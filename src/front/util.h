/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* util.h - arena allocation, growable buffers and small string helpers. */
#ifndef TPSCRIPT_UTIL_H
#define TPSCRIPT_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Everything the compiler builds (AST, types, tables) lives in one arena,
 * freed once when the program has been emitted. */
struct arena_chunk;
struct arena {
	struct arena_chunk *head;	/* newest chunk first */
};

void *arena_alloc(struct arena *a, size_t size);	/* zeroed, aborts on OOM */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

/* Growable byte buffer (heap, not arena). */
struct buf {
	char *data;
	size_t len, cap;
};
void buf_append(struct buf *b, const void *p, size_t n);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
void buf_free(struct buf *b);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Read a whole file into a NUL-terminated heap buffer; NULL and errno on
 * failure. */
char *read_file(const char *path, size_t *len);

/* Levenshtein distance, capped: returns > cap as soon as it exceeds cap. */
size_t edit_distance(const char *a, const char *b, size_t cap);

/* Shell-style glob match with '*' and '?' only. */
bool glob_match(const char *pat, const char *s);

#endif
