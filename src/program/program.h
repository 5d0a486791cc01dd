/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* program.h - the contract between the compiler and the runtime: the probes
 * to attach, the layout of every record the programs send through the ring
 * buffer, and the printf formats. Plain C, no LLVM. */
#ifndef TPSCRIPT_PROGRAM_H
#define TPSCRIPT_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fmt.h"

struct arena;

/* Every record starts with this header. */
struct rec_hdr {
	uint32_t type;		/* enum rec_type */
	uint32_t id;		/* index into program.recs */
};

enum rec_type {
	REC_PRINTF = 1,		/* printf(fmt, args...) */
	REC_PRINT,		/* print(value) */
	REC_EXIT,		/* exit() */
	REC_MAP_PRINT,		/* print(@m [, top [, div]]): args are map id, top, div */
	REC_MAP_CLEAR,		/* clear(@m): arg is the map id */
	REC_MAP_ZERO,		/* zero(@m): arg is the map id */
	REC_TIME,		/* time(fmt): fmt is the strftime format */
	REC_SYSTEM,		/* system(fmt, args...): run the formatted command */
	REC_CAT,		/* cat(fmt, args...): print the formatted file's text */
	REC_JOIN,		/* join(argv [, sep]): args[0] is JOIN_MAX strings */
	REC_ERRORF,		/* errorf(fmt, args...): as printf, on standard error; fmt
				 * begins "FILE:LINE:COL: error: " and ends in "\n" */
	REC_WARNF,		/* warnf(fmt, args...): the same with "warning: " */
	REC_HELPER_ERROR,	/* -k, -kk: a helper call failed. Not a rec_desc:
				 * the header's id indexes program.sites, and an
				 * s64 follows, the helper's return code */
};

/* -k and -kk (bpftrace's): a helper call whose failure the program
 * reports, in a REC_HELPER_ERROR record of HELPER_ERROR_SIZE bytes. */
struct helper_site {
	unsigned helper;	/* the name printed: enum bpf_func_id */
	int line, col;		/* where the call is written */
	int last_line, last_col;	/* where it ends, for the caret */
};
#define HELPER_ERROR_SIZE 16	/* struct rec_hdr, then the s64 return code */

/* The name of helper id as bpftrace prints it ("map_delete_elem"), or
 * NULL for one no program reports. */
const char *helper_name(unsigned id);

#define JOIN_MAX 16		/* join() reads at most this many strings */

/* Limits the compiler and the runtime share, each defined here only. */
#define FMT_ARGS_MAX 64		/* arguments of printf(), system(), cat() */
#define STRLEN_DEFAULT 64	/* bytes kept for a string: bpftrace's default */
#define STRLEN_MAX 16384	/* the most BPFTRACE_STRLEN may ask for */
#define KEY_SIZE_MAX 16384	/* the largest map key */
#define STACK_FRAMES_MAX 127	/* PERF_MAX_STACK_DEPTH: a stack map's frames */

enum rec_arg_kind {
	RA_INT,			/* 8 bytes, host order */
	RA_STR,			/* size bytes, NUL-terminated within */
	RA_TUPLE,		/* size bytes: elems, each at its own offset */
	RA_KSYM,		/* 8 bytes: a kernel address, printed as its symbol */
	RA_KSTACK,		/* 8 bytes: a stack id in TP_STACK_MAP */
	RA_INET,		/* struct tp_inet: ntop() */
	RA_ARRAY,		/* elem_size-byte integers: count of them, or for a
				 * variable array a u64 byte length, then up to
				 * size - 8 bytes */
	RA_STRUCT,		/* print(args), print(*p): elems, each with its
				 * name (a kernel struct's nest) */
	RA_BUF,			/* buf(): a u64 byte length, then up to size - 8
				 * bytes; printed hex-escaped */
	RA_TIME,		/* strftime(): 8 bytes, nanoseconds of nsecs'
				 * clock; name is the strftime format */
	RA_USYM,		/* struct tp_usym: a user address, printed as
				 * its symbol in that process */
	RA_NAMED,		/* 8 bytes: a number printed as its name; name
				 * says which (NAMED_USER, NAMED_ERRNO,
				 * NAMED_SIGNAL) */
};

