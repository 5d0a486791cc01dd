/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* codegen.h - LLVM IR for every probe instance, emitted as a BPF ELF object
 * in memory. */
#ifndef TPSCRIPT_CODEGEN_H
#define TPSCRIPT_CODEGEN_H

#include <stdio.h>

#include "program/object.h"
#include "program/tprog.h"

struct diag;

struct codegen_opts {
	FILE *dump_ir;		/* print the optimised IR here, or NULL */
	int opt_level;		/* 0 or 2 */
	unsigned pending_size;	/* bytes of a record kept for a syscall's exit
				 * (tp_pending's value), or 0: the largest
				 * record's */
	unsigned helper_check;	/* -k: 1, -kk: 2 (a failed helper call is
				 * reported), else 0 */
	struct helper_site **sites;	/* -k, -kk: set to the calls checked
					 * (heap; free it), or NULL */
	unsigned *nsites;
};

/* The BPF object for tp, which is only read. NULL after reporting through
 * d (an internal error: the checker accepted the script). */
struct object *codegen_emit(const struct tprog *tp, const struct codegen_opts *o,
			    struct diag *d);

#endif
