// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_artifact.c - the artifact: what is written reads back the same;
 * truncated, corrupted, foreign and version-mismatched artifacts are
 * refused with their message; the fields a program reads are recorded.
 * Programs come from the checker over the fixture tracefs, with a made-up
 * BPF object (the reader does not look inside it). */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "program/artifact.h"
#include "check.h"
#include "check/fieldrefs.h"
#include "check/sema.h"

struct compiled {
	struct arena arena;
	struct sema s;
	struct source src;
	struct buf art;
};

static char *params[] = { "42", "text" };

/* Check text and serialise its program; NULL if it does not check. */
static struct compiled *compile(const char *text)
{
	struct compiled *c = calloc(1, sizeof(*c));
	static struct diag d;
	struct ast ast;
	static unsigned char elf[] = "\177ELF not really an object";

	c->src = (struct source){ .name = "t.tp", .text = text, .len = strlen(text) };
	c->s = (struct sema){ .arena = &c->arena, .diag = &d, .strlen = 64, .map_keys_max = 4096,
			      .params = params, .nparams = 2 };
	diag_init(&d, &c->src, stderr);
	if (parse_source(&c->arena, &d, &ast) < 0 || sema_check(&c->s, &ast) < 0) {
		fprintf(stderr, "does not check: %s\n", text);
		return NULL;
	}
	struct object *obj = object_new(elf, sizeof(elf), 24);
	struct art_meta m = { .version = "9.9", .name = "t.tp", .text = text, .text_len = strlen(text),
			      .strlen = 64, .map_keys_max = 4096, .params = (const char **)params,
			      .nparams = 2 };
	artifact_write(&c->art, &c->s.prog, obj, &m);
	object_free(obj);
	return c;
}

static void release(struct compiled *c)
{
	if (!c)
		return;
	buf_free(&c->art);
	sema_free(&c->s);
	arena_free(&c->arena);
	free(c);
}

static int read_back(const void *data, size_t len, char *err, size_t errlen)
{
	struct program *p;
	struct object *o;
	struct art_meta m;
	int rc = artifact_read(data, len, 0, &p, &o, &m, err, errlen);

	program_free(p);
	object_free(o);
	return rc;
}

static const char *const scripts[] = {
	"tracepoint:syscalls:sys_enter_openat /comm == \"cat\"/ "
	"{ printf(\"%s %d %-8x\\n\", str(args.filename), args.flags, pid); @[comm, pid] = count(); }",
	"tracepoint:sched:sched_switch { @h = hist(args.prev_pid); @l = lhist(args.next_pid, 0, 100, 10);"
	" @t[args.next_comm] = (1, \"two\"); print(args); time(\"%H\\n\"); }",
	"BEGIN { printf(\"%d %s\\n\", $1, str($2)); @s = stats(3); print(@s); clear(@s); exit(); }",
	"tracepoint:syscalls:sys_enter_* { @[probe] = count(); } interval:ms:100 { exit(); }",
	"t:syscalls:sys_enter_open* { printf(\"%s\\n\", probe); }",
	"BEGIN { @k[(1, \"a\"), 2] = count(); @v = ((1, \"x\"), 3); print(((1, 2), \"s\")); exit(); }",
	"t:syscalls:sys_enter_openat { printf(\"%r %s\\n\", buf(args.filename, 8), "
	"strftime(\"%H:%M:%S.%f\", nsecs)); print(strftime(\"%Y\", nsecs)); }",
	"rawtracepoint:sched_wak* { @[probe, args.p] = count(); } rt:sys_enter { print(args); }",
	"t:syscalls:sys_enter_read { @u -= args.count; @s -= 1; }",
	"BEGIN { $b = buf(\"ab\", 2); @v[buf(\"k\", 1), strftime(\"%H\", nsecs)] = $b; "
	"@t = strftime(\"%Y-%m\", nsecs); @p = (1, $b, strftime(\"%M\", nsecs)); "
	"printf(\"%rx %rh\\n\", $b, $b); exit(); }",
	"BEGIN { print((getopt(\"a\", -1), getopt(\"b\", \"x\", \"the b\"), getopt(\"c\"), $1)); "
	"exit(); }",
	"uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc { @u = usym(arg0); @k[usym(arg0), 1] = count(); "
	"@t = (usym(arg0), 2); printf(\"%s %d\\n\", usym(arg0), *uaddr(\"environ\")); print(usym(1)); }",
	"config = { print_maps_on_exit = false; max_cat_bytes = 7 } BEGIN { @x = 1; exit(); }",
};

