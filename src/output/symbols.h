/* symbols.h - kernel symbols and stacks, for ksym() and kstack values. */
#ifndef TPSCRIPT_SYMBOLS_H
#define TPSCRIPT_SYMBOLS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* How values that need the running system print. mapprint.c and
 * output.c call through it; without one, they print numbers. */
struct sym_printer {
	/* a kernel address as its symbol: "process_timeout" */
	void (*ksym)(FILE *out, uint64_t addr, void *ctx);
	/* a stack by id, one "sym+off" frame a line after indent spaces,
	 * each line started by "\n"; at most limit frames (0: all) */
	void (*kstack)(FILE *out, uint64_t id, unsigned indent, unsigned limit, bool user,
		       void *ctx);
	void *ctx;
};

/* The printer mapprint() and output_record() use (NULL: numbers); kept
 * in mapprint.c, which needs no libbpf. */
void sym_printer_set(const struct sym_printer *sp);
const struct sym_printer *sym_printer_get(void);

/* A sym_printer over /proc/kallsyms (read on first use) and the stack
 * maps of obj (NULL if none). */
struct ksyms;
struct bpf_object;
struct ksyms *ksyms_new(struct bpf_object *obj);
void ksyms_free(struct ksyms *k);
void ksyms_printer(struct ksyms *k, struct sym_printer *out);

#endif