/* The names an RA_NAMED or KEY_NAMED number prints as. */
#define NAMED_USER "user"	/* a uid: its login name (the number if none) */
#define NAMED_ERRNO "errno"	/* an errno value: strerror(3)'s text */
#define NAMED_SIGNAL "signal"	/* a signal number: strsignal(3)'s text */
#define NAMED_ENUM "enum "	/* "enum NAME:A=0;B=5;": an enum's value, its
				 * enumerator's name (the number if none);
				 * in JSON the number */

/* ntop()'s value: an address family and up to 16 address bytes. */
struct tp_inet {
	uint64_t af;		/* AF_INET or AF_INET6 */
	uint8_t addr[16];
};

/* usym()'s value: a user address, the process it is an address in, and
 * the probe that took it: where the process has exited, a symbol of that
 * probe's binary (when it is a uprobe's or a USDT probe's and is not
 * position-independent) still names it. */
struct tp_usym {
	uint64_t addr;
	uint32_t pid;		/* the process (tgid) */
	uint32_t probe;		/* index in program.probes */
};

struct rec_arg {
	enum rec_arg_kind kind;
	bool is_signed;		/* RA_INT: sign of the value */
	bool is_ptr;		/* RA_INT, RA_ARRAY: addresses (print shows
				 * them in hex);
				 * RA_STRUCT: an array, its elements unnamed
				 * (print shows [a,b]) */
	bool is_bool;		/* RA_INT: print shows true or false */
	bool cut_mark;		/* RA_STR from str(): the buffer has one byte more
				 * than the visible length; a string that fills it
				 * was cut and prints with ".." after it */
	unsigned offset;	/* from the start of the record, or of the tuple */
	unsigned size;		/* bytes */
	const struct rec_arg *elems;	/* RA_TUPLE: its elements */
	unsigned nelems;
	unsigned frames;	/* RA_KSTACK: at most this many (0: all) */
	bool user_stack;	/* RA_KSTACK: a user stack: (tgid << 32) | id */
	unsigned elem_size;	/* RA_ARRAY; RA_INT: the value's own width */
	unsigned count;		/* RA_ARRAY: elements, 0 for a variable array */
	const char *name;	/* an element of RA_STRUCT, or of an RA_TUPLE
				 * that is a record, (a=1, b=2): the field's
				 * name (NULL in a plain tuple's);
				 * RA_TIME: the strftime format; RA_NAMED:
				 * which names */
};

/* One record shape, made by one call site in the script. */
struct rec_desc {
	enum rec_type type;
	const char *fmt;	/* REC_PRINTF: the format; REC_TIME: strftime's */
	struct fmt parsed;	/* REC_PRINTF: its conversions */
	struct rec_arg *args;
	unsigned nargs;
	unsigned size;		/* whole record, header included, 8-aligned */
	unsigned map_id;	/* REC_MAP_*: index in program.maps */
	uint64_t top, div;	/* REC_MAP_PRINT: print(@m, top, div) */
};

/* How a map's values are kept, merged across CPUs and printed. */
enum map_kind {
	MK_INT,		/* @m = expr: one signed 64-bit value (not per-CPU) */
	MK_STR,		/* @m = "text": char[value_size] (not per-CPU) */
	MK_COUNT,	/* count(): per-CPU u64, summed */
	MK_SUM,		/* sum(x): per-CPU s64, summed */
	MK_MIN,		/* min(x): per-CPU struct agg_minmax, min of the set ones */
	MK_MAX,		/* max(x): per-CPU struct agg_minmax, max of the set ones */
	MK_AVG,		/* avg(x): per-CPU struct agg_avg; prints sum / count */
	MK_STATS,	/* stats(x): per-CPU struct agg_avg */
	MK_HIST,	/* hist(x): per-CPU u64[HIST_BUCKETS], see below */
	MK_LHIST,	/* lhist(x, min, max, step): per-CPU u64[nbuckets] */
	MK_TUPLE,	/* @m = (a, b): elements laid out as map_desc.vals (not per-CPU) */
	MK_VALUE,	/* @m = buf(...), strftime(...), ksym(...), *p: one value
			 * laid out and printed as map_desc.vals[0] (not per-CPU) */
};

