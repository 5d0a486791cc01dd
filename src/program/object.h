/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* object.h - a compiled BPF object: the ELF bytes and what the runtime must
 * know about them before load. Made by codegen or read from the cache,
 * written by --emit-elf or the cache, loaded by the runtime; this module
 * alone allocates and frees the bytes. */
#ifndef TPSCRIPT_OBJECT_H
#define TPSCRIPT_OBJECT_H

#include <stddef.h>

struct object {
	void *elf;		/* the ELF object (heap, owned) */
	size_t elf_size;
	unsigned rodata_size;	/* bytes of tp_ro, 0 if the object has none */
};

/* A copy of size bytes of elf. Aborts on OOM, like every allocation. */
struct object *object_new(const void *elf, size_t size, unsigned rodata_size);
void object_free(struct object *o);	/* NULL-safe */

#endif
