// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_tracefs.c - format-file parsing against real format files copied from
 * a 6.18 kernel (tests/fixtures/tracefs), listing, and malformed input. */
#include "check.h"
#include "kernel/tracefs.h"
#include "front/util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[PATH_MAX];

static struct tp_format *load(const char *cat, const char *name)
{
	char err[512] = "";
	struct tp_format *f = tp_format_load(root, cat, name, err, sizeof(err));

	if (!f)
		fprintf(stderr, "load %s:%s: %s\n", cat, name, err);
	return f;
}

/* Field name's kind, type text, offset, size and signedness in one go. */
static void check_field(const struct tp_format *f, const char *name,
			enum field_kind kind, const char *type, unsigned offset,
			unsigned size, bool is_signed)
{
	const struct tp_field *x = tp_format_field(f, name);

	CHECK(x != NULL);
	if (!x) {
		fprintf(stderr, "  no field %s\n", name);
		return;
	}
	CHECK_STR(x->name, name);
	CHECK_INT(x->kind, kind);
	CHECK_STR(x->type, type);
	CHECK_INT(x->offset, offset);
	CHECK_INT(x->size, size);
	CHECK_INT(x->is_signed, is_signed);
}

static void check_array(const struct tp_format *f, const char *name,
			unsigned elem_size, unsigned count)
{
	const struct tp_field *x = tp_format_field(f, name);

	CHECK(x != NULL);
	if (!x)
		return;
	CHECK_INT(x->elem_size, elem_size);
	CHECK_INT(x->count, count);
}

static void test_openat(void)
{
	struct tp_format *f = load("syscalls", "sys_enter_openat");
	const struct tp_field *x;
	size_t ncommon = 0;

	CHECK(f != NULL);
	if (!f)
		return;
	CHECK_STR(f->category, "syscalls");
	CHECK_STR(f->name, "sys_enter_openat");
	CHECK_INT(f->id, 782);
	CHECK_INT(f->nfields, 9);
	for (size_t i = 0; i < f->nfields; i++)
		ncommon += f->fields[i].common;
	CHECK_INT(ncommon, 4);
	check_field(f, "common_type", FK_INT, "unsigned short", 0, 2, false);
	check_field(f, "common_flags", FK_INT, "unsigned char", 2, 1, false);
	check_field(f, "common_preempt_count", FK_INT, "unsigned char", 3, 1, false);
	check_field(f, "common_pid", FK_INT, "int", 4, 4, true);
	CHECK(tp_format_field(f, "common_pid")->common);
	check_field(f, "__syscall_nr", FK_INT, "int", 8, 4, true);
	CHECK(!tp_format_field(f, "__syscall_nr")->common);
	/* syscall arguments are 8 bytes whatever their C type says */
	check_field(f, "dfd", FK_INT, "int", 16, 8, false);
	check_field(f, "filename", FK_PTR, "const char *", 24, 8, false);
	check_field(f, "flags", FK_INT, "int", 32, 8, false);
	check_field(f, "mode", FK_INT, "umode_t", 40, 8, false);
	x = tp_format_field(f, "filename");
	CHECK(x && x->user);
	CHECK(!tp_format_field(f, "dfd")->user);
	CHECK(tp_format_field(f, "filname") == NULL);
	CHECK(tp_format_field(f, "") == NULL);
	CHECK(tp_format_field(NULL, "filename") == NULL);
	tp_format_free(f);

	f = load("syscalls", "sys_exit_openat");
	CHECK(f != NULL);
	if (f) {
		CHECK_INT(f->nfields, 6);
		check_field(f, "ret", FK_INT, "long", 16, 8, true);
		tp_format_free(f);
	}
}

static void test_pointers(void)
{
	struct tp_format *f = load("syscalls", "sys_enter_execve");
	const struct tp_field *x;

	CHECK(f != NULL);
	if (f) {
		check_field(f, "argv", FK_PTR, "const char *const *", 24, 8, false);
		x = tp_format_field(f, "argv");
		CHECK(x && x->user);
		tp_format_free(f);
	}
	f = load("syscalls", "sys_enter_get_robust_list");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "head_ptr", FK_PTR, "struct robust_list_head * *", 24, 8, false);
		tp_format_free(f);
	}
	/* kernel pointers outside syscalls:* */
	f = load("percpu", "percpu_alloc_percpu");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "ptr", FK_PTR, "void __seg_gs *", 56, 8, false);
		check_field(f, "base_addr", FK_PTR, "void *", 40, 8, false);
		CHECK(!tp_format_field(f, "ptr")->user);
		check_field(f, "is_atomic", FK_INT, "bool", 17, 1, false);
		check_field(f, "size", FK_INT, "size_t", 24, 8, false);
		tp_format_free(f);
	}
}