struct agg_minmax {
	int64_t value;
	uint64_t set;		/* 0 until the first value on this CPU */
};

struct agg_avg {
	int64_t sum;
	uint64_t count;
};

/* hist() buckets: [0] negative values, [1] zero, [2 + k] values in
 * [2^k, 2^(k+1)) for k = 0..63. A hist() or lhist() value is its
 * nbuckets u64 counts, then an s64: the sum of the values (a metric's
 * _sum). */
#define HIST_BUCKETS 66

/* lhist() buckets: [0] below min, [1 + i] [min + i*step, min + (i+1)*step)
 * for i < (max - min) / step, and the last one max and above. So
 * nbuckets = (max - min) / step + 2. */

enum key_kind {
	KEY_INT,	/* 8 bytes, host order */
	KEY_STR,	/* size bytes, NUL-terminated within */
	KEY_KSYM,	/* 8 bytes: a kernel address, printed as its symbol */
	KEY_KSTACK,	/* 8 bytes: a stack id in TP_STACK_MAP */
	KEY_INET,	/* struct tp_inet */
	KEY_TUPLE,	/* a tuple: elems, at offsets from the part's own */
	KEY_BUF,	/* buf(): a u64 byte length, then up to size - 8
			 * bytes (zeros after them); printed hex-escaped */
	KEY_TIME,	/* strftime(): 8 bytes, nanoseconds of nsecs' clock,
			 * printed with the strftime format fmt */
	KEY_USYM,	/* struct tp_usym */
	KEY_NAMED,	/* 8 bytes: a number printed as its name (fmt:
			 * NAMED_USER or NAMED_ERRNO) */
	KEY_BOOL,	/* 8 bytes, 0 or 1: printed false or true */
	KEY_STRUCT,	/* a struct value: laid out and printed as shape
			 * (an RA_STRUCT, or an RA_ARRAY for an array) */
};

/* The enums here are read back from artifacts (program/artifact.c): a new
 * member at the end of one goes into that reader's range check too. */

/* One part of a (possibly tuple) key, laid out at offset in the key. */
struct key_part {
	enum key_kind kind;
	bool is_signed;		/* KEY_INT */
	unsigned offset, size;
	unsigned frames;	/* KEY_KSTACK: at most this many (0: all) */
	bool user_stack;	/* KEY_KSTACK: a user stack, as RA_KSTACK */
	const struct key_part *elems;	/* KEY_TUPLE: its elements */
	unsigned nelems;
	const char *name;	/* the key expression's name ("comm", "filename" for
				 * args.filename and str(args.filename)), a metric
				 * label's; NULL if it has none. An element of a
				 * KEY_TUPLE, or of MK_TUPLE's vals: a record's
				 * field name (NULL in a plain tuple's) */
	const char *fmt;	/* KEY_TIME: the strftime format; KEY_NAMED:
				 * which names */
	const struct rec_arg *shape;	/* KEY_STRUCT: the value's layout,
					 * at offset 0 of the part */
};

struct map_desc {
	const char *name;	/* as printed: "@", "@bytes" */
	const char *bpf_name;	/* the BPF map's name in the object */
	enum map_kind kind;
	bool percpu;		/* values are per-CPU (all aggregations) */
	bool array;		/* a scalar aggregation: a one-entry per-CPU array,
				 * key u32 0; an all-zero value is no entry */
	struct key_part *key;	/* NULL for a scalar map (key: u64 0) */
	unsigned nkey;
	unsigned key_size;	/* bytes, 8-aligned */
	unsigned value_size;	/* bytes of one CPU's value */
	bool value_unsigned;	/* MK_INT: prints and sorts as unsigned */
	struct key_part *vals;	/* MK_TUPLE: the elements of the value;
				 * MK_VALUE: the value (nvals 1) */
	unsigned nvals;
	int64_t lhist_min, lhist_max, lhist_step;	/* MK_LHIST */
	unsigned nbuckets;	/* MK_HIST: HIST_BUCKETS; MK_LHIST: see above */
	unsigned max_entries;
	const char *origin;	/* where the script writes it, for a metric's help:
				 * "FILE:LINE: @m[k] = count()"; NULL if unknown */
	bool grows;		/* MK_SUM: no value it adds can be negative */
};

