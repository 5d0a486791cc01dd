/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* layout.h - record layouts (rec_desc) and map layouts (map_desc) for
 * the program (layout.c). */
#ifndef TPSCRIPT_LAYOUT_H
#define TPSCRIPT_LAYOUT_H

#include "program/program.h"

struct map_info;
struct node;
struct sema;
struct tp_format;

unsigned add_record(struct sema *s, enum rec_type type);
void layout_args(struct sema *s, struct rec_desc *r, struct node *args);
void layout_args_struct(struct sema *s, struct rec_arg *ra, const struct tp_format *f,
			unsigned off);
struct map_info *map_lookup(struct sema *s, const char *name);
void rec_set_map(struct sema *s, unsigned rec_id, struct map_info *mi);
void reset_records(struct sema *s);
void finish_maps(struct sema *s);

#endif
