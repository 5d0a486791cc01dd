// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* uprobe_target_sem.c - the USDT probe of uprobe_target that has a
 * semaphore. sys/sdt.h gives every probe of a file a semaphore or none,
 * so the guarded probe lives in a file of its own. */
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

/* The tracer increments it in the traced process when it attaches. */
__extension__ unsigned short tptest_guarded_semaphore
	__attribute__((unused, section(".probes")));

/* 1 when the semaphore was set, so the probe site was reached. */
__attribute__((noipa)) int ut_guarded(long i)
{
	if (!tptest_guarded_semaphore)
		return 0;
	DTRACE_PROBE2(tptest, guarded, i, "guarded");
	return 1;
}