enum probe_kind {
	PK_BEGIN,
	PK_END,
	PK_TRACEPOINT,
	PK_INTERVAL,		/* interval:UNIT:N: one CPU, every period */
	PK_PROFILE,		/* profile:UNIT:N: every CPU, every period */
	PK_UPROBE,		/* uprobe:BINARY:FUNC: a user function's entry */
	PK_URETPROBE,		/* uretprobe:BINARY:FUNC: its return */
	PK_USDT,		/* usdt:BINARY:PROVIDER:NAME: every site of a USDT probe */
	PK_RAWTRACEPOINT,	/* rawtracepoint:NAME: a BTF-typed raw tracepoint */
};

/* How a tracepoint probe's program reaches its tracepoints (see
 * docs/internals.md, "Attaching tracepoints"). */
enum attach_mode {
	AM_PERF,		/* a tracepoint program, one perf event per target */
	AM_RAW,			/* a raw_tp program, BPF_RAW_TRACEPOINT_OPEN per
				 * target; where the kernel has no raw tracepoint
				 * of that name, fallback_name through a perf event */
	AM_FOLD,		/* syscalls:* events folded onto one perf event on
				 * raw_syscalls, filtered by syscall number */
};

/* One tracepoint a program attaches to; its index is the attach cookie,
 * from which a shared program tells which tracepoint fired (probe). */
struct tp_target {
	const char *category;	/* "sched" */
	const char *name;	/* "sched_switch" */
	const char *full;	/* "tracepoint:sched:sched_switch" */
	bool wildcard;		/* matched by a wildcard: skipped where the
				 * kernel running an artifact lacks it */
};

/* One BPF program (two for AM_RAW: the raw_tp one and its fallback). A
 * tracepoint program may serve many tracepoints of one probe: those where
 * the code is the same (no field read, or the same field layout). */
struct prog_probe {
	enum probe_kind kind;
	const char *category;	/* tracepoint category ("syscalls"); PK_UPROBE,
				 * PK_URETPROBE, PK_USDT: the binary's path */
	const char *name;	/* tracepoint name ("sys_enter_openat"); PK_UPROBE,
				 * PK_URETPROBE: the function, "" for an address;
				 * PK_USDT: "PROVIDER:NAME";
				 * PK_RAWTRACEPOINT: the raw tracepoint's name
				 * ("sched_switch"), category NULL */
	uint64_t uaddr;		/* PK_UPROBE, PK_URETPROBE: bytes past the function's
				 * start, or the address when name is "". The
				 * runtime reads the symbol again when it attaches,
				 * so a rebuilt binary is never probed at a stale
				 * offset. */
	const char *full;	/* "tracepoint:syscalls:sys_enter_openat" */
	const char *prog_name;	/* the ELF function name */
	enum attach_mode attach;	/* PK_TRACEPOINT */
	struct tp_target *targets;	/* PK_TRACEPOINT: cookie = index */
	unsigned ntargets;
	unsigned nnamed;	/* probes it stands for ("Attaching N probes") */
	const char *fallback_name;	/* AM_RAW: the same code as a tracepoint program */
	int line, col;		/* where the probe is written, for errors */
	uint64_t period_ns;	/* PK_INTERVAL, PK_PROFILE: 0 with freq_hz */
	uint64_t freq_hz;	/* PK_INTERVAL, PK_PROFILE: hz:N */
	bool wildcard;		/* PK_TRACEPOINT from a wildcard: skipped with a
				 * warning, not refused, on a kernel without it */
	bool args_whole;	/* reads args as a whole (print(args)) */
	bool relocatable;	/* every field offset in its code is in
				 * program.relocs: a field that moved is patched */
};

/* An instruction of a probe's program whose offset or immediate is a
 * tracepoint field's offset plus a constant: at load, the difference
 * between the running kernel's offset and the compiled one is added. */
