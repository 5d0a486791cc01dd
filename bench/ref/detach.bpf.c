// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* detach.bpf.c - the programs bench/detach.c attaches and detaches: one
 * for perf-event tracepoints, one for raw tracepoints; each counts. */
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} hits SEC(".maps");

SEC("tracepoint")
int ref_detach_tp(void *ctx)
{
	__u32 key = 0;

	PERCPU_INC(hits, &key);
	return 0;
}

SEC("raw_tp")
int ref_detach_raw(void *ctx)
{
	__u32 key = 0;

	PERCPU_INC(hits, &key);
	return 0;
}
