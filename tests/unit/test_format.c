// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_format.c - printf format parsing and record formatting. */
#define _GNU_SOURCE
#include "check.h"
#include "program/fmt.h"

#include <stdlib.h>
#include <string.h>

#define I(x) { .kind = CONV_INT, .i = (unsigned long long)(x) }
#define S(x) { .kind = CONV_STR, .s = (x) }
#define P(x) { .kind = CONV_PTR, .i = (unsigned long long)(x) }
#define VALS(...) ((const struct fmt_val[]){ __VA_ARGS__ })

/* Parse and print fmt; the result lives until the next call. */
static const char *run(const char *fmt, const struct fmt_val *vals)
{
	static char result[4096];
	struct fmt f;
	size_t off = 0;
	char err[128] = "";
	char *buf = NULL;
	size_t len = 0;
	FILE *out;
	int rc;

	if (fmt_parse(fmt, &f, &off, err, sizeof(err)) < 0) {
		fprintf(stderr, "fmt_parse(\"%s\") failed at %zu: %s\n", fmt,
			off, err);
		return "<parse error>";
	}
	out = open_memstream(&buf, &len);
	rc = fmt_print(out, fmt, &f, vals);
	fclose(out);
	fmt_free(&f);
	snprintf(result, sizeof(result), "%s", rc < 0 ? "<print error>" : buf);
	free(buf);
	return result;
}

/* Parse fmt, which must fail; returns the message and sets *off. */
static const char *parse_err(const char *fmt, size_t *off)
{
	static char err[128];
	struct fmt f = { (struct conv *)1, 99 };

	*off = (size_t)-1;
	err[0] = '\0';
	if (fmt_parse(fmt, &f, off, err, sizeof(err)) == 0) {
		fmt_free(&f);
		return "<parsed>";
	}
	/* A failed parse leaves nothing to free. */
	CHECK(f.convs == NULL && f.nconvs == 0);
	return err;
}

static void test_parse(void)
{
	struct fmt f;
	size_t off;
	char err[64];
	static const struct {
		const char *fmt;
		char spec;
		enum conv_arg arg;
		unsigned bits;
		bool is_signed;
	} t[] = {
		{ "%d", 'd', CONV_INT, 32, true },
		{ "%i", 'i', CONV_INT, 32, true },
		{ "%u", 'u', CONV_INT, 32, false },
		{ "%x", 'x', CONV_INT, 32, false },
		{ "%X", 'X', CONV_INT, 32, false },
		{ "%o", 'o', CONV_INT, 32, false },
		{ "%hd", 'd', CONV_INT, 16, true },
		{ "%hhu", 'u', CONV_INT, 8, false },
		{ "%ld", 'd', CONV_INT, 64, true },
		{ "%llx", 'x', CONV_INT, 64, false },
		{ "%zu", 'u', CONV_INT, 64, false },
		{ "%jd", 'd', CONV_INT, 64, true },
		{ "%td", 'd', CONV_INT, 64, true },
		{ "%c", 'c', CONV_INT, 8, false },
		{ "%p", 'p', CONV_PTR, 64, false },
		{ "%s", 's', CONV_STR, 0, false },
		{ "%-8r", 'r', CONV_BUF, 0, false },
		{ "%rx", 'r', CONV_BUF, 0, false },
		{ "%-4rh", 'r', CONV_BUF, 0, false },
		{ "%-+ #012.5lld", 'd', CONV_INT, 64, true },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		CHECK_INT(fmt_parse(t[i].fmt, &f, &off, err, sizeof(err)), 0);
		CHECK_INT(f.nconvs, 1);
		if (f.nconvs != 1)
			continue;
		CHECK_INT(f.convs[0].start, 0);
		CHECK_INT(f.convs[0].end, strlen(t[i].fmt));
		CHECK_INT(f.convs[0].spec, t[i].spec);
		CHECK_INT(f.convs[0].arg, t[i].arg);
		if (t[i].arg != CONV_STR && t[i].arg != CONV_BUF)
			CHECK_INT(f.convs[0].width_bits, t[i].bits);
		CHECK_INT(f.convs[0].is_signed, t[i].is_signed);
		/* %rx and %rh are one conversion each, with their style */
		CHECK_INT(f.convs[0].buf_style, t[i].arg == CONV_BUF ? t[i].fmt[strlen(t[i].fmt) - 1] == 'r'
						 ? 0 : t[i].fmt[strlen(t[i].fmt) - 1] : 0);
		fmt_free(&f);
	}

	/* Byte ranges, with "%%" skipped as literal text. */
	CHECK_INT(fmt_parse("a %% %5s b %-lu%%%c", &f, &off, err, sizeof(err)), 0);
	CHECK_INT(f.nconvs, 3);
	if (f.nconvs == 3) {
		CHECK_INT(f.convs[0].start, 5);
		CHECK_INT(f.convs[0].end, 8);
		CHECK_INT(f.convs[1].start, 11);
		CHECK_INT(f.convs[1].end, 15);
		CHECK_INT(f.convs[2].start, 17);
		CHECK_INT(f.convs[2].end, 19);
	}
	fmt_free(&f);
	fmt_free(&f);	/* freeing twice is harmless */

	CHECK_INT(fmt_parse("no conversions %%", &f, &off, err, sizeof(err)), 0);
	CHECK_INT(f.nconvs, 0);
	fmt_free(&f);

	/* Many conversions: the array grows. */
	CHECK_INT(fmt_parse("%d%d%d%d%d%d%d%d%d%d%d%d", &f, &off, err,
			    sizeof(err)), 0);
	CHECK_INT(f.nconvs, 12);
	fmt_free(&f);
}

