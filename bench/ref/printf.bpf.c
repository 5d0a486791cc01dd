/* printf.bpf.c - tracepoint:syscalls:sys_enter_getppid
 *                    { printf("%d %s\n", pid, comm); }
 * One ring buffer record with the two fields; user space formats it. */
#include "common.h"

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
int ref_printf(struct sys_enter_noargs *ctx)
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
	bpf_ringbuf_submit(e, 0);
	return 0;
}
