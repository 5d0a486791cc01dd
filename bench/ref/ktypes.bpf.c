// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* ktypes.bpf.c - bench/ktypes' struct-reading probe written by hand with
 * CO-RE, as libbpf's tools are:
 *
 *   t:syscalls:sys_enter_getppid /comm == "kbench"/
 *   { @[curtask->real_parent->tgid, curtask->comm] = count(); }
 *
 * The task_struct members are declared with preserve_access_index (no
 * vmlinux.h): clang emits a CO-RE relocation for each, which libbpf
 * resolves against the running kernel's BTF at load, like tpscript's. */
#include "common.h"

#include <bpf/bpf_core_read.h>

struct task_struct {
	struct task_struct *real_parent;
	int tgid;
	char comm[16];
} __attribute__((preserve_access_index));

struct ktypes_key {
	__s32 tgid;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, MAP_KEYS);
	__type(key, struct ktypes_key);
	__type(value, __u64);
} by_task SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int getppid_ktypes(struct sys_enter_noargs *ctx)
{
	char comm[16];
	__u64 head;
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();
	struct ktypes_key key = {};

	/* comm == "kbench": its first 7 bytes, the NUL included, in one
	 * compare ("kbench\0" little-endian) */
	bpf_get_current_comm(comm, sizeof(comm));
	__builtin_memcpy(&head, comm, 8);
	if ((head & 0x00ffffffffffffffULL) != 0x0068636e65626bULL)
		return 0;
	key.tgid = BPF_CORE_READ(t, real_parent, tgid);
	BPF_CORE_READ_INTO(&key.comm, t, comm);
	PERCPU_INC(by_task, &key);
	return 0;
}