struct prog_reloc {
	unsigned field;		/* index in program.fields (which names the probe) */
	unsigned insn;		/* index in the probe's program */
	bool imm;		/* the immediate, else the 16-bit offset */
	bool at_exit;		/* in the probe's exit-time program
				 * (TP_AT_EXIT_SUFFIX), which reads the
				 * record kept in tp_pending */
};

/* uaddr("name") in a probe: a u64 of tp_ro that the runtime fills in
 * before load from the binary there then (a rebuilt binary's symbols
 * move): the symbol's address; compiled against a binary loaded anywhere
 * (pie), the symbol's address less the probe's own address in the file
 * (a uprobe's: the code adds where the probe fired) or the symbol's
 * address alone (a USDT probe's: the code adds where the site fired less
 * the site's address, from its spec). */
struct prog_uaddr {
	unsigned probe;		/* index in program.probes: the binary is its */
	const char *symbol;
	unsigned offset;	/* in tp_ro, within the parameters' area */
	bool pie;
	int line, col;		/* where uaddr() is written, for errors */
};

/* A tracepoint field a probe's code reads, as the format file it was
 * compiled against laid it out. Before anything is attached the runtime
 * checks each against the running kernel's format file. */
struct prog_field {
	unsigned probe;		/* index in program.probes */
	const char *name;	/* "filename" */
	const char *type;	/* C type text: "const char *" */
	unsigned offset, size;
	bool is_signed;
};

#define TP_RINGBUF_MAP "tp_events"
/* A sys_enter_* program whose action reads a user string has a second
 * program, named like it with this suffix, for the same syscall's
 * sys_exit_*: it runs the action on the record kept in tp_pending when
 * the string could not be read at the entry (its page not mapped in yet).
 * The runtime attaches it beside the first. */
#define TP_AT_EXIT_SUFFIX "_x"
#define TP_PENDING_MAP "tp_pending"	/* (pid_tgid, probe) -> record */
#define TP_PENDING_MAX 4096		/* threads inside such a syscall at once */
#define TP_STATS_MAP "tp_stats"	/* per-CPU u64[TP_STAT_MAPS + nmaps] */
#define TP_STACK_MAP "tp_stacks"	/* stack traces, for kstack */
#define TP_USTACK_MAP "tp_ustacks"	/* user stack traces, for ustack */
#define TP_USDT_SPECS_MAP "tp_usdt_specs"	/* USDT: spec id -> struct usdt_bpf_spec */
#define TP_RODATA_VAR "tp_ro"	/* .rodata struct tp_rodata, set before load */

/* The programs' read-only globals: one .rodata variable, filled in by the
 * runtime before load (the kernel freezes it then). */
struct tp_rodata {
	uint64_t cpid;		/* the -c command's pid */
	uint64_t start_ns;	/* CLOCK_MONOTONIC at start, for elapsed */
	uint64_t ncpus;		/* possible CPUs: reading a per-CPU map sums them */
	uint64_t filter_pid;	/* -p PID, or 0: every process */
	uint64_t nparams;	/* $#: the positional parameters given */
	/* then the positional parameters the programs read (program.params:
	 * params_size bytes), then zeros: the initial value of new map
	 * entries */
};

/* Positional parameters are load-time values: the programs read $N from
 * tp_ro, which the runtime fills before load (the kernel freezes it, so
 * the verifier still sees constants), and a compiled program, a cache
 * entry or an --aot executable takes any value. A parameter whose value
 * the compiler itself used (a probe's name, a map size, lhist's bounds, a
 * format, str($1 + N)...) is fixed: the program runs with that value
 * only. */
enum param_kind {
	PARAM_UNUSED,		/* not read */
	PARAM_INT,		/* read as an integer */
	PARAM_STR,		/* read as a string */
	PARAM_BOTH,		/* read as both (str($1) and $1): a slot of each */
};

struct prog_param {
	unsigned kind;		/* enum param_kind */
	bool fixed;		/* its value was used when compiling */
	unsigned offset;	/* in tp_ro (a load-time value; $# is at
				 * struct tp_rodata's nparams); PARAM_BOTH:
				 * the integer's */
	unsigned str_offset;	/* PARAM_BOTH: the string's, in tp_ro */
	unsigned size;		/* PARAM_STR, PARAM_BOTH: the string's bytes,
				 * the NUL included */
	const char *why;	/* fixed: where, "LINE:COL" */
};

