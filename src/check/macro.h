/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* macro.h - macro expansion: every call of a macro (the script's own, or
 * one of tpscript's library: assert, ppid, comm()...) replaced by a copy
 * of its body, before the probes are checked. */
#ifndef TPSCRIPT_MACRO_H
#define TPSCRIPT_MACRO_H

struct arena;
struct ast;
struct diag;

/* Expands the macros the probes of ast call, in place. Errors go to d,
 * located in the script (an error inside a macro's body names each call
 * that led there); returns -1 after one. */
int macro_expand(struct arena *a, struct diag *d, struct ast *ast);

#endif
