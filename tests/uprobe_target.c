// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* uprobe_target.c - a program with known functions, arguments, return
 * values and USDT probes, for the uprobe and USDT tests.
 *
 *   uprobe_target [sleep:MS] [add:N] [six:N] [name:N[:STR]] [static:N]
 *                 [usdt:N] [guarded:N] [malloc:N:SIZE] [call:N] [site2:N] [pid]
 *
 * Operations run in order, left to right.
 *   sleep:MS      sleeps MS milliseconds (for -p: attach first, then call)
 *   add:N         ut_add(i, 10 * i) for i = 1..N; returns 11 * i
 *   six:N         ut_six(1, -2, 3, -4, 5, -6) N times; returns -3
 *   name:N:STR    ut_name(STR) N times (STR defaults to "hello"); returns
 *                 strlen(STR)
 *   static:N      ut_static(i) for i = 1..N, a static function; returns 2 * i
 *   usdt:N        USDT probe tptest:tick(i, -i) and tptest:text(i, "tick")
 *                 for i = 1..N, then tptest:mixed(ut_counter, 42, (short)-i,
 *                 (unsigned char)200): a memory operand, a constant and
 *                 sizes 4, 2 and 1 with their signs; none has a semaphore
 *   guarded:N     USDT probe tptest:guarded(i, "guarded"), guarded by a
 *                 semaphore, for i = 1..N; prints "guarded K" at the end,
 *                 K the number of times the semaphore was set when checked
 *   malloc:N:SIZE malloc(SIZE) and free, N times (a libc function)
 *   call:N        ut_call(ut_add, i) for i = 1..N: a function pointer as
 *                 the first argument (usym(arg0)); returns 2 * i
 *   site2:N       tptest:tick's second site, in ut_tick2(i) for i = 1..N:
 *                 its arguments are the constant 1000 and -i * 100, where
 *                 the first site's are two registers
 *   rec:N         ut_rec(&r) for i = 1..N, r a struct ut_rec (below) with
 *                 id i, neg -i, name "rec-i" (i % 1000), pair { i, 2 * i }, vals
 *                 { i, 10 * i, 100 * i }; returns id + neg (0)
 *   pid           prints the process id and flushes
 *
 * Every function is noipa: the compiler may neither inline nor clone it,
 * so each has one symbol and its arguments arrive in the calling
 * convention's registers.
 *
 * Built with -DUT_MOVED (uprobe_target_moved), it has a function and a
 * variable more, before the others: another build of the same program,
 * whose symbols are at other addresses (a program compiled against one
 * and run against the other must look them up again). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sdt.h>
#include <time.h>
#include <unistd.h>

#define TARGET_FN __attribute__((noipa, used))

int ut_guarded(long i);	/* uprobe_target_sem.c */

#ifdef UT_MOVED
/* Moves what follows: more code and data before it. */
volatile int ut_moved_pad[1024];

TARGET_FN long ut_moved(long a)
{
	ut_moved_pad[a & 1023] += (int)a;
	return ut_moved_pad[(a * 7) & 1023] + a * 3;
}
#endif

/* Read from memory by tptest:mixed, so its spec has a memory operand. */
volatile int ut_counter;

TARGET_FN long ut_add(long a, long b)
{
	return a + b;
}

TARGET_FN long ut_six(long a, long b, long c, long d, long e, long f)
{
	return a + b + c + d + e + f;
}

TARGET_FN int ut_name(const char *s)
{
	return (int)strlen(s);
}

TARGET_FN long ut_call(long (*fn)(long, long), long i)
{
	return fn(i, i);
}

/* The second site of tptest:tick, with other argument specs. */
TARGET_FN void ut_tick2(long i)
{
	long v = -i * 100;

	DTRACE_PROBE2(tptest, tick, 1000, v);
}

/* ut_rec's argument: scripts declare it as
 *   struct ut_rec { int id; short neg; char name[8];
 *                   struct { unsigned char lo, hi; } pair; long vals[3]; };
 * (offsets 0, 4, 6, 14, 16). */