/* Written, read, written again: the same bytes, so nothing was lost. */
static void test_round_trip(void)
{
	for (size_t i = 0; i < sizeof(scripts) / sizeof(*scripts); i++) {
		struct compiled *c = compile(scripts[i]);
		struct program *p;
		struct object *o;
		struct art_meta m;
		char err[256] = "";
		struct buf again = { 0 };

		CHECK(c != NULL);
		if (!c)
			continue;
		CHECK_INT(artifact_read(c->art.data, c->art.len, 0, &p, &o, &m, err, sizeof(err)), 0);
		if (!p)
			continue;
		CHECK_STR(err, "");
		CHECK_STR(m.name, "t.tp");
		CHECK_STR(m.version, "9.9");
		CHECK_INT(m.nparams, 2);
		CHECK_INT(p->nprobes, c->s.prog.nprobes);
		CHECK_INT(p->nrecs, c->s.prog.nrecs);
		CHECK_INT(p->nmaps, c->s.prog.nmaps);
		for (unsigned k = 0; k < p->nmaps && k < c->s.prog.nmaps; k++) {
			CHECK_INT(p->maps[k].value_unsigned, c->s.prog.maps[k].value_unsigned);
			CHECK_INT(p->maps[k].grows, c->s.prog.maps[k].grows);
		}
		CHECK_INT(p->no_exit_print, c->s.prog.no_exit_print);
		CHECK_INT(p->cat_max_set, c->s.prog.cat_max_set);
		CHECK_INT(p->cat_max, c->s.prog.cat_max);
		CHECK_INT(o->rodata_size, 24);
		artifact_write(&again, p, o, &m);
		CHECK_INT(again.len, c->art.len);
		CHECK(again.len == c->art.len && !memcmp(again.data, c->art.data, again.len));
		buf_free(&again);
		/* A copy of the program (what the runtime gets) writes the same. */
		struct program *copy = program_copy(&c->s.prog);
		artifact_write(&again, copy, o, &m);
		CHECK(again.len == c->art.len && !memcmp(again.data, c->art.data, again.len));
		buf_free(&again);
		program_free(copy);
		program_free(p);
		object_free(o);
		release(c);
	}
}

/* Relocations keep their field, instruction, kind and program (the
 * entry's, or the exit-time one of a str() probe). */
static void test_relocs(void)
{
	struct compiled *c = compile(scripts[0]);
	static unsigned char elf[] = "\177ELF not really an object";
	struct prog_reloc rl[] = {
		{ .field = 0, .insn = 3, .imm = false, .at_exit = true },
		{ .field = 1, .insn = 70000, .imm = true, .at_exit = false },
	};
	struct art_meta m = { .version = "9.9", .name = "t.tp", .text = scripts[0],
			      .text_len = strlen(scripts[0]), .strlen = 64, .map_keys_max = 4096 };
	struct object *obj = object_new(elf, sizeof(elf), 24);
	struct buf art = { 0 };
	struct program *p = NULL;
	struct object *o = NULL;
	struct art_meta back;
	char err[256] = "";

	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(c->s.prog.nfields, 2);
	c->s.prog.relocs = rl;
	c->s.prog.nrelocs = 2;
	artifact_write(&art, &c->s.prog, obj, &m);
	CHECK_INT(artifact_read(art.data, art.len, 0, &p, &o, &back, err, sizeof(err)), 0);
	CHECK_STR(err, "");
	if (p) {
		CHECK_INT(p->nrelocs, 2);
		for (unsigned i = 0; i < 2 && i < p->nrelocs; i++) {
			CHECK_INT(p->relocs[i].field, rl[i].field);
			CHECK_INT(p->relocs[i].insn, rl[i].insn);
			CHECK_INT(p->relocs[i].imm, rl[i].imm);
			CHECK_INT(p->relocs[i].at_exit, rl[i].at_exit);
		}
	}
	program_free(p);
	object_free(o);
	buf_free(&art);
	/* A relocation of a field the program does not have: refused. */
	rl[1].field = 2;
	artifact_write(&art, &c->s.prog, obj, &m);
	CHECK_INT(read_back(art.data, art.len, err, sizeof(err)), -1);
	CHECK(strstr(err, "a relocation of field 2 of 2") != NULL);
	buf_free(&art);
	object_free(obj);
	c->s.prog.relocs = NULL;
	c->s.prog.nrelocs = 0;
	release(c);
}

