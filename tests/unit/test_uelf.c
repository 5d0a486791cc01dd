// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_uelf.c - kernel/uelf.c against the uprobe_target test program (its
 * path in argv[1], a stripped copy beside it) and this system's loader
 * cache, and the loader-cache parser on made-up caches. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "kernel/uelf.h"
#include "front/util.h"

/* A new-format cache with the given (flags, key, value) entries. */
static size_t make_cache(char *out, int n, const int *flags, const char **keys,
			 const char **vals)
{
	size_t strs = 48 + (size_t)n * 24, at = strs;

	memset(out, 0, 4096);
	memcpy(out, "glibc-ld.so.cache1.1", 20);
	memcpy(out + 20, &n, 4);
	for (int k = 0; k < n; k++) {
		char *e = out + 48 + k * 24;
		uint32_t kf = (uint32_t)at, vf;
		memcpy(e, &flags[k], 4);
		strcpy(out + at, keys[k]);
		at += strlen(keys[k]) + 1;
		vf = (uint32_t)at;
		strcpy(out + at, vals[k]);
		at += strlen(vals[k]) + 1;
		memcpy(e + 4, &kf, 4);
		memcpy(e + 8, &vf, 4);
	}
	return at;
}

int main(int argc, char **argv)
{
	char why[512] = "";
	const char *target = argv[1];

	/* Symbols: exported, static, sizes, offsets. */
	const struct uelf *e = uelf_get(target, why, sizeof(why));
	CHECK(e != NULL);
	if (!e)
		return check_done();
	CHECK(e->has_symtab);
	CHECK(uelf_get(target, why, sizeof(why)) == e);	/* read once */
	const struct uelf_func *add = uelf_func(e, "ut_add");
	const struct uelf_func *st = uelf_func(e, "ut_static");
	CHECK(add && add->size > 0);
	CHECK(st != NULL);
	CHECK(uelf_func(e, "main") != NULL);
	CHECK(uelf_func(e, "no_such_function") == NULL);
	CHECK(add && uelf_func_at(e, add->addr + 1) == add);
	uint64_t off = 0;
	CHECK(add && uelf_offset(e, add->addr, &off) == 0);
	/* The offset is where the function's bytes are in the file: the first
	 * PT_LOAD segment holding it maps vaddr to offset. */
	for (size_t k = 0; k < e->nsegs; k++)
		if (add && add->addr >= e->segs[k].vaddr &&
		    add->addr < e->segs[k].vaddr + e->segs[k].memsz) {
			CHECK(e->segs[k].exec);
			CHECK_INT(off, add->addr - e->segs[k].vaddr + e->segs[k].offset);
		}
	CHECK(uelf_offset(e, 0xffffffffff00ull, &off) == -1);

	/* Stripped: .dynsym keeps the exported functions, not the static one. */
	char *stripped = NULL;
	if (asprintf(&stripped, "%s.stripped", target) > 0) {
		const struct uelf *s = uelf_get(stripped, why, sizeof(why));
		CHECK(s != NULL);
		CHECK(s && !s->has_symtab);
		CHECK(s && uelf_func(s, "ut_add") != NULL);
		CHECK(s && uelf_func(s, "ut_static") == NULL);
		free(stripped);
	}

	/* Not ELF, missing. */
	CHECK(uelf_get("/etc/hostname", why, sizeof(why)) == NULL);
	CHECK(strstr(why, "not an ELF file") != NULL);
	CHECK(uelf_get("/no/such/binary", why, sizeof(why)) == NULL);
	CHECK(strstr(why, "No such file") != NULL);

	/* Resolving: a path, a program on PATH, a library by name. */
	char *p = uelf_resolve(target, -1, why, sizeof(why));
	CHECK_STR(p, target);
	free(p);
	p = uelf_resolve("sh", -1, why, sizeof(why));
	CHECK(p && strstr(p, "/sh"));
	free(p);
	p = uelf_resolve("libc", -1, why, sizeof(why));
	CHECK(p && strstr(p, "/libc.so"));
	free(p);
	p = uelf_resolve("c", -1, why, sizeof(why));
	CHECK(p && strstr(p, "/libc.so"));
	free(p);
	p = uelf_resolve("no_such_program_or_library", -1, why, sizeof(why));
	CHECK(p == NULL);
	CHECK(strstr(why, "no program 'no_such_program_or_library' on PATH") != NULL);
	p = uelf_resolve("libc", (int)getpid(), why, sizeof(why));	/* /proc/self/maps */
	CHECK(p && strstr(p, "/libc.so"));
	free(p);

	/* The cache parser: flags select x86-64 libc6 entries; prefix match. */
	static char cache[4096];
	int flags[] = { 0x0003, 0x0303, 0x0303 };
	const char *keys[] = { "libfoo.so.1", "libfoo.so.1", "libfoobar.so.2" };
	const char *vals[] = { "/lib32/libfoo.so.1", "/lib64/libfoo.so.1", "/lib64/libfoobar.so.2" };
	size_t len = make_cache(cache, 3, flags, keys, vals);
	p = uelf_ldcache_find(cache, len, "foo");
	CHECK_STR(p, "/lib64/libfoo.so.1");
	free(p);
	p = uelf_ldcache_find(cache, len, "libfoobar");
	CHECK_STR(p, "/lib64/libfoobar.so.2");
	free(p);
	CHECK(uelf_ldcache_find(cache, len, "bar") == NULL);
	CHECK(uelf_ldcache_find(cache, 40, "foo") == NULL);	/* truncated */
	return check_done();
}