static void test_errors(void)
{
	size_t off;

	CHECK_STR(parse_err("%q", &off), "unknown conversion '%q'");
	CHECK_STR(parse_err("%lr", &off), "'%lr': only integer conversions take a length modifier");
	CHECK_INT(off, 0);
	CHECK_STR(parse_err("abc %-08lq", &off), "unknown conversion '%-08lq'");
	CHECK_INT(off, 4);
	CHECK_STR(parse_err("%n", &off), "unknown conversion '%n'");
	CHECK_STR(parse_err("%f", &off), "unknown conversion '%f'");
	CHECK_STR(parse_err("%5-d", &off), "unknown conversion '%5-'");
	CHECK_STR(parse_err("%1$d", &off), "unknown conversion '%1$'");
	CHECK_STR(parse_err("%lll", &off), "unknown conversion '%lll'");
	CHECK_STR(parse_err("%\xc3\xa9!", &off), "unknown conversion '%\xc3\xa9'");
	CHECK_STR(parse_err("%\x01", &off), "unknown conversion '%\\x01'");

	/* Conversions before the error are freed (ASan/valgrind). */
	CHECK_STR(parse_err("%d %d %d %d %d %s %q", &off),
		  "unknown conversion '%q'");
	CHECK_INT(off, 18);

	CHECK_STR(parse_err("%", &off), "'%' at the end of the format string");
	CHECK_INT(off, 0);
	CHECK_STR(parse_err("100%% sure %d %", &off),
		  "'%' at the end of the format string");
	CHECK_INT(off, 14);
	CHECK_STR(parse_err("x %-5l", &off),
		  "unfinished conversion '%-5l' at the end of the format string");
	CHECK_INT(off, 2);

	CHECK_STR(parse_err("ab %*d", &off), "'*' widths are not supported");
	CHECK_INT(off, 3);
	CHECK_STR(parse_err("%-*d", &off), "'*' widths are not supported");
	CHECK_INT(off, 0);
	CHECK_STR(parse_err("%.*s", &off), "'*' precisions are not supported");
	CHECK_INT(off, 0);

	CHECK_STR(parse_err("%ls", &off),
		  "'%ls': only integer conversions take a length modifier");
	CHECK_STR(parse_err("%hhc", &off),
		  "'%hhc': only integer conversions take a length modifier");
	CHECK_STR(parse_err("%lp", &off),
		  "'%lp': only integer conversions take a length modifier");

	CHECK_STR(parse_err(" %99999999999999999999d", &off),
		  "the width in '%99999999999999999999' is too large (at most 65535)");
	CHECK_INT(off, 1);
	CHECK_STR(parse_err("%.70000s", &off),
		  "the precision in '%.70000' is too large (at most 65535)");

	/* A short error buffer truncates, NULL err and err_off are allowed. */
	{
		struct fmt f;
		char small[8];

		CHECK_INT(fmt_parse("%q", &f, &off, small, sizeof(small)), -1);
		CHECK_STR(small, "unknown");
		CHECK_INT(fmt_parse("%q", &f, NULL, NULL, 0), -1);
	}
}

