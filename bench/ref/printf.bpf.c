// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* printf.bpf.c - tracepoint:syscalls:sys_enter_getppid
 *                    { printf("%d %s\n", pid, comm); }
 *
 * One ring buffer record with the two fields; user space formats it.
 *
 * Wake-ups: bpf_ringbuf_submit(e, 0) wakes the consumer whenever it has
 * caught up, which at a high event rate means an irq_work and a wake-up
 * every few records: both the program and the consumer then spend their
 * time on notifications (see printf_plain.bpf.c, the same program with
 * flags 0, measured alongside for information). Written for throughput,
 * the program submits without a wake-up and forces one only once a
 * quarter of the buffer is waiting; the consumer (bench/ref/loader.c)
 * also wakes every 100 ms on its own, which bounds the latency of a
 * record at a low event rate. */
#include "common.h"

#ifndef PROG_NAME
#define PROG_NAME ref_printf
#endif

struct event {
	__u32 pid;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, RINGBUF_BYTES);
} rb SEC(".maps");

/* Records the ring buffer had no room for, counted as the tracers do. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} lost SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getppid")
int PROG_NAME(struct sys_enter_noargs *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);

	if (!e) {
		__u32 key = 0;
		__u64 *v = bpf_map_lookup_elem(&lost, &key);

		if (v)
			*v += 1;
		return 0;
	}
	e->pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
#ifdef PLAIN_SUBMIT
	bpf_ringbuf_submit(e, 0);
#else
	bpf_ringbuf_submit(e, bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA) >= RINGBUF_BYTES / 4
				      ? BPF_RB_FORCE_WAKEUP
				      : BPF_RB_NO_WAKEUP);
#endif
	return 0;
}
