/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* list.h - tpscript -l: the tracepoints of the running kernel (the
 * tracepoint provider's list hook). */
#ifndef TPSCRIPT_LIST_H
#define TPSCRIPT_LIST_H

#include <stddef.h>
#include <stdio.h>

#include "providers/provider.h"

struct tp_field;


/* List the tracepoints matching pattern (NULL: all): "tracepoint:CAT:NAME"
 * or "t:CAT:NAME" with * and ?, or a bare word matched anywhere in the name.
 * Returns the process exit status: 0, or 1 after a message (no match, no
 * tracefs). */
/* usdt.c: -l 'usdt:BINARY[:[PROVIDER:]NAME]' */
int list_usdt(FILE *out, const char *pattern, enum list_mode mode);
int list_tracepoints(FILE *out, const char *pattern, enum list_mode mode, unsigned *found);

/* "uint32", "user pointer", "string[16]"...: the type a field gets. btf
 * types f->btf_id (a raw tracepoint's argument); NULL: the kernel's,
 * loaded only when a field's C type text names a struct or union. */
struct btf;
const char *field_type_name(const struct btf *btf, const struct tp_field *f, char *buf,
			    size_t len);

#endif