/* A parameter's text as an integer, as $N reads: decimal, 0x hex or 0
 * octal, optionally negative. False when it is not one (a string). */
bool param_int(const char *text, uint64_t *value);
/* Where in tp_ro parameter pp's value is as a string (PARAM_STR, PARAM_BOTH). */
static inline unsigned param_str_offset(const struct prog_param *pp)
{
	return pp->kind == PARAM_BOTH ? pp->str_offset : pp->offset;
}
/* The bytes a string parameter of len characters takes: strlen (the
 * setting), or more for a longer value. */
unsigned param_str_size(size_t len, unsigned strlen);

/* getopt("name", default [, "description"]): a named program option,
 * given after "--" as --name=VALUE (a bool's --name alone is true). A
 * load-time value as a positional parameter is: the runtime writes it
 * into its slot of tp_ro before load. */
enum prog_opt_kind {
	POPT_INT,		/* an integer: signed when the default is negative */
	POPT_STR,		/* a string of size bytes, the NUL included */
	POPT_BOOL,		/* true or false, 8 bytes 1 or 0 */
};

struct prog_opt {
	const char *name;	/* "aa" for --aa */
	const char *desc;	/* the description, or NULL */
	unsigned kind;		/* enum prog_opt_kind */
	bool is_signed;		/* POPT_INT: printed signed */
	const char *dflt;	/* the default as a value's text: "20", "-1",
				 * "hello", "false" */
	unsigned offset;	/* in tp_ro, within the parameters' area */
	unsigned size;		/* POPT_STR: bytes; else 8 */
};

/* Per-CPU counters the programs keep: lost records, then one slot per map
 * for updates refused because the map was full. */
enum tp_stat {
	TP_STAT_LOST,		/* records the ring buffer had no room for */
	TP_STAT_MAPS,		/* + map id: updates refused, map full */
};

struct program {
	struct prog_probe *probes;
	unsigned nprobes;
	struct rec_desc *recs;
	unsigned nrecs;
	struct map_desc *maps;	/* in name order */
	unsigned nmaps;
	unsigned strlen;	/* bytes kept for strings (bpftrace's STRLEN) */
	bool uses_cpid;		/* cpid is read */
	unsigned ringbuf_size;	/* bytes, a power of two */
	struct arena *mem;	/* a copy's own memory (program_copy), else NULL:
				 * the checker's */
	struct prog_field *fields;	/* tracepoint fields read, by probe */
	unsigned nfields;
	struct prog_reloc *relocs;	/* where their offsets are in the code (a
					 * compile for --aot; else none) */
	unsigned nrelocs;
	struct prog_param *params;	/* [0] is $#, [N] is $N, up to the highest
					 * the program reads */
	unsigned nparams;
	unsigned params_size;	/* bytes of tp_ro after struct tp_rodata
				 * holding parameters, then uaddr() values */
	struct prog_uaddr *uaddrs;	/* uaddr() calls, filled in at load */
	unsigned nuaddrs;
	bool pid_fixed;		/* -p was used when compiling (a library found
				 * through the process's maps) */
	struct helper_site *sites;	/* -k, -kk: the calls checked, by
					 * REC_HELPER_ERROR id (codegen's) */
	unsigned nsites;
	struct prog_opt *opts;	/* getopt() options, in the order first seen */
	unsigned nopts;
	/* The config block's settings the runtime applies (an environment
	 * variable of the same setting wins over them, as in bpftrace). */
	bool no_exit_print;	/* print_maps_on_exit = false: no maps at the end */
	bool cat_max_set;	/* max_cat_bytes was set: cat_max */
	unsigned cat_max;
};

/* A deep copy of p in memory of its own: nothing in it points into the
 * checker's arena, its AST or its format files, so the checker can be freed
 * before the trace runs. Free it with program_free. */
struct program *program_copy(const struct program *p);
/* The bytes probe takes in pp's program: its longest tracepoint name, and
 * the NUL. */
unsigned probe_name_size(const struct prog_probe *pp);
void program_free(struct program *p);	/* a copy; NULL-safe */

#endif
