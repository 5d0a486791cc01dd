// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* count.bpf.c - tracepoint:syscalls:sys_enter_getppid { @ = count(); } */
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} cnt SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int ref_count(struct sys_enter_noargs *ctx)
{
	__u32 key = 0;

	PERCPU_INC(cnt, &key);
	return 0;
}
