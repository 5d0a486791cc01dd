/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* reloc.h - finding the field offsets in the compiled code (for --aot). */
#ifndef TPSCRIPT_RELOC_H
#define TPSCRIPT_RELOC_H

#include <stdbool.h>

#include "codegen/codegen.h"
#include "program/object.h"
#include "program/program.h"
#include "program/tprog.h"

/* Fill p->relocs (in p's memory: p is a program_copy of tp->prog) and
 * mark the probes whose field offsets are all found
 * (prog_probe.relocatable), by compiling tp a second time with the fields
 * moved and comparing with obj, its object. 0, or -1 when that compile
 * failed (nothing is then relocatable). */
int reloc_find(const struct tprog *tp, const struct codegen_opts *o, struct diag *d,
	       const struct object *obj, struct program *p);

#endif
