// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* object.c - the compiled object's one owner (see object.h). */
#include "object.h"

#include <stdlib.h>
#include <string.h>

#include "front/util.h"

struct object *object_new(const void *elf, size_t size, unsigned rodata_size)
{
	struct object *o = xcalloc(1, sizeof(*o));

	o->elf = xmalloc(size ? size : 1);
	memcpy(o->elf, elf, size);
	o->elf_size = size;
	o->rodata_size = rodata_size;
	return o;
}

void object_free(struct object *o)
{
	if (!o)
		return;
	free(o->elf);
	free(o);
}
