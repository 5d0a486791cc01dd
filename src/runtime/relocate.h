/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* relocate.h - checking an artifact's tracepoint fields against the
 * running kernel, before anything is loaded. */
#ifndef TPSCRIPT_RELOCATE_H
#define TPSCRIPT_RELOCATE_H

#include <stdbool.h>
#include <stddef.h>

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
struct diag;

/* Fill p's uaddr() values into ro (tp_ro, size bytes) from the binaries
 * there now: each symbol is looked up again, so a program compiled against
 * another build of its binary (a cache entry, an --aot executable) reads
 * this one's addresses. A symbol that is gone, or a binary that is no
 * longer what it was (loaded at fixed addresses, or anywhere), is an error
 * located in the script (d; report_error when NULL). 0, or -1 after a
 * message; before anything is loaded or attached. */
int relocate_uaddrs(const struct program *p, char *ro, size_t size, struct diag *d);

/* Patch the offsets of the fields that moved (delta from relocate_check)
 * into obj's programs, before it is loaded. 0, or -1 after a message. */
int relocate_apply(const struct program *p, const int *delta, struct bpf_object *obj);

#endif