static void test_sched(void)
{
	struct tp_format *f = load("sched", "sched_switch");

	CHECK(f != NULL);
	if (f) {
		check_field(f, "prev_comm", FK_CHARS, "char[16]", 8, 16, false);
		check_array(f, "prev_comm", 1, 16);
		check_field(f, "prev_pid", FK_INT, "pid_t", 24, 4, true);
		check_field(f, "prev_state", FK_INT, "long", 32, 8, true);
		check_field(f, "next_comm", FK_CHARS, "char[16]", 40, 16, false);
		check_field(f, "next_prio", FK_INT, "int", 60, 4, true);
		tp_format_free(f);
	}
	f = load("sched", "sched_process_exec");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "filename", FK_DATALOC_STR, "__data_loc char[]", 8, 4, false);
		check_array(f, "filename", 1, 0);
		check_field(f, "old_pid", FK_INT, "pid_t", 16, 4, true);
		tp_format_free(f);
	}
	f = load("sched", "sched_process_fork");
	CHECK(f != NULL);
	tp_format_free(f);
	f = load("sched", "sched_process_exit");
	CHECK(f != NULL);
	tp_format_free(f);
}

static void test_arrays(void)
{
	struct tp_format *f = load("raw_syscalls", "sys_enter");

	CHECK(f != NULL);
	if (f) {
		check_field(f, "id", FK_INT, "long", 8, 8, true);
		check_field(f, "args", FK_ARRAY, "unsigned long[6]", 16, 48, false);
		check_array(f, "args", 8, 6);
		tp_format_free(f);
	}
	f = load("sock", "inet_sock_set_state");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "saddr_v6", FK_ARRAY, "__u8[16]", 40, 16, false);
		check_array(f, "saddr_v6", 1, 16);
		check_field(f, "daddr", FK_ARRAY, "__u8[4]", 36, 4, false);
		check_array(f, "daddr", 1, 4);
		check_field(f, "skaddr", FK_PTR, "const void *", 8, 8, false);
		CHECK(!tp_format_field(f, "skaddr")->user);
		tp_format_free(f);
	}
	f = load("dma", "dma_map_sg");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "device", FK_DATALOC_STR, "__data_loc char[]", 8, 4, false);
		check_field(f, "phys_addrs", FK_DATALOC_ARRAY, "__data_loc u64[]", 24, 4, false);
		check_array(f, "phys_addrs", 8, 0);
		check_field(f, "lengths", FK_DATALOC_ARRAY, "__data_loc unsigned int[]", 32, 4, false);
		check_array(f, "lengths", 4, 0);
		check_field(f, "truncated", FK_INT, "bool", 20, 1, false);
		check_field(f, "dir", FK_INT, "enum dma_data_direction", 36, 4, false);
		tp_format_free(f);
	}
	f = load("ras", "arm_event");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "pei_buf", FK_DATALOC_ARRAY, "__data_loc u8[]", 40, 4, false);
		check_array(f, "pei_buf", 1, 0);
		tp_format_free(f);
	}
	f = load("ipi", "ipi_send_cpumask");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "cpumask", FK_DATALOC_ARRAY, "__data_loc cpumask_t", 8, 4, false);
		check_array(f, "cpumask", 8, 0);
		tp_format_free(f);
	}
	/* flexible tails: size 0, count unknown */
	f = load("ftrace", "function");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "args", FK_ARRAY, "unsigned long[]", 24, 0, false);
		check_array(f, "args", 8, 0);
		tp_format_free(f);
	}
	f = load("ftrace", "print");
	CHECK(f != NULL);
	if (f) {
		check_field(f, "buf", FK_CHARS, "char[]", 16, 0, false);
		check_array(f, "buf", 1, 0);
		tp_format_free(f);
	}
}

static bool same_list(char **got, const char *const *want)
{
	size_t i;

	if (!got)
		return false;
	for (i = 0; got[i] && want[i]; i++)
		if (strcmp(got[i], want[i]))
			break;
	if (got[i] || want[i]) {
		fprintf(stderr, "  list differs at %zu: got %s, want %s\n", i,
			got[i] ? got[i] : "(end)", want[i] ? want[i] : "(end)");
		return false;
	}
	return true;
}

