// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_report.c - the one message channel (front/report.c) and the located
 * diagnostics printed through it (front/diag.c): exact texts. */
#define _GNU_SOURCE
#include "check.h"
#include "front/diag.h"
#include "front/report.h"

#include <stdlib.h>
#include <string.h>

static char *buf;
static size_t len;
static FILE *mem;

static void start(void)
{
	mem = open_memstream(&buf, &len);
	report_to(mem);
}

/* What was printed since start(); the caller frees it. */
static char *stop(void)
{
	fclose(mem);
	report_to(NULL);
	return buf;
}

static void test_levels(void)
{
	unsigned before = report_errors();
	char *got;

	start();
	report_error("cannot write %s: %s", "out.txt", "No space left on device");
	report_hint("try %d", 2);
	report_warning("%u records were lost", 12u);
	report_note("compiled; kept in the cache (%s)", "/c");
	report_more("the verifier says: %s", "R1 invalid mem access");
	got = stop();
	CHECK_STR(got, "tpscript: error: cannot write out.txt: No space left on device\n"
		       "  hint: try 2\n"
		       "tpscript: warning: 12 records were lost\n"
		       "tpscript: compiled; kept in the cache (/c)\n"
		       "  the verifier says: R1 invalid mem access\n");
	free(got);
	CHECK_INT(report_errors(), before + 1);
}

/* A long message is not cut by report_*; diag_* cut at 511 bytes. */
static void test_long(void)
{
	char big[2000];
	char *got;

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = 0;
	start();
	report_error("%s", big);
	got = stop();
	CHECK_INT(strlen(got), strlen("tpscript: error: ") + 1999 + 1);
	free(got);

	struct source src = { .name = "t.tp", .text = "BEGIN {}\n", .len = 9 };
	struct diag d;

	mem = open_memstream(&buf, &len);
	diag_init(&d, &src, mem);
	diag_error(&d, NULL, "%s", big);
	diag_hint(&d, "%s", big);
	fclose(mem);
	CHECK(!strncmp(buf, "tpscript: error: xxx", 20));
	char *nl = strchr(buf, '\n');
	CHECK(nl && nl - buf == (long)(strlen("tpscript: error: ") + 511 + 3));
	CHECK(nl && !strncmp(nl - 4, "x...", 4));
	CHECK(nl && !strncmp(nl + 1, "  hint: x", 9));
	CHECK(nl && strlen(nl + 1) == strlen("  hint: ") + 1023 + 3 + 1);
	CHECK_INT(d.errors, 1);
	free(buf);
}

/* A located error and its hint: the same labels as report_*. */
static void test_located(void)
{
	struct source src = { .name = "t.tp", .text = "BEGIN { foo(); }\n", .len = 17 };
	struct loc l = { 1, 9, 1, 11, 0 };
	struct diag d;

	mem = open_memstream(&buf, &len);
	diag_init(&d, &src, mem);
	diag_error(&d, &l, "unknown function '%s'", "foo");
	diag_hint(&d, "did you mean '%s'?", "for");
	diag_warning(&d, &l, "w");
	diag_plain(&d, "cannot write the LLVM IR: %s", "EIO");
	fclose(mem);
	CHECK_STR(buf, "t.tp:1:9: error: unknown function 'foo'\n"
		       "    BEGIN { foo(); }\n"
		       "            ^~~\n"
		       "  hint: did you mean 'for'?\n"
		       "t.tp:1:9: warning: w\n"
		       "    BEGIN { foo(); }\n"
		       "            ^~~\n"
		       "tpscript: error: cannot write the LLVM IR: EIO\n");
	CHECK_INT(d.errors, 2);
	CHECK_INT(d.warnings, 1);
	free(buf);
}

int main(void)
{
	test_levels();
	test_long();
	test_located();
	return check_done();
}
