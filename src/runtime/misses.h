/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* misses.h - the events the kernel skipped, per probe: it starts no
 * tracepoint program while another BPF program runs on the same CPU, and
 * no raw tracepoint program inside itself, and counts each program's
 * skipped events (bpf_prog_info.recursion_misses). Read at the end and at
 * each metrics scrape. */
#ifndef TPSCRIPT_MISSES_H
#define TPSCRIPT_MISSES_H

#include <stdint.h>

#include "program/program.h"

struct bpf_object;

/* For each of prog's probes, the events the kernel skipped for its
 * programs so far (its own, its exit-time one, its fallback). An array of
 * prog->nprobes counts (at least one element) for the caller to free. */
uint64_t *probe_misses(struct bpf_object *obj, const struct program *prog);

#endif