static void test_list(void)
{
	static const char *const cats[] = {
		"capability", "dma", "ftrace", "ipi", "percpu", "ras", "raw_syscalls", "sched",
		"sock", "syscalls", "task", NULL,
	};
	static const char *const sys[] = {
		"sys_enter_brk", "sys_enter_close", "sys_enter_dup",
		"sys_enter_execve", "sys_enter_get_robust_list", "sys_enter_getpid",
		"sys_enter_getppid", "sys_enter_ioctl", "sys_enter_lseek",
		"sys_enter_mmap", "sys_enter_nanosleep", "sys_enter_newfstat",
		"sys_enter_open", "sys_enter_openat", "sys_enter_pread64",
		"sys_enter_read", "sys_enter_write", "sys_exit_brk",
		"sys_exit_close", "sys_exit_dup", "sys_exit_getpid",
		"sys_exit_getppid", "sys_exit_lseek", "sys_exit_mmap",
		"sys_exit_openat", "sys_exit_read", "sys_exit_write", NULL,
	};
	char **l;

	l = tracefs_list(root, NULL);
	CHECK(same_list(l, cats));
	tracefs_names_free(l);
	l = tracefs_list(root, "syscalls");
	CHECK(same_list(l, sys));
	tracefs_names_free(l);

	errno = 0;
	CHECK(tracefs_list(root, "nosuchcat") == NULL);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(tracefs_list(root, "..") == NULL);
	CHECK_INT(errno, ENOENT);
	CHECK(tracefs_list(root, "sched/../syscalls") == NULL);
	tracefs_names_free(NULL);
}

/* A scratch tree with the files a real tracefs has next to the categories,
 * which must not be listed as categories or loaded as events. */
static void test_files_skipped(void)
{
	char dir[] = "/tmp/test_tracefs.XXXXXX", p[PATH_MAX + 64], err[512];
	static const char *const want[] = { "alpha", "beta", NULL };
	static const char *const files[] = {
		"events/enable", "events/header_page", "events/beta/filter",
	};
	char **l;
	FILE *fp;

	if (!mkdtemp(dir)) {
		CHECK(!"mkdtemp");
		return;
	}
	snprintf(p, sizeof(p), "%s/events", dir);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/events/beta", dir);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/events/alpha", dir);
	mkdir(p, 0755);
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		fp = fopen(p, "w");
		CHECK(fp != NULL);
		if (fp)
			fclose(fp);
	}
	l = tracefs_list(dir, NULL);
	CHECK(same_list(l, want));
	tracefs_names_free(l);
	l = tracefs_list(dir, "beta");
	CHECK(l && !l[0]);
	tracefs_names_free(l);

	errno = 0;
	CHECK(tp_format_load(dir, "enable", "x", err, sizeof(err)) == NULL);
	CHECK_INT(errno, ENOENT);

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		unlink(p);
	}
	snprintf(p, sizeof(p), "%s/events/beta", dir);
	rmdir(p);
	snprintf(p, sizeof(p), "%s/events/alpha", dir);
	rmdir(p);
	snprintf(p, sizeof(p), "%s/events", dir);
	rmdir(p);
	rmdir(dir);
}

static void test_root_and_load_errors(void)
{
	char err[512] = "";
	const char *r;

	setenv("TPSCRIPT_TRACEFS", root, 1);
	r = tracefs_root(err, sizeof(err));
	CHECK_STR(r, root);

	setenv("TPSCRIPT_TRACEFS", "/nonexistent/tracefs", 1);
	errno = 0;
	err[0] = '\0';
	CHECK(tracefs_root(err, sizeof(err)) == NULL);
	CHECK_INT(errno, ENOENT);
	CHECK(strstr(err, "TPSCRIPT_TRACEFS") != NULL);
	CHECK(tracefs_root(NULL, 0) == NULL);

	/* Only where tracefs is already there: a unit test must not mount. */
	unsetenv("TPSCRIPT_TRACEFS");
	if (access("/sys/kernel/tracing/events", F_OK) == 0) {
		r = tracefs_root(err, sizeof(err));
		CHECK_STR(r, "/sys/kernel/tracing");
	}
	setenv("TPSCRIPT_TRACEFS", root, 1);

	errno = 0;
	err[0] = '\0';
	CHECK(tp_format_load(root, "syscalls", "sys_enter_nope", err, sizeof(err)) == NULL);
	CHECK_INT(errno, ENOENT);
	CHECK(strstr(err, "syscalls:sys_enter_nope") != NULL);
	errno = 0;
	CHECK(tp_format_load(root, "nope", "nope", err, sizeof(err)) == NULL);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(tp_format_load(root, "..", "format", err, sizeof(err)) == NULL);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(tp_format_load(root, "sched/../sched", "sched_switch", NULL, 0) == NULL);
	CHECK_INT(errno, ENOENT);
	CHECK(tp_format_load(root, "", "x", err, sizeof(err)) == NULL);

	/* root NULL means tracefs_root(), here the fixture tree */
	struct tp_format *f = tp_format_load(NULL, "sched", "sched_switch", err, sizeof(err));
	CHECK(f != NULL);
	tp_format_free(f);
}

