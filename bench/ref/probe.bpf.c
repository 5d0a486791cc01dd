// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* probe.bpf.c - tracepoint:syscalls:sys_enter_* { @[probe] = count(); }
 *
 * One program, attached by the loader (-a syscalls:sys_enter_) to every
 * matching tracepoint with the tracepoint's index as the attach cookie;
 * the cookie is the key, and the loader turns it back into a name. */
#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, MAP_KEYS);
	__type(key, __u64);
	__type(value, __u64);
} by_probe SEC(".maps");

SEC("tracepoint")
int ref_probe(void *ctx)
{
	__u64 key = bpf_get_attach_cookie(ctx);

	PERCPU_INC(by_probe, &key);
	return 0;
}