/* Positional parameters: each one's kind, slot in tp_ro, and whether the
 * compiler used its value (fixed, and where); all read back the same; a
 * slot outside the parameters' area is refused. */
static void test_params(void)
{
	struct compiled *c = compile("BEGIN { printf(\"%d %s %d\\n\", $1, str($2), $#); }");
	struct program *p = NULL;
	struct object *o = NULL;
	struct art_meta back;
	char err[256] = "";

	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(c->s.prog.nparams, 3);
	CHECK_INT(c->s.prog.params[0].kind, PARAM_INT);
	CHECK_INT(c->s.prog.params[0].offset, offsetof(struct tp_rodata, nparams));
	CHECK_INT(c->s.prog.params[1].kind, PARAM_INT);
	CHECK(!c->s.prog.params[1].fixed);
	CHECK_INT(c->s.prog.params[1].offset, sizeof(struct tp_rodata));
	CHECK_INT(c->s.prog.params[2].kind, PARAM_STR);
	CHECK_INT(c->s.prog.params[2].size, 64);
	CHECK_INT(c->s.prog.params[2].offset, sizeof(struct tp_rodata) + 8);
	CHECK_INT(c->s.prog.params_size, 72);
	CHECK_INT(artifact_read(c->art.data, c->art.len, 0, &p, &o, &back, err, sizeof(err)), 0);
	if (p) {
		CHECK_INT(p->nparams, 3);
		for (unsigned i = 0; i < 3 && i < p->nparams; i++) {
			CHECK_INT(p->params[i].kind, c->s.prog.params[i].kind);
			CHECK_INT(p->params[i].offset, c->s.prog.params[i].offset);
			CHECK_INT(p->params[i].size, c->s.prog.params[i].size);
			CHECK_INT(p->params[i].fixed, c->s.prog.params[i].fixed);
		}
		CHECK_INT(p->params_size, 72);
	}
	program_free(p);
	object_free(o);
	p = NULL;
	o = NULL;
	/* A slot past the area: refused. */
	c->s.prog.params[2].offset = sizeof(struct tp_rodata) + 16;
	buf_free(&c->art);
	struct object *obj = object_new((const unsigned char *)"\177ELF", 5, 24);
	struct art_meta m = { .version = "9.9", .name = "t.tp", .text = "", .strlen = 64,
			      .map_keys_max = 4096 };
	artifact_write(&c->art, &c->s.prog, obj, &m);
	object_free(obj);
	CHECK_INT(read_back(c->art.data, c->art.len, err, sizeof(err)), -1);
	CHECK(strstr(err, "parameter $2 lies outside the parameters") != NULL);
	release(c);

	/* $1 as lhist's bound: fixed where it is used, and given no slot;
	 * $2 still a load-time value. */
	c = compile("BEGIN { printf(\"%s\\n\", str($2)); @h = lhist(5, 0, $1, 1); }");
	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(c->s.prog.nparams, 3);
	CHECK(c->s.prog.params[1].fixed);
	CHECK_STR(c->s.prog.params[1].why ? c->s.prog.params[1].why : "", "1:51");
	CHECK_INT(c->s.prog.params[1].offset, 0);
	CHECK(!c->s.prog.params[2].fixed);
	CHECK_INT(c->s.prog.params[2].offset, sizeof(struct tp_rodata));
	CHECK_INT(c->s.prog.params[0].kind, PARAM_UNUSED);
	release(c);
}

/* The fields each probe reads, with the fixture's layout. */
/* uaddr(): a value of tp_ro per call, after the parameters, which the
 * runtime fills in at load; the reader keeps each inside that area and on
 * a probe with a binary. */
