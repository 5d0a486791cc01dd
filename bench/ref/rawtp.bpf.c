// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* rawtp.bpf.c - the same counts as probe.bpf.c (one count per system call
 * entry, by system call), the way one would write it by hand to trace every
 * system call: a single raw tracepoint on sys_enter, keyed by the system
 * call number, instead of 360 perf-event tracepoint attachments. Shown in
 * scenario 5 for information only: it is what "whole run <= 1 s" asks of
 * the attach strategy, since closing each tracepoint perf event costs a
 * synchronize_rcu in the kernel. */
#include "common.h"

#define NR_MAX 512

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NR_MAX);
	__type(key, __u32);
	__type(value, __u64);
} by_nr SEC(".maps");

SEC("raw_tracepoint/sys_enter")
int ref_rawtp(struct bpf_raw_tracepoint_args *ctx)
{
	__u32 nr = (__u32)ctx->args[1];	/* sys_enter(struct pt_regs *, long id) */
	__u64 *v = bpf_map_lookup_elem(&by_nr, &nr);

	if (v)
		*v += 1;
	return 0;
}
