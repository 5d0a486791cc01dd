/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* symbols.h - kernel symbols and stacks, for ksym() and kstack values. */
#ifndef TPSCRIPT_SYMBOLS_H
#define TPSCRIPT_SYMBOLS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "mapprint.h"

/* A sym_printer over /proc/kallsyms (read on first use) and the stack
 * maps of obj (NULL if none). */
struct ksyms;
struct bpf_object;
struct ksyms *ksyms_new(struct bpf_object *obj);
void ksyms_free(struct ksyms *k);
void ksyms_printer(struct ksyms *k, struct sym_printer *out);

#endif
