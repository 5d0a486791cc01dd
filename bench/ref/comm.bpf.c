// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* comm.bpf.c - tracepoint:syscalls:sys_enter_getppid { @[comm] = count(); } */
#include "common.h"

struct comm_key {
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, MAP_KEYS);
	__type(key, struct comm_key);
	__type(value, __u64);
} by_comm SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int ref_comm(struct sys_enter_noargs *ctx)
{
	struct comm_key key;

	/* bpf_get_current_comm fills all 16 bytes (NUL-padded): no memset. */
	bpf_get_current_comm(&key.comm, sizeof(key.comm));
	PERCPU_INC(by_comm, &key);
	return 0;
}
