// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* hist_value.bpf.c - tracepoint:syscalls:sys_exit_read { @ = hist(args->ret); }
 * with the histogram laid out as tpscript lays it out: one per-CPU array
 * slot whose value is the 66 buckets, and with -DWITH_SUM the sum of the
 * values after them (what --metrics serves as the histogram's _sum).
 * bench/metrics builds it both ways: the difference is the per-event cost
 * of keeping the sum. (Not one of bench/run's references: its map is not
 * one the loader prints.) */
#include "common.h"

#define HIST_BUCKETS 66

struct hist_value {
	__u64 buckets[HIST_BUCKETS];
#ifdef WITH_SUM
	__s64 sum;
#endif
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct hist_value);
} hv SEC(".maps");

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
int ref_hist_value(struct sys_exit_args *ctx)
{
	long ret = ctx->ret;
	__u32 zero = 0, idx = ret < 0 ? 0 : ret == 0 ? 1 : 2 + log2u64((__u64)ret);
	struct hist_value *v = bpf_map_lookup_elem(&hv, &zero);

	if (!v || idx >= HIST_BUCKETS)
		return 0;
	v->buckets[idx] += 1;
#ifdef WITH_SUM
	v->sum += ret;
#endif
	return 0;
}
