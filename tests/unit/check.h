/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* check.h - a minimal unit-test harness: CHECK() records a failure with its
 * location and goes on; main returns check_done(). */
#ifndef TPSCRIPT_CHECK_H
#define TPSCRIPT_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures, check_count;

#define CHECK(cond) do { \
	check_count++; \
	if (!(cond)) { \
		check_failures++; \
		fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	check_count++; \
	if (!g_ || strcmp(g_, w_) != 0) { \
		check_failures++; \
		fprintf(stderr, "%s:%d: CHECK_STR failed: %s\n  got:  \"%s\"\n  want: \"%s\"\n", \
			__FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_); \
	} \
} while (0)

#define CHECK_INT(got, want) do { \
	long long g_ = (long long)(got), w_ = (long long)(want); \
	check_count++; \
	if (g_ != w_) { \
		check_failures++; \
		fprintf(stderr, "%s:%d: CHECK_INT failed: %s: got %lld, want %lld\n", \
			__FILE__, __LINE__, #got, g_, w_); \
	} \
} while (0)

static inline int check_done(void)
{
	printf("%d passed, %d failed\n", check_count - check_failures, check_failures);
	return check_failures ? 1 : 0;
}

#endif