struct ut_rec {
	int id;
	short neg;
	char name[8];
	struct ut_pair {	/* named: bpftrace 0.17 fails on an anonymous
				 * struct in the binary's DWARF */
		unsigned char lo, hi;
	} pair;
	long vals[3];
};

TARGET_FN long ut_rec(const struct ut_rec *r)
{
	return r->id + r->neg;
}

TARGET_FN static int ut_static(int i)
{
	return 2 * i;
}

/* The number after the last ':' of arg, or dflt if there is none. */
static long num_after(const char *arg, int field, long dflt)
{
	const char *p = arg;

	for (int k = 0; k < field; k++) {
		p = strchr(p, ':');
		if (!p)
			return dflt;
		p++;
	}
	return strtol(p, NULL, 10);
}

int main(int argc, char **argv)
{
	volatile long sink = 0;
	long guarded = -1;

	for (int k = 1; k < argc; k++) {
		const char *a = argv[k];
		long n = num_after(a, 1, 1);

		if (!strncmp(a, "sleep:", 6)) {
			struct timespec ts = { n / 1000, (n % 1000) * 1000000 };
			nanosleep(&ts, NULL);
		} else if (!strncmp(a, "add:", 4)) {
			for (long i = 1; i <= n; i++)
				sink += ut_add(i, 10 * i);
		} else if (!strncmp(a, "six:", 4)) {
			for (long i = 1; i <= n; i++)
				sink += ut_six(1, -2, 3, -4, 5, -6);
		} else if (!strncmp(a, "name:", 5)) {
			const char *s = strchr(a + 5, ':');
			for (long i = 1; i <= n; i++)
				sink += ut_name(s ? s + 1 : "hello");
		} else if (!strncmp(a, "static:", 7)) {
			for (long i = 1; i <= n; i++)
				sink += ut_static((int)i);
		} else if (!strncmp(a, "usdt:", 5)) {
			for (long i = 1; i <= n; i++) {
				long neg = -i;
				DTRACE_PROBE2(tptest, tick, i, neg);
				DTRACE_PROBE2(tptest, text, i, "tick");
				ut_counter = (int)(100 + i);
				short sh = (short)-i;
				unsigned char uc = 200;
				DTRACE_PROBE4(tptest, mixed, ut_counter, 42, sh, uc);
			}
		} else if (!strncmp(a, "guarded:", 8)) {
			guarded = guarded < 0 ? 0 : guarded;
			for (long i = 1; i <= n; i++)
				guarded += ut_guarded(i);
		} else if (!strncmp(a, "malloc:", 7)) {
			long size = num_after(a, 2, 16);
			for (long i = 1; i <= n; i++) {
				void *p = malloc(size);
				sink += p != NULL;
				free(p);
			}
		} else if (!strncmp(a, "call:", 5)) {
			for (long i = 1; i <= n; i++)
				sink += ut_call(ut_add, i);
		} else if (!strncmp(a, "site2:", 6)) {
			for (long i = 1; i <= n; i++)
				ut_tick2(i);
		} else if (!strncmp(a, "rec:", 4)) {
			for (long i = 1; i <= n; i++) {
				struct ut_rec r = { .id = (int)i, .neg = (short)-i,
						    .pair = { (unsigned char)i, (unsigned char)(2 * i) },
						    .vals = { i, 10 * i, 100 * i } };

				snprintf(r.name, sizeof(r.name), "rec-%d", (int)(i % 1000));
				sink += ut_rec(&r);
			}
		} else if (!strcmp(a, "pid")) {
			printf("%d\n", getpid());
			fflush(stdout);
		} else {
			fprintf(stderr, "uprobe_target: unknown operation '%s'\n", a);
			return 2;
		}
	}
	if (guarded >= 0)
		printf("guarded %ld\n", guarded);
	return 0;
}
