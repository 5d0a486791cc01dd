/* codegen.h - LLVM IR for every probe instance, emitted as a BPF ELF object
 * in memory. */
#ifndef TPSCRIPT_CODEGEN_H
#define TPSCRIPT_CODEGEN_H

#include <stdio.h>

#include "check/sema.h"

struct codegen_opts {
	FILE *dump_ir;		/* print the optimised IR here, or NULL */
	int opt_level;		/* 0 or 2 */
};

/* Fill s->prog.elf and s->prog.elf_size. Returns 0, or -1 after reporting
 * through s->diag (an internal error: the checker accepted the script). */
int codegen_emit(struct sema *s, const struct codegen_opts *o);

#endif
