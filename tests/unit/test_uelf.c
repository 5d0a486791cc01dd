// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_uelf.c - kernel/uelf.c against the uprobe_target test program (its
 * path in argv[1], a stripped copy beside it) and this system's loader
 * cache, the loader-cache parser on made-up caches, and USDT notes and
 * argument specs. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "kernel/uelf.h"
#include "kernel/usdt.h"
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

/* One spec: its kind, size, sign, value and register offset. */
static void spec_ok(const char *text, enum usdt_arg_kind kind, unsigned size, bool sgn,
		    int64_t val, int reg_off)
{
	struct usdt_arg a;
	const char *why = NULL;

	CHECK(usdt_arg_parse(text, strlen(text), &a, &why) == 0);
	CHECK_INT(a.kind, kind);
	CHECK_INT(a.size, size);
	CHECK_INT(a.is_signed, sgn);
	CHECK_INT(a.val, val);
	CHECK_INT(a.reg_off, reg_off);
}

static void spec_bad(const char *text, const char *want)
{
	struct usdt_arg a;
	const char *why = "";

	CHECK(usdt_arg_parse(text, strlen(text), &a, &why) == -1);
	CHECK_STR(why, want);
}

static void usdt_tests(const struct uelf *e)
{
	/* Every operand kind gas writes for x86_64. */
	spec_ok("-4@%edi", UA_REG, 4, true, 0, 112);
	spec_ok("8@%r12", UA_REG, 8, false, 0, 24);
	spec_ok("1@%r8b", UA_REG, 1, false, 0, 72);
	spec_ok("8@-8(%rbp)", UA_MEM, 8, false, -8, 32);
	spec_ok("-4@112(%rsp)", UA_MEM, 4, true, 112, 152);
	spec_ok("2@(%rax)", UA_MEM, 2, false, 0, 80);
	spec_ok("-4@$5", UA_CONST, 4, true, 5, -1);
	spec_ok("1@$-56", UA_CONST, 1, false, -56, -1);
	spec_ok("%rax", UA_REG, 8, false, 0, 80);	/* no size: 64 bits */
	spec_ok("-4@sym+8(%rip)", UA_MEM, 4, true, 8, USDT_PT_REGS_IP);
	spec_bad("3@%eax", "a size other than 1, 2, 4 or 8 bytes");
	spec_bad("4@%ah", "a register tpscript cannot read");
	spec_bad("8@-8(%rbp,%rax,8)", "an indexed memory operand");
	spec_bad("8@sym(%rbp)", "a symbol displacement off a register other than %rip");
	spec_bad("8@%rip", "the instruction pointer as a value");
	spec_bad("8@", "no operand");
	spec_bad("8@%rax)", "text after the operand");

	/* The libbpf layout: (v << s) >> s keeps size bytes. */
	struct usdt_site site = { .nargs = 2 };
	struct usdt_bpf_spec spec;
	spec_ok("-2@%dx", UA_REG, 2, true, 0, 96);
	usdt_arg_parse("-2@%dx", 6, &site.args[0], &(const char *){ NULL });
	usdt_arg_parse("1@$200", 6, &site.args[1], &(const char *){ NULL });
	usdt_bpf_spec(&site, &spec);
	CHECK_INT(spec.arg_cnt, 2);
	CHECK_INT(spec.args[0].arg_type, USDT_BPF_REG);
	CHECK_INT(spec.args[0].arg_bitshift, 48);
	CHECK_INT(spec.args[0].arg_signed, 1);
	CHECK_INT(spec.args[1].arg_type, USDT_BPF_CONST);
	CHECK_INT(spec.args[1].val_off, 200);
	CHECK_INT(spec.args[1].arg_bitshift, 56);

	/* uprobe_target's notes: four probes at five sites (tick has two),
	 * one with a semaphore, one with a symbol displacement resolved
	 * against the symbol table. */
	CHECK(e->has_notes);
	CHECK_INT(e->nsites, 5);
	const struct uelf_func *fn = uelf_func(e, "ut_guarded");
	for (size_t k = 0; k < e->nsites; k++) {
		const struct usdt_site *st = &e->sites[k];
		CHECK_STR(st->provider, "tptest");
		CHECK(st->bad == NULL);
		if (!strcmp(st->name, "guarded")) {
			CHECK(st->sema != 0);
			CHECK(fn && st->pc >= fn->addr && st->pc < fn->addr + fn->size);
			CHECK_INT(st->nargs, 2);
		} else {
			CHECK_INT(st->sema, 0);
		}
		if (!strcmp(st->name, "mixed")) {
			CHECK_INT(st->nargs, 4);
			CHECK_STR(st->args[0].sym, "ut_counter");
			/* from the probe's address to the variable's */
			CHECK(st->args[0].val != 0);
		}
	}

	/* Malformed notes end the walk without reading past the input. */
	struct usdt_site *sites = NULL;
	size_t n = 0;
	static const unsigned char trunc[] = { 8, 0, 0, 0, 200, 0, 0, 0, 3, 0, 0, 0,
					       's', 't', 'a', 'p', 's', 'd', 't', 0 };
	CHECK_INT(usdt_notes_parse(trunc, sizeof(trunc), &sites, &n), 0);
	usdt_sites_free(sites, n);
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
	usdt_tests(e);

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
