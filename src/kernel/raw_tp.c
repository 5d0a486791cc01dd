// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* raw_tp.c - one bpf() call: a raw tracepoint link with an attach cookie. */
#include "raw_tp.h"

#include <string.h>
#include <unistd.h>
#include <linux/bpf.h>
#include <sys/syscall.h>

int raw_tp_open(int prog_fd, const char *name, uint64_t cookie)
{
	/* The attribute as the kernel lays it out (include/uapi/linux/bpf.h):
	 * name, prog_fd, a hole, cookie; written here, as the installed
	 * header may predate the cookie. */
	struct {
		uint64_t name;
		uint32_t prog_fd;
		uint32_t hole;
		uint64_t cookie;
	} attr;

	memset(&attr, 0, sizeof(attr));
	attr.name = (uint64_t)(uintptr_t)name;
	attr.prog_fd = (uint32_t)prog_fd;
	attr.cookie = cookie;
	return (int)syscall(__NR_bpf, BPF_RAW_TRACEPOINT_OPEN, &attr, sizeof(attr));
}
