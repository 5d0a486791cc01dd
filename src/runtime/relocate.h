/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* relocate.h - checking an artifact's tracepoint fields against the
 * running kernel, before anything is loaded. */
#ifndef TPSCRIPT_RELOCATE_H
#define TPSCRIPT_RELOCATE_H

#include <stdbool.h>

#include "program/program.h"

/* Check every tracepoint p's programs use, and every field they read,
 * against this kernel's format files. skip (nprobes entries, may be NULL)
 * is set for tracepoints that came from a wildcard and are missing: they
 * are not attached, with one warning. delta (nfields entries, may be
 * NULL: no relocation) is set to how far each field moved, where its
 * probe is relocatable and only its offset changed. With report, problems
 * are told on stderr; without (the compile cache), any difference, a
 * skipped probe or a moved field included, just returns -1 so the script
 * is compiled again. 0 if p can run here. */
int relocate_check(const struct program *p, bool *skip, int *delta, bool report);

struct bpf_object;

/* Patch the offsets of the fields that moved (delta from relocate_check)
 * into obj's programs, before it is loaded. 0, or -1 after a message. */
int relocate_apply(const struct program *p, const int *delta, struct bpf_object *obj);

#endif
