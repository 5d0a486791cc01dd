// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* uprobe.bpf.c - bench/uprobe's probe written by hand:
 *
 *   uprobe:BINARY:ut_add { @ = count(); }
 *
 * as tpscript compiles it: a per-CPU array of one u64, looked up at key 0
 * and incremented in place (the value is this CPU's: no atomics). It
 * leaves out what only tpscript's program does besides: the test of the
 * -p PID setting (a load from its read-only globals, 0 here, and a
 * branch). SEC("uprobe") carries no target: bench/ref/loader.c attaches it
 * with -u BINARY:FUNCTION (libbpf finds the function's file offset). */
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} cnt SEC(".maps");

SEC("uprobe")
int ref_ut_add(void *ctx)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&cnt, &key);

	if (v)
		*v += 1;
	return 0;
}
