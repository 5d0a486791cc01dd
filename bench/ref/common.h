/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* common.h - what every hand-written reference program shares.
 *
 * No vmlinux.h: the tracepoint records are declared by hand from
 * /sys/kernel/tracing/events/syscalls/<name>/format. Maps are sized like
 * tpscript's and bpftrace's defaults (4096 keys, 256 KiB ring buffer). */
#ifndef REF_COMMON_H
#define REF_COMMON_H

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define MAP_KEYS 4096
#define RINGBUF_BYTES (256 * 1024)

/* The first 8 bytes of every trace event record. */
struct trace_common {
	__u16 common_type;
	__u8 common_flags;
	__u8 common_preempt_count;
	__s32 common_pid;
};

/* events/syscalls/sys_enter_getppid/format: only __syscall_nr. */
struct sys_enter_noargs {
	struct trace_common c;
	__s32 __syscall_nr;
};

/* events/syscalls/sys_exit_<name>/format: __syscall_nr, then long ret at 16. */
struct sys_exit_args {
	struct trace_common c;
	__s32 __syscall_nr;
	__u32 __pad;
	long ret;
};

/* events/syscalls/sys_enter_openat/format: each argument in an 8-byte slot. */
struct sys_enter_openat_args {
	struct trace_common c;
	__s32 __syscall_nr;
	__u32 __pad;
	__u64 dfd;
	const char *filename;
	__u64 flags;
	__u64 mode;
};

/* Add one to the per-CPU counter at key: the common case is a lookup and an
 * in-place add (no atomics needed, the value is this CPU's); the first event
 * on a key inserts it, and a lost insert race retries the lookup. */
#define PERCPU_INC(map, key)                                              \
	do {                                                              \
		__u64 *v_ = bpf_map_lookup_elem(&(map), (key));           \
		if (v_) {                                                 \
			*v_ += 1;                                         \
		} else {                                                  \
			__u64 one_ = 1;                                   \
			if (bpf_map_update_elem(&(map), (key), &one_,     \
						BPF_NOEXIST)) {           \
				v_ = bpf_map_lookup_elem(&(map), (key));  \
				if (v_)                                   \
					*v_ += 1;                         \
			}                                                 \
		}                                                         \
	} while (0)

char LICENSE[] SEC("license") = "GPL";

#endif
