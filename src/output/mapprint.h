/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* mapprint.h - BPF maps printed as bpftrace 0.17 prints them. Pure C: the
 * caller reads the maps (mapread.h does, with libbpf) and hands over their
 * raw keys and values. */
#ifndef TPSCRIPT_MAPPRINT_H
#define TPSCRIPT_MAPPRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "program/program.h"

/* One map element as the kernel keeps it. */
struct map_entry {
	const void *key;	/* m->key_size bytes */
	const void *values;	/* ncpu * m->value_size bytes if m->percpu,
				 * else m->value_size bytes */
};

/* One entry's values merged across CPUs, as they print. */
struct map_value {
	int64_t v;		/* int/sum/min/max: the value; avg/stats: sum / count,
				 * truncated toward zero */
	uint64_t u;		/* count: the count; hist/lhist: the total of the buckets */
	int64_t sum;		/* avg/stats, hist/lhist: the sum of the values */
	uint64_t count;		/* avg/stats: how many values */
	uint64_t *buckets;	/* hist/lhist: the caller's m->nbuckets counts */
};

/* Fold the ncpu per-CPU values of one entry (ncpu * m->value_size bytes;
 * 1 for a map that is not per-CPU) into *v, which starts zeroed (and,
 * for hist/lhist, with v->buckets pointing at zeroed counts). */
void map_value_merge(const struct map_desc *m, const void *values, unsigned ncpu,
		     struct map_value *v);

/* 0, or -EINVAL for a description whose layout would make a reader of
 * its entries (ncpu values each, if per-CPU) go out of bounds. */
int map_desc_check(const struct map_desc *m, unsigned ncpu);

/* Key parts (or tuple elements) laid out from base, as a map prints
 * them: separated by ", ", tuples in parentheses. */
void map_print_parts(FILE *out, const struct key_part *parts, unsigned n, const void *base);

/* A struct value (KEY_STRUCT, a print() of one) laid out as a, from base:
 * { .a = 1, .b = { .c = [1,2] } }, or compact as in a key,
 * {.a=1,.b={.c=[1,2]}}; arrays of structs [{ ... },{ ... }], pointers in
 * hex. json_shape: { "a": 1, "b": { "c": [1,2] } }, as bpftrace. depth: 0. */
struct rec_arg;
void print_shape(FILE *out, const void *base, const struct rec_arg *a, bool compact, int depth);
void json_shape(FILE *out, const void *base, const struct rec_arg *a, int depth);

/* An integer key part of 1, 2, 4 or 8 bytes, zero- or sign-extended. */
uint64_t map_key_uint(const void *p, unsigned size);
int64_t map_key_int(const void *p, unsigned size);

/* Print map m as print(@m, top, div) does from a probe: its n entries
 * merged across CPUs, sorted, and laid out with the blank lines bpftrace
 * puts after each kind of map (an empty map still prints its blank
 * line). top: keep only the last (largest) top entries, 0 for all.
 * div: divide the values by it, 0 or 1 for none; it does not apply to
 * lhist() and stats() maps, as in bpftrace. The entries are not modified.
 * Returns 0, or -ENOMEM, -EINVAL (a malformed description), -EIO (a write
 * error). */
int mapprint(FILE *out, const struct map_desc *m, const struct map_entry *e,
	     size_t n, unsigned ncpu, unsigned top, uint64_t div);

/* What the end of a run prints before its maps: two newlines, even when
 * there are no maps. */
int mapprint_end_header(FILE *out);

/* The whole end-of-run output: the header, then every map in name order
 * (strcmp, as bpftrace's std::map of names), each as mapprint(..., 0, 0)
 * prints it. ents[i] and nents[i] hold maps[i]'s entries. */
int mapprint_end(FILE *out, const struct map_desc *maps, unsigned nmaps,
		 const struct map_entry *const *ents, const size_t *nents,
		 unsigned ncpu);

/* Strings kept in STRLEN bytes: a slot of that size with no NUL holds a
 * string str() had to cut (codegen keeps the byte after the cut in place
 * of the NUL). str_shown() is how many bytes of it to print, and *cut
 * whether ".." follows them. */
void mapprint_set_strlen(unsigned strlen);
size_t str_shown(const char *s, size_t size, bool *cut);
void put_str(FILE *out, const char *s, size_t size);
void json_str(FILE *out, const char *s, size_t size);

/* ntop()'s value (struct tp_inet) as text: "127.0.0.1", "::1". */
void print_inet(FILE *out, const void *p);
/* buf()'s value (a u64 byte count, then at most size - 8 bytes) as text:
 * style 0 (%r, print()) bytes 32 to 126 as themselves and the others as
 * \xNN, as bpftrace prints them; 'x' (%rx) every byte as \xNN; 'h' (%rh)
 * every byte as two hex digits, separated by spaces. */
void print_buf(FILE *out, const void *p, unsigned size, char style);
/* strftime()'s value: ns of nsecs' clock, as the wall-clock time it was,
 * in local time, formatted by strftime(3) with fmt; %f is the
 * microseconds (six digits), as in bpftrace. */
void print_time(FILE *out, uint64_t ns, const char *fmt);

/* Whether names is an enum's table (NAMED_ENUM): printed as the
 * enumerator's name, but a number in JSON. */
bool named_is_enum(const char *names);

/* username's and strerror()'s value: v printed by the names says
 * (NAMED_USER: the login name of uid v, else v in decimal; NAMED_ERRNO:
 * strerror(3)'s text for v). */
void print_named(FILE *out, uint64_t v, const char *names);

/* usym()'s value through the symbol printer: "ut_add"; its address in
 * hex ("0x1") where no symbol is known or there is no printer. */
void print_usym(FILE *out, const struct tp_usym *u);

/* How values that need the running system print. mapprint.c and
 * output.c call through it; without one, they print numbers. */
struct sym_printer {
	/* a kernel address as its symbol: "process_timeout" */
	void (*ksym)(FILE *out, uint64_t addr, void *ctx);
	/* a stack by id, one "sym+off" frame a line after indent spaces,
	 * each line started by "\n"; at most limit frames (0: all) */
	void (*kstack)(FILE *out, uint64_t id, unsigned indent, unsigned limit, bool user,
		       void *ctx);
	/* a user address as the symbol holding it in its process (or in the
	 * binary of the probe that took it); false if none is known */
	bool (*usym)(FILE *out, const struct tp_usym *u, void *ctx);
	void *ctx;
};

/* The printer mapprint() and output_record() use (NULL: numbers); kept
 * in mapprint.c, which needs no libbpf. */
void sym_printer_set(const struct sym_printer *sp);
const struct sym_printer *sym_printer_get(void);

#endif