static void test_uaddrs(void)
{
	struct compiled *c = compile("uprobe:/lib/x86_64-linux-gnu/libc.so.6:malloc "
				     "{ printf(\"%d %d %d\\n\", $1, *uaddr(\"environ\"), "
				     "*uaddr(\"malloc\")); }");
	struct program *p = NULL;
	struct object *o = NULL;
	struct art_meta back;
	char err[256] = "";

	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(c->s.prog.nuaddrs, 2);
	CHECK_INT(c->s.prog.params_size, 8 + 2 * 8);
	for (unsigned i = 0; i < 2 && i < c->s.prog.nuaddrs; i++) {
		CHECK_INT(c->s.prog.uaddrs[i].probe, 0);
		CHECK_INT(c->s.prog.uaddrs[i].pie, 1);
		CHECK_INT(c->s.prog.uaddrs[i].offset, sizeof(struct tp_rodata) + 8 + 8 * i);
		CHECK_INT(c->s.prog.uaddrs[i].line, 1);
	}
	if (c->s.prog.nuaddrs == 2) {
		CHECK_STR(c->s.prog.uaddrs[0].symbol, "environ");
		CHECK_STR(c->s.prog.uaddrs[1].symbol, "malloc");
		CHECK_INT(c->s.prog.uaddrs[0].col, 81);	/* the string's quote */
	}
	CHECK_INT(artifact_read(c->art.data, c->art.len, 0, &p, &o, &back, err, sizeof(err)), 0);
	if (p && p->nuaddrs == 2) {
		CHECK_STR(p->uaddrs[1].symbol, "malloc");
		CHECK_INT(p->uaddrs[1].offset, c->s.prog.uaddrs[1].offset);
		CHECK_INT(p->uaddrs[1].pie, 1);
		CHECK_INT(p->uaddrs[0].col, c->s.prog.uaddrs[0].col);
	} else {
		CHECK(!"the uaddr() values read back");
	}
	program_free(p);
	object_free(o);
	/* A value past the area the runtime fills: refused. */
	if (c->s.prog.nuaddrs == 2) {
		struct object *obj = object_new((const unsigned char *)"\177ELF", 5, 24);
		struct art_meta m = { .version = "9.9", .name = "t.tp", .text = "", .strlen = 64,
				      .map_keys_max = 4096 };

		c->s.prog.uaddrs[1].offset += 8;
		buf_free(&c->art);
		artifact_write(&c->art, &c->s.prog, obj, &m);
		CHECK_INT(read_back(c->art.data, c->art.len, err, sizeof(err)), -1);
		CHECK(strstr(err, "uaddr() value 1") != NULL);
		c->s.prog.uaddrs[1].offset -= 8;
		c->s.prog.uaddrs[0].probe = 1;
		buf_free(&c->art);
		artifact_write(&c->art, &c->s.prog, obj, &m);
		CHECK_INT(read_back(c->art.data, c->art.len, err, sizeof(err)), -1);
		CHECK(strstr(err, "uaddr() value 0") != NULL);
		object_free(obj);
	}
	release(c);
}

/* -k, -kk: the checked call sites (codegen's, set on the program before
 * it is written) read back as written; an unknown helper is refused. */
