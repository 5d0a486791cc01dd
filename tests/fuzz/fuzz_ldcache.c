// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_ldcache.c - libFuzzer target over uelf_ldcache_find(), the parser
 * of the dynamic loader's cache (/etc/ld.so.cache) that resolves library
 * names such as "libc" in uprobe:libc:malloc. A found path must be a
 * string inside the input. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/uelf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *names[] = { "c", "libc", "libc.so.6", "" };
	const char *in = (const char *)data;

	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		char *p = uelf_ldcache_find(in, size, names[k]);
		if (p && !memmem(in, size, p, strlen(p) + 1))
			abort();
		free(p);
	}
	return 0;
}
