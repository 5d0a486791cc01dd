// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* stamp.c - print CLOCK_MONOTONIC in nanoseconds: the -c command of the
 * launch benchmark, so its output is the moment the tracer let it run. */
#include <stdio.h>
#include <time.h>

int main(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	printf("%lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
	return 0;
}