static void test_helper_sites(void)
{
	struct compiled *c = compile("BEGIN { @m[1] = 1; delete(@m[2]); exit(); }");
	struct helper_site sites[] = {
		{ .helper = 3 /* map_delete_elem */, .line = 1, .col = 20, .last_line = 1,
		  .last_col = 31 },
		{ .helper = 1 /* map_lookup_elem */, .line = 2, .col = 5, .last_line = 2,
		  .last_col = 9 },
	};
	struct object *obj = object_new((const unsigned char *)"\177ELF", 5, 24);
	struct art_meta m = { .version = "9.9", .name = "t.tp", .text = "", .strlen = 64,
			      .map_keys_max = 4096 };
	struct program *p = NULL;
	struct object *o = NULL;
	struct art_meta back;
	char err[256] = "";

	CHECK(c != NULL);
	if (!c) {
		object_free(obj);
		return;
	}
	c->s.prog.sites = sites;
	c->s.prog.nsites = 2;
	buf_free(&c->art);
	artifact_write(&c->art, &c->s.prog, obj, &m);
	CHECK_INT(artifact_read(c->art.data, c->art.len, 0, &p, &o, &back, err, sizeof(err)), 0);
	if (p && p->nsites == 2) {
		CHECK_INT(p->sites[0].helper, 3);
		CHECK_INT(p->sites[0].col, 20);
		CHECK_INT(p->sites[0].last_col, 31);
		CHECK_INT(p->sites[1].helper, 1);
		CHECK_INT(p->sites[1].line, 2);
		CHECK_STR(helper_name(p->sites[0].helper), "map_delete_elem");
	} else {
		CHECK(!"the helper call sites read back");
	}
	program_free(p);
	object_free(o);
	sites[1].helper = 999;	/* no helper a program reports */
	buf_free(&c->art);
	artifact_write(&c->art, &c->s.prog, obj, &m);
	CHECK_INT(read_back(c->art.data, c->art.len, err, sizeof(err)), -1);
	CHECK(strstr(err, "helper call 1") != NULL);
	c->s.prog.sites = NULL;
	c->s.prog.nsites = 0;
	object_free(obj);
	release(c);
}

static void test_fields(void)
{
	struct compiled *c = compile(scripts[0]);

	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(c->s.prog.nfields, 2);
	CHECK_STR(c->s.prog.fields[0].name, "filename");
	CHECK_STR(c->s.prog.fields[0].type, "const char *");
	CHECK_INT(c->s.prog.fields[0].offset, 24);
	CHECK_INT(c->s.prog.fields[0].size, 8);
	CHECK_STR(c->s.prog.fields[1].name, "flags");
	CHECK(!c->s.prog.probes[0].wildcard);
	release(c);

	/* print(args): every field but the common ones. */
	c = compile(scripts[1]);
	CHECK(c != NULL);
	if (c) {
		bool common = false, prev_comm = false;

		for (unsigned i = 0; i < c->s.prog.nfields; i++) {
			common |= !strncmp(c->s.prog.fields[i].name, "common_", 7);
			prev_comm |= !strcmp(c->s.prog.fields[i].name, "prev_comm");
		}
		CHECK(!common);
		CHECK(prev_comm);
	}
	release(c);

	/* A wildcard's probes say so; the tracepoints laid out alike share
	 * one program, which lists them. */
	c = compile(scripts[4]);
	CHECK(c != NULL);
	if (c) {
		CHECK(c->s.prog.nprobes >= 1);
		CHECK(c->s.prog.probes[0].ntargets >= 2);
		CHECK(c->s.prog.probes[0].nnamed == c->s.prog.probes[0].ntargets);
		for (unsigned i = 0; i < c->s.prog.nprobes; i++)
			CHECK(c->s.prog.probes[i].wildcard);
	}
	release(c);
}

/* Every truncation, and a flipped bit anywhere, is refused (never read
 * past): the header's size and the checksum catch them. */
static void test_damage(void)
{
	struct compiled *c = compile(scripts[1]);
	char err[256];

	CHECK(c != NULL);
	if (!c)
		return;
	int refused = 0, total = 0;
	for (size_t n = 0; n < c->art.len; n++, total++) {
		char *cut = malloc(n ? n : 1);

		memcpy(cut, c->art.data, n);
		refused += read_back(cut, n, err, sizeof(err)) < 0;
		free(cut);
	}
	CHECK_INT(refused, total);
	CHECK_INT(read_back(c->art.data, c->art.len - 1, err, sizeof(err)), -1);
	CHECK(strstr(err, "truncated") != NULL);

	char *copy = malloc(c->art.len);
	refused = total = 0;
	for (size_t i = sizeof(struct art_header); i < c->art.len; i += 7, total++) {
		memcpy(copy, c->art.data, c->art.len);
		copy[i] ^= 0x10;
		refused += read_back(copy, c->art.len, err, sizeof(err)) < 0;
	}
	CHECK_INT(refused, total);
	CHECK(strstr(err, "checksum") != NULL);

	struct art_header h;
	memcpy(copy, c->art.data, c->art.len);
	memcpy(&h, copy, sizeof(h));
	h.version = ART_VERSION + 1;
	memcpy(copy, &h, sizeof(h));
	CHECK_INT(read_back(copy, c->art.len, err, sizeof(err)), -1);
	CHECK(strstr(err, "compile the script again") != NULL);

	memcpy(&h, c->art.data, sizeof(h));
	h.machine = h.machine == 183 ? 62 : 183;	/* EM_AARCH64, EM_X86_64 */
	memcpy(copy, &h, sizeof(h));
	CHECK_INT(read_back(copy, c->art.len, err, sizeof(err)), -1);
	CHECK(strstr(err, "compiled for") != NULL);

	CHECK_INT(read_back("#!/bin/sh\n", 10, err, sizeof(err)), -1);
	CHECK_STR(err, "not a tpscript artifact");
	free(copy);
	release(c);
}

