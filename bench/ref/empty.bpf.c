// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* empty.bpf.c - a program that does nothing, on sys_enter_getppid: the
 * floor of the per-event figures. With kernel.bpf_stats_enabled=1 the
 * kernel times every run with two sched_clock() reads, and that cost (and
 * the call into the program) is in every run_time_ns / run_cnt; this
 * program's figure is that overhead alone. */
#include "common.h"

SEC("tracepoint/syscalls/sys_enter_getppid")
int ref_empty(struct sys_enter_noargs *ctx)
{
	return 0;
}