#define HDR "name: x\nID: 7\nformat:\n"
#define COMMON "\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n"

/* Each must fail, with "line N" in the message. */
static const struct {
	const char *text;
	unsigned line;
} bad[] = {
	{ "", 1 },
	{ "\n\n", 1 },
	{ "name: x\n", 2 },
	{ "name:\nID: 1\nformat:\n", 1 },
	{ "name: x\nID: -1\nformat:\n", 2 },
	{ "name: x\nID: 99999999999999999999999\nformat:\n", 2 },
	{ "name: x\nID: 12abc\nformat:\n", 2 },
	{ "name: x\nID: 1\n", 3 },
	{ "name: x\nID: 1\nformat: extra\n", 3 },
	{ HDR, 4 },
	{ HDR "\n\nprint fmt: \"\"\n", 6 },
	{ HDR "hello\n", 4 },
	/* truncated lines */
	{ HDR "\tfield:int x;\toffset:8;\tsi", 4 },
	{ HDR "\tfield:int x;\toffset:8;\tsize:", 4 },
	{ HDR "\tfield:int x;\toffset:8;\tsize:4;", 4 },
	{ HDR "\tfield:int x;\toffset:8;\tsize:4;\tsigned:1", 4 },
	{ HDR "\tfield:int x;\toffset:8", 4 },
	{ HDR "\tfield:int x", 4 },
	{ HDR "\tfield:", 4 },
	{ HDR "\tfield", 4 },
	/* huge or bad numbers */
	{ HDR "\tfield:int x;\toffset:99999999999999999999999;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toffset:4294967296;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toffset:65535;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toffset:8;\tsize:18446744073709551615;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toffset:-8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toffset:0x8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toffset:8;\tsize:4;\tsigned:2;\n", 4 },
	{ HDR "\tfield:int x;\toffset:;\tsize:4;\tsigned:1;\n", 4 },
	/* missing semicolons */
	{ HDR COMMON "\tfield:int x\toffset:8\tsize:4\tsigned:1\n", 5 },
	{ HDR COMMON "\tfield:int x;\toffset:8\tsize:4;\tsigned:1;\n", 5 },
	{ HDR COMMON "\tfield:int x;\toffset:8;\tsize:4\tsigned:1;\n", 5 },
	{ HDR COMMON "\tfield:int x\n", 5 },
	/* declarations without a name or a type */
	{ HDR "\tfield:int;\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:x;\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:;\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int 9x;\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x[;\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x];\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int [4];\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int (*f)(void);\toffset:8;\tsize:8;\tsigned:0;\n", 4 },
	{ HDR "\tfield:int \x01x;\toffset:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\t:8;\tsize:4;\tsigned:1;\n", 4 },
	{ HDR "\tfield:int x;\toff set:8;\tsize:4;\tsigned:1;\n", 4 },
	/* the same field twice */
	{ HDR COMMON COMMON, 5 },
};

static void test_malformed(void)
{
	char err[512], want[32];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct tp_format *f;

		strcpy(err, "(unset)");
		errno = 0;
		f = tp_format_parse(bad[i].text, "c", "x", err, sizeof(err));
		CHECK(f == NULL);
		CHECK_INT(errno, EINVAL);
		snprintf(want, sizeof(want), "line %u: ", bad[i].line);
		if (strncmp(err, want, strlen(want))) {
			fprintf(stderr, "  bad[%zu]: want \"%s...\", got \"%s\"\n",
				i, want, err);
			CHECK(!"message has the line number");
		}
		tp_format_free(f);
		/* no message buffer at all */
		CHECK(tp_format_parse(bad[i].text, "c", "x", NULL, 0) == NULL);
	}
	CHECK(tp_format_parse(NULL, "c", "x", err, sizeof(err)) == NULL);
	CHECK(tp_format_parse(HDR, "c", "x", err, 1) == NULL);
	CHECK_INT(err[0], '\0');
}

/* Shapes that are odd but must parse, with the odd field opaque or sized from
 * what the kernel says. */
