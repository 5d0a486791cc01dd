/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* raw_tp.h - attaching a program to a raw tracepoint with an attach cookie. */
#ifndef TPSCRIPT_RAW_TP_H
#define TPSCRIPT_RAW_TP_H

#include <stdint.h>

/* BPF_RAW_TRACEPOINT_OPEN of the loaded raw_tp program prog_fd on the
 * kernel's tracepoint name ("sched_switch"), bpf_get_attach_cookie()
 * returning cookie in it (Linux 6.10 and later; libbpf 1.1 has no call
 * for it). The link's fd (closing it detaches), or -1 with errno. */
int raw_tp_open(int prog_fd, const char *name, uint64_t cookie);

#endif
