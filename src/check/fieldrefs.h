/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* fieldrefs.h - recording the tracepoint fields a program reads. */
#ifndef TPSCRIPT_FIELDREFS_H
#define TPSCRIPT_FIELDREFS_H

struct sema;

/* Fill s->prog.fields (in s's arena) from the checked probe instances, and
 * mark the tracepoint probes that came from a wildcard and those that read
 * args as a whole. */
void fieldrefs_collect(struct sema *s);

#endif
