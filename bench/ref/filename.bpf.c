// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* filename.bpf.c - tracepoint:syscalls:sys_enter_openat
 *                      { @[str(args->filename)] = count(); } */
#include "common.h"

#define STR_LEN 64	/* bpftrace's and tpscript's default str() length */

struct str_key {
	char s[STR_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, MAP_KEYS);
	__type(key, struct str_key);
	__type(value, __u64);
} by_str SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int ref_filename(struct sys_enter_openat_args *ctx)
{
	/* Zeroed: bpf_probe_read_user_str does not pad after the NUL, and the
	 * whole 64 bytes are the hash key. 64 bytes fit the stack easily. */
	struct str_key key = {};

	bpf_probe_read_user_str(key.s, sizeof(key.s), ctx->filename);
	PERCPU_INC(by_str, &key);
	return 0;
}
