// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* printf_plain.bpf.c - printf.bpf.c with the plain bpf_ringbuf_submit(e, 0)
 * (the kernel decides to wake the consumer on each record it submits while
 * the consumer is waiting): for information next to the reference. */
#define PLAIN_SUBMIT
#define PROG_NAME ref_printf_plain
#include "printf.bpf.c"