static void test_ints(void)
{
	/* Every integer conversion. */
	CHECK_STR(run("%d %i %u", VALS(I(42), I(-7), I(42))), "42 -7 42");
	CHECK_STR(run("[%r] [%-6r] [%6r]", VALS({ .kind = CONV_BUF, .s = "a\\x00" },
					      { .kind = CONV_BUF, .s = "ab" },
					      { .kind = CONV_BUF, .s = "ab" })),
		  "[a\\x00] [ab    ] [    ab]");
	CHECK_STR(run("%x %X %o", VALS(I(255), I(255), I(8))), "ff FF 10");
	CHECK_STR(run("%#x %#X %#o", VALS(I(255), I(255), I(8))), "0xff 0XFF 010");

	/* No length: C's int, the low 32 bits. */
	CHECK_STR(run("%d", VALS(I(0xffffffff))), "-1");
	CHECK_STR(run("%d", VALS(I(0x100000005ULL))), "5");
	CHECK_STR(run("%i", VALS(I(0x80000000))), "-2147483648");
	CHECK_STR(run("%u", VALS(I(-1))), "4294967295");
	CHECK_STR(run("%x", VALS(I(-1))), "ffffffff");
	CHECK_STR(run("%o", VALS(I(-1))), "37777777777");

	/* 64 bits. */
	CHECK_STR(run("%ld", VALS(I(-1))), "-1");
	CHECK_STR(run("%lld", VALS(I(0x8000000000000000ULL))),
		  "-9223372036854775808");
	CHECK_STR(run("%lu", VALS(I(-1))), "18446744073709551615");
	CHECK_STR(run("%llx", VALS(I(0xdeadbeefcafeULL))), "deadbeefcafe");
	CHECK_STR(run("%zu %jd %td", VALS(I(-1), I(-2), I(-3))),
		  "18446744073709551615 -2 -3");
	CHECK_STR(run("%lX", VALS(I(0xabcdef0123ULL))), "ABCDEF0123");

	/* 16 and 8 bits. */
	CHECK_STR(run("%hd", VALS(I(0xffff))), "-1");
	CHECK_STR(run("%hd", VALS(I(0x18000))), "-32768");
	CHECK_STR(run("%hu", VALS(I(-1))), "65535");
	CHECK_STR(run("%hx", VALS(I(0x12345))), "2345");
	CHECK_STR(run("%hhd", VALS(I(0x80))), "-128");
	CHECK_STR(run("%hhd", VALS(I(0x17f))), "127");
	CHECK_STR(run("%hhu", VALS(I(-1))), "255");
	CHECK_STR(run("%hhx", VALS(I(0x1ff))), "ff");

	/* Width, flags, precision. */
	CHECK_STR(run("[%5d]", VALS(I(42))), "[   42]");
	CHECK_STR(run("[%-5d]", VALS(I(42))), "[42   ]");
	CHECK_STR(run("[%05d]", VALS(I(-42))), "[-0042]");
	CHECK_STR(run("[%-05d]", VALS(I(42))), "[42   ]");
	CHECK_STR(run("[%08lx]", VALS(I(0xbeef))), "[0000beef]");
	CHECK_STR(run("[%#010x]", VALS(I(0xbeef))), "[0x0000beef]");
	CHECK_STR(run("[%+d] [% d] [%+d]", VALS(I(5), I(5), I(-5))),
		  "[+5] [ 5] [-5]");
	CHECK_STR(run("[%.3d] [%8.3d] [%.0d]", VALS(I(7), I(-7), I(0))),
		  "[007] [    -007] []");
	CHECK_STR(run("[%010.3d]", VALS(I(7))), "[       007]");
	CHECK_STR(run("[%20lu]", VALS(I(-1))), "[18446744073709551615]");
	CHECK_STR(run("[%21lu]", VALS(I(-1))), "[ 18446744073709551615]");
}

static void test_chars_strings(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out;
	struct fmt f;
	size_t off;
	char err[64];

	CHECK_STR(run("%c%c%c", VALS(I('o'), I('k'), I(0x121))), "ok!");
	CHECK_STR(run("[%3c] [%-3c]", VALS(I('a'), I('b'))), "[  a] [b  ]");

	/* %c of 0 writes a NUL byte. */
	CHECK_INT(fmt_parse("<%c>", &f, &off, err, sizeof(err)), 0);
	out = open_memstream(&buf, &len);
	CHECK_INT(fmt_print(out, "<%c>", &f, VALS(I(0x100))), 0);
	fclose(out);
	CHECK_INT(len, 3);
	CHECK(len == 3 && memcmp(buf, "<\0>", 3) == 0);
	free(buf);
	fmt_free(&f);

	CHECK_STR(run("%s", VALS(S("hello"))), "hello");
	CHECK_STR(run("%s|%s", VALS(S(""), S("x"))), "|x");
	CHECK_STR(run("[%8s]", VALS(S("abc"))), "[     abc]");
	CHECK_STR(run("[%-8s]", VALS(S("abc"))), "[abc     ]");
	CHECK_STR(run("[%.2s]", VALS(S("abc"))), "[ab]");
	CHECK_STR(run("[%.0s]", VALS(S("abc"))), "[]");
	CHECK_STR(run("[%.s]", VALS(S("abc"))), "[]");
	CHECK_STR(run("[%6.2s]", VALS(S("abc"))), "[    ab]");
	CHECK_STR(run("[%-6.2s]", VALS(S("abc"))), "[ab    ]");
	CHECK_STR(run("[%.10s]", VALS(S("abc"))), "[abc]");
	CHECK_STR(run("[%2s]", VALS(S("abcdef"))), "[abcdef]");
	/* A '%' in an argument is just text. */
	CHECK_STR(run("%s", VALS(S("%d %n %s"))), "%d %n %s");
	/* A NULL string prints as empty rather than crashing. */
	CHECK_STR(run("[%s]", VALS(S(NULL))), "[]");
}

