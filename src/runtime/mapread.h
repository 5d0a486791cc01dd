/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* mapread.h - reading, clearing and zeroing the script's BPF maps, and
 * printing them through mapprint.h. */
#ifndef TPSCRIPT_MAPREAD_H
#define TPSCRIPT_MAPREAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "output/mapprint.h"
#include "program/program.h"

/* Every entry of the map behind fd, laid out as mapprint() takes them
 * (per-CPU values packed at m->value_size each, for the
 * libbpf_num_possible_cpus() CPUs). Keys deleted while the map is walked
 * are skipped, and none comes twice. Returns a heap array of *n entries
 * (non-NULL even when *n is 0) to give to mapread_free(), or NULL with
 * errno set: EINVAL when the map is not the one m describes. */
struct map_entry *mapread(int fd, const struct map_desc *m, size_t *n);

/* Frees mapread()'s array; NULL is fine. */
void mapread_free(struct map_entry *e);

/* clear(@m): delete every key. Keys the programs add meanwhile stay.
 * Array maps cannot lose keys: they are zeroed instead. Returns 0 or a
 * negative errno. */
int mapread_clear(int fd, const struct map_desc *m);

/* zero(@m): set every value to zeros, keeping the keys. Returns 0 or a
 * negative errno. */
int mapread_zero(int fd, const struct map_desc *m);

/* print(@m, top, div) from a probe. Returns 0 or a negative errno. */
int mapread_print(FILE *out, int fd, const struct map_desc *m, unsigned top,
		  uint64_t div);

/* The end of a run: "\n\n", then maps[i] (read from fds[i]) for every
 * map, in name order. Returns 0 or a negative errno. */
int mapread_print_end(FILE *out, const struct map_desc *maps, const int *fds,
		      unsigned nmaps);

#endif
