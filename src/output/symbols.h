/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* symbols.h - kernel and user symbols and stacks, for ksym(), usym(),
 * kstack and ustack values. */
#ifndef TPSCRIPT_SYMBOLS_H
#define TPSCRIPT_SYMBOLS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "mapprint.h"

/* A sym_printer over /proc/kallsyms (read on first use), the stack maps
 * of obj (NULL if none) and user symbols: binaries[i] is the binary probe
 * i probes (NULL if none), where usym() looks when the process is gone;
 * the array must outlive the printer. */
struct ksyms;
struct bpf_object;
struct ksyms *ksyms_new(struct bpf_object *obj, const char *const *binaries, unsigned nprobes);
void ksyms_free(struct ksyms *k);
void ksyms_printer(struct ksyms *k, struct sym_printer *out);

#endif
