/* program.h - the contract between the compiler and the runtime: the probes
 * to attach, the layout of every record the programs send through the ring
 * buffer, and the printf formats. Plain C, no LLVM. */
#ifndef TPSCRIPT_PROGRAM_H
#define TPSCRIPT_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "format.h"

/* Every record starts with this header. */
struct rec_hdr {
	uint32_t type;		/* enum rec_type */
	uint32_t id;		/* index into program.recs */
};

enum rec_type {
	REC_PRINTF = 1,		/* printf(fmt, args...) */
	REC_PRINT,		/* print(value) */
	REC_EXIT,		/* exit() */
};

enum rec_arg_kind {
	RA_INT,			/* 8 bytes, host order */
	RA_STR,			/* size bytes, NUL-terminated within */
};

struct rec_arg {
	enum rec_arg_kind kind;
	bool is_signed;		/* RA_INT: sign of the value */
	bool is_ptr;		/* RA_INT: an address (print shows it in hex) */
	unsigned offset;	/* from the start of the record (after the header) */
	unsigned size;		/* bytes */
};

/* One record shape, made by one call site in the script. */
struct rec_desc {
	enum rec_type type;
	const char *fmt;	/* REC_PRINTF: the format string */
	struct fmt parsed;	/* REC_PRINTF: its conversions */
	struct rec_arg *args;
	unsigned nargs;
	unsigned size;		/* whole record, header included, 8-aligned */
};

enum probe_kind {
	PK_BEGIN,
	PK_END,
	PK_TRACEPOINT,
};

/* One concrete probe: one BPF program. */
struct prog_probe {
	enum probe_kind kind;
	const char *category;	/* tracepoint category ("syscalls") */
	const char *name;	/* tracepoint name ("sys_enter_openat") */
	const char *full;	/* "tracepoint:syscalls:sys_enter_openat" */
	const char *prog_name;	/* the ELF function name */
};

#define TP_RINGBUF_MAP "tp_events"
#define TP_STATS_MAP "tp_stats"	/* per-CPU u64[TP_STAT_N] */
#define TP_CPID_VAR "tp_cpid"	/* .rodata u64, set before load */

enum tp_stat {
	TP_STAT_LOST,		/* records the ring buffer had no room for */
	TP_STAT_N,
};

struct program {
	struct prog_probe *probes;
	unsigned nprobes;
	struct rec_desc *recs;
	unsigned nrecs;
	bool uses_cpid;		/* the runtime must set tp_cpid */
	unsigned ringbuf_size;	/* bytes, a power of two */
	void *elf;		/* the BPF object, from codegen (heap) */
	size_t elf_size;
};

#endif
