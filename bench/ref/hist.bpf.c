// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* hist.bpf.c - tracepoint:syscalls:sys_exit_read { @ = hist(args->ret); }
 *
 * bpftrace's buckets: 0 holds negative values, 1 holds 0, k + 2 holds
 * [2^k, 2^(k+1)). One per-CPU array slot per bucket: the verifier inlines
 * the lookup into a bounds check and an add. */
#include "common.h"

#define HIST_BUCKETS 66

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, HIST_BUCKETS);
	__type(key, __u32);
	__type(value, __u64);
} hist SEC(".maps");

static __always_inline __u32 log2u64(__u64 v)
{
	__u32 r, s;

	r = (v > 0xFFFFFFFFULL) << 5; v >>= r;
	s = (v > 0xFFFF) << 4; v >>= s; r |= s;
	s = (v > 0xFF) << 3; v >>= s; r |= s;
	s = (v > 0xF) << 2; v >>= s; r |= s;
	s = (v > 0x3) << 1; v >>= s; r |= s;
	return r | (__u32)(v >> 1);
}

SEC("tracepoint/syscalls/sys_exit_read")
int ref_hist(struct sys_exit_args *ctx)
{
	long ret = ctx->ret;
	__u32 idx = ret < 0 ? 0 : ret == 0 ? 1 : 2 + log2u64((__u64)ret);
	__u64 *v = bpf_map_lookup_elem(&hist, &idx);

	if (v)
		*v += 1;
	return 0;
}
