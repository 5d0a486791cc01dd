/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* types.h - type constructors, their names in messages, the type a
 * tracepoint field reads as (types.c). */
#ifndef TPSCRIPT_TYPES_H
#define TPSCRIPT_TYPES_H

#include <stdbool.h>

#include "front/ast.h"

struct sema;
struct tp_field;

struct type ty_int(unsigned size, bool is_signed);
struct type ty_bool(void);	/* true or false: a 64-bit 1 or 0 printed so */
struct type ty_str(unsigned size);
const char *a_type(const struct type *t);
bool is_intlike(const struct type *t);
bool is_value(const struct type *t);
bool field_type(struct sema *s, const struct tp_field *fld, struct type *t);

#endif