/* A raw tracepoint probe reads back with its kind and name, and records no
 * tracepoint field (it has no format file to be checked against). */
static void test_rawtp(void)
{
	struct compiled *c = compile("rt:sched_switch { @[args.next] = count(); }");
	struct program *p;
	struct object *o;
	struct art_meta m;
	char err[256] = "";

	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(c->s.prog.nfields, 0);
	CHECK_INT(artifact_read(c->art.data, c->art.len, 0, &p, &o, &m, err, sizeof(err)), 0);
	if (p) {
		CHECK_INT(p->nprobes, 1);
		CHECK_INT(p->probes[0].kind, PK_RAWTRACEPOINT);
		CHECK(p->probes[0].category == NULL);
		CHECK_STR(p->probes[0].name, "sched_switch");
		CHECK_STR(p->probes[0].full, "rawtracepoint:sched_switch");
		program_free(p);
		object_free(o);
	}
	release(c);
}

/* Struct values: KEY_STRUCT key parts, values and tuple elements carry
 * their layout. Run last: a script that defines a struct makes libbpf
 * rewrite the kernel BTF's strings in place (btf__add_str on a split BTF
 * looks the string up in its base, which makes the base modifiable), and
 * names an earlier compile of this process kept from it (the raw
 * tracepoint index) then dangle. */
static void test_struct_values(void)
{
	struct compiled *c = compile("struct P { int a; char t[4]; struct { short s; } in; long v[2]; } "
				     "BEGIN { $p = *(struct P *)0; @v[$p, 1] = ($p.in, $p.v); "
				     "@w = *curtask->real_parent; @c[*curtask] = $p; print($p); "
				     "exit(); }");
	struct program *p;
	struct object *o;
	struct art_meta m;
	char err[256] = "";
	struct buf again = { 0 };

	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(artifact_read(c->art.data, c->art.len, 0, &p, &o, &m, err, sizeof(err)), 0);
	if (p) {
		unsigned structs = 0;

		for (unsigned i = 0; i < p->nmaps; i++) {
			for (unsigned k = 0; k < p->maps[i].nkey; k++)
				structs += p->maps[i].key[k].kind == KEY_STRUCT && p->maps[i].key[k].shape;
			for (unsigned k = 0; k < p->maps[i].nvals; k++)
				structs += p->maps[i].vals[k].kind == KEY_STRUCT && p->maps[i].vals[k].shape;
		}
		CHECK_INT(structs, 6);	/* @c: key, value; @v: key, .in, .v; @w */
		artifact_write(&again, p, o, &m);
		CHECK(again.len == c->art.len && !memcmp(again.data, c->art.data, again.len));
		buf_free(&again);
		program_free(p);
		object_free(o);
	}
	release(c);
}

int main(void)
{
	const char *fixtures = getenv("FIXTURES");
	char root[4096];

	if (!fixtures) {
		fprintf(stderr, "FIXTURES is not set (the path to tests/fixtures)\n");
		return 1;
	}
	snprintf(root, sizeof(root), "%s/tracefs", fixtures);
	setenv("TPSCRIPT_TRACEFS", root, 1);
	snprintf(root, sizeof(root), "%s/btf/rawtp.btf", fixtures);
	setenv("TPSCRIPT_BTF", root, 1);
	test_round_trip();
	test_fields();
	test_relocs();
	test_params();
	test_uaddrs();
	test_helper_sites();
	test_rawtp();
	test_struct_values();
	test_damage();
	return check_done();
}