/* What glibc prints for %p with these flags and (void *)1, with the digit
 * '1' turned into '0': how a null pointer should look if glibc did not
 * print "(nil)". */
static void check_null_ptr_like_glibc(const char *spec)
{
	char cfmt[32], want[128], tfmt[40];
	char *one;

	snprintf(cfmt, sizeof(cfmt), "%%%sp", spec);
	snprintf(want, sizeof(want), cfmt, (void *)1);
	one = strchr(want, '1');
	CHECK(one != NULL);
	if (one)
		*one = '0';
	snprintf(tfmt, sizeof(tfmt), "%%%sp", spec);
	CHECK_STR(run(tfmt, VALS(P(0))), want);
}

static void test_pointers(void)
{
	static const char *specs[] = {
		"", "5", "-5", "010", "-010", "+", " ", "+010", " 10", "-+10",
		".4", "10.4", "-10.4", "010.4", "#", "2", ".0",
	};
	char want[64];

	snprintf(want, sizeof(want), "%p", (void *)0xffffffff81000000ULL);
	CHECK_STR(want, "0xffffffff81000000");
	CHECK_STR(run("%p", VALS(P(0xffffffff81000000ULL))), want);
	CHECK_STR(run("%p", VALS(P(0x1234))), "0x1234");
	CHECK_STR(run("[%10p]", VALS(P(0x1234))), "[    0x1234]");
	CHECK_STR(run("[%-10p]", VALS(P(0x1234))), "[0x1234    ]");
	CHECK_STR(run("[%010p]", VALS(P(0x1234))), "[0x00001234]");

	CHECK_STR(run("%p", VALS(P(0))), "0x0");
	CHECK_STR(run("[%5p]", VALS(P(0))), "[  0x0]");
	CHECK_STR(run("[%-5p]", VALS(P(0))), "[0x0  ]");
	CHECK_STR(run("[%05p]", VALS(P(0))), "[0x000]");
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++)
		check_null_ptr_like_glibc(specs[i]);
}

static void test_literals(void)
{
	CHECK_STR(run("", NULL), "");
	CHECK_STR(run("plain text\n", NULL), "plain text\n");
	CHECK_STR(run("100%%", NULL), "100%");
	CHECK_STR(run("%%%%", NULL), "%%");
	CHECK_STR(run("%%d", NULL), "%d");
	/* "%%" after the last conversion is one '%' (bpftrace 0.17 prints
	 * two there, a bug we do not copy). */
	CHECK_STR(run("pid %d: %s (%u%%)\n", VALS(I(123), S("cat"), I(50))),
		  "pid 123: cat (50%)\n");
	CHECK_STR(run("%%%d%%%s%%", VALS(I(1), S("x"))), "%1%x%");
	CHECK_STR(run("%d%d", VALS(I(1), I(2))), "12");
	CHECK_STR(run("a\tb %-3d| %x\n", VALS(I(1), I(0xa))), "a\tb 1  | a\n");
}

static void test_write_error(void)
{
	char mem[16];
	struct fmt f;
	size_t off;
	char err[64];
	FILE *ro = fmemopen(mem, sizeof(mem), "r");

	CHECK(ro != NULL);
	if (!ro)
		return;
	CHECK_INT(fmt_parse("x %d y %s\n", &f, &off, err, sizeof(err)), 0);
	CHECK_INT(fmt_print(ro, "x %d y %s\n", &f, VALS(I(1), S("z"))), -1);
	fclose(ro);

	/* Writes that only fail on flush would show in ferror then; an
	 * unbuffered /dev/full fails at once. */
	FILE *full = fopen("/dev/full", "w");

	if (full) {
		setvbuf(full, NULL, _IONBF, 0);
		CHECK_INT(fmt_print(full, "x %d y %s\n", &f,
				    VALS(I(1), S("z"))), -1);
		fclose(full);
	}
	fmt_free(&f);
}

int main(void)
{
	test_parse();
	test_errors();
	test_ints();
	test_chars_strings();
	test_pointers();
	test_literals();
	test_write_error();
	return check_done();
}