static void test_tolerated(void)
{
	char err[512] = "";
	struct tp_format *f = tp_format_parse(HDR
		"\tfield:char comm[TASK_COMM_LEN];\toffset:8;\tsize:16;\tsigned:0;\r\n"
		"\tfield:struct foo s;\toffset:24;\tsize:8;\tsigned:0;\n"
		"\tfield:char c[4];\toffset:32;\tsize:6;\tsigned:0;\n"
		"\tfield:__data_loc struct foo[] d;\toffset:40;\tsize:4;\tsigned:0;\n"
		"\tfield:__rel_loc char[] r;\toffset:44;\tsize:4;\tsigned:0;\n"
		"\tfield:int   y;\toffset:48;\tsize:4;\tsigned:1;\tnewkey:whatever;\n"
		"\tfield:u8 odd;\toffset:52;\tsize:3;\tsigned:0;\n"
		"\tfield:struct bar flex[];\toffset:56;\tsize:0;\tsigned:0;\n"
		"\n"
		"print fmt: \"line one\n"
		"garbage that is part of the print fmt\"\n",
		NULL, NULL, err, sizeof(err));

	CHECK(f != NULL);
	if (!f) {
		fprintf(stderr, "  %s\n", err);
		return;
	}
	CHECK_STR(f->name, "x");		/* from the file when not given */
	CHECK_STR(f->category, "");
	CHECK_INT(f->id, 7);
	check_field(f, "comm", FK_CHARS, "char[16]", 8, 16, false);
	check_array(f, "comm", 1, 16);
	check_field(f, "s", FK_OTHER, "struct foo", 24, 8, false);
	check_field(f, "c", FK_OTHER, "char[4]", 32, 6, false);
	check_field(f, "d", FK_OTHER, "__data_loc struct foo[]", 40, 4, false);
	check_field(f, "r", FK_OTHER, "__rel_loc char[]", 44, 4, false);
	check_field(f, "y", FK_INT, "int", 48, 4, true);
	check_field(f, "odd", FK_OTHER, "u8", 52, 3, false);
	check_field(f, "flex", FK_OTHER, "struct bar[]", 56, 0, false);
	tp_format_free(f);
	tp_format_free(NULL);
}

/* Every prefix of a real file and many random corruptions of it: either a
 * format or an error with a line number, never a crash (run under ASan). */
static void test_garbage(void)
{
	char path[PATH_MAX + 64], err[512];
	unsigned long seed = 12345;
	size_t len, fails = 0;
	char *text, *copy;

	snprintf(path, sizeof(path), "%s/events/dma/dma_map_sg/format", root);
	text = read_file(path, &len);
	CHECK(text != NULL);
	if (!text)
		return;
	copy = xmalloc(len + 1);
	for (size_t n = 0; n <= len; n++) {
		struct tp_format *f;

		memcpy(copy, text, n);
		copy[n] = '\0';
		err[0] = '\0';
		f = tp_format_parse(copy, "dma", "dma_map_sg", err, sizeof(err));
		if (!f && strncmp(err, "line ", 5))
			fails++;
		tp_format_free(f);
	}
	for (int round = 0; round < 20000; round++) {
		struct tp_format *f;
		int edits = 1 + round % 8;

		memcpy(copy, text, len + 1);
		for (int e = 0; e < edits; e++) {
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			size_t at = (seed >> 33) % len;
			static const char alphabet[] = "\n\t ;:[]*0123456789_az\x01\xff";
			copy[at] = alphabet[(seed >> 13) % (sizeof(alphabet) - 1)];
		}
		err[0] = '\0';
		f = tp_format_parse(copy, "dma", "dma_map_sg", err, sizeof(err));
		if (!f && strncmp(err, "line ", 5))
			fails++;
		if (f) {
			for (size_t i = 0; i < f->nfields; i++) {
				CHECK(f->fields[i].offset + f->fields[i].size <= 65536);
				CHECK(f->fields[i].name[0] && f->fields[i].type[0]);
			}
		}
		tp_format_free(f);
	}
	CHECK_INT(fails, 0);
	free(copy);
	free(text);
}

int main(void)
{
	const char *fixtures = getenv("FIXTURES");

	if (!fixtures) {
		fprintf(stderr, "FIXTURES is not set (the path to tests/fixtures)\n");
		return 1;
	}
	snprintf(root, sizeof(root), "%s/tracefs", fixtures);
	setenv("TPSCRIPT_TRACEFS", root, 1);

	test_openat();
	test_pointers();
	test_sched();
	test_arrays();
	test_list();
	test_files_skipped();
	test_root_and_load_errors();
	test_malformed();
	test_tolerated();
	test_garbage();
	return check_done();
}
