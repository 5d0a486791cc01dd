/* relocate.h - checking an artifact's tracepoint fields against the
 * running kernel, before anything is loaded. */
#ifndef TPSCRIPT_RELOCATE_H
#define TPSCRIPT_RELOCATE_H

#include <stdbool.h>

#include "program/program.h"

/* Check every tracepoint p's programs use, and every field they read,
 * against this kernel's format files. skip (nprobes entries, may be NULL)
 * is set for tracepoints that came from a wildcard and are missing: they
 * are not attached, with one warning. With report, problems are told on
 * stderr; without (the compile cache), any difference, a skipped probe
 * included, just returns -1 so the script is compiled again. 0 if p can
 * run here. */
int relocate_check(const struct program *p, bool *skip, bool report);

#endif
