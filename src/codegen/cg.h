/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* cg.h - codegen's state, shared by codegen.c (the recursive lowering of
 * the typed AST), ir.c (helpers over the LLVM C API) and btf.c (the
 * object's globals and their debug info). Private to src/codegen. */
#ifndef TPSCRIPT_CG_H
#define TPSCRIPT_CG_H

#include <stdbool.h>
#include <stdint.h>

#include <linux/bpf.h>

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/TargetMachine.h>

#include "front/util.h"
#include "program/tprog.h"

/* Copies and clears up to this size are inlined as loads and stores; larger
 * ones go through bpf_probe_read_kernel, which has no size limit. */
#define INLINE_COPY_MAX 256

/* A stack slot for temporaries, reused across statements. */
struct temp {
	LLVMValueRef a;		/* the alloca */
	unsigned size;		/* bytes */
};

/* Where break and continue go, innermost loop first. */
struct loop {
	LLVMBasicBlockRef brk, cont;
	struct loop *outer;
};

struct cg {
	const struct tprog *tp;
	struct arena arena;		/* names made while building */
	unsigned rodata_size;		/* bytes of tp_ro, once made */
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTargetMachineRef tm;
	LLVMDIBuilderRef di;
	LLVMMetadataRef di_file, di_cu, di_int, di_u64, di_char;
	LLVMTypeRef i1, i8, i32, i64, i8p, void_t;

	LLVMValueRef ringbuf, stats, scratch;
	LLVMValueRef stacks[STACK_FRAMES_MAX + 1];	/* stack-trace maps by frame count */
	LLVMValueRef ustacks[STACK_FRAMES_MAX + 1];	/* the same for user stacks */
	LLVMValueRef len_cb;		/* len()'s bpf_for_each_map_elem callback */
	LLVMValueRef *maps;		/* prog.maps' globals */
	LLVMValueRef rodata;		/* tp_ro, or NULL */
	LLVMTypeRef rodata_t;
	unsigned zero_size;		/* zeros after struct tp_rodata in tp_ro */
	unsigned *mux_off;		/* per instance: its probe-name table in tp_ro */
	unsigned scratch_max;		/* bytes of scratch the largest program uses */
	LLVMValueRef pending;		/* tp_pending, or NULL: records kept for the exit */
	LLVMValueRef usdt_specs;	/* tp_usdt_specs, or NULL: no USDT probe */
	const struct btf *btf;		/* the kernel's types, when the script uses them */
	struct core_rec *recs;		/* structs and unions stepped into (core.c) */
	unsigned nrecs, recs_cap;
	unsigned pending_size;		/* its value: the largest record kept */

	/* the function being built */
	LLVMValueRef fn, ctxarg;
	LLVMMetadataRef sp;
	LLVMBasicBlockRef entry;
	LLVMValueRef zero_key;		/* i32 0 on the stack, for array lookups */
	LLVMValueRef scratch_slot;	/* alloca i8*: this CPU's scratch buffer */
	unsigned scratch_off;
	const struct probe_inst *inst;
	const struct prog_probe *pp;
	LLVMValueRef *vars;		/* per variable: i64 alloca or string buffer */
	LLVMValueRef mux_row;		/* folded or shared program: this event's name */
	bool raw_tp;			/* a raw tracepoint program (AM_RAW) */
	struct temp *temps;		/* [0, temps_used) are in use */
	unsigned ntemps, temps_used;
	LLVMBasicBlockRef ret;		/* the return block */
	struct loop *loop;

	/* -k, -kk (helpercheck.c) */
	unsigned helper_check;		/* 0, or 1 for -k, 2 for -kk */
	struct helper_site *sites;	/* the calls checked: program.sites */
	unsigned nsites, sites_cap;
	const struct loc *kloc;		/* where the kernel member or *p core.c
					 * reads is written, or NULL: unchecked */
};

/* ir.c */
LLVMValueRef c64(struct cg *g, uint64_t v);
LLVMValueRef c32(struct cg *g, uint64_t v);
LLVMValueRef to_i8p(struct cg *g, LLVMValueRef p);
LLVMValueRef gep8(struct cg *g, LLVMValueRef base, uint64_t off);
LLVMValueRef load_n(struct cg *g, LLVMValueRef p8, unsigned size,
		    bool sext);
void store_n(struct cg *g, LLVMValueRef p8, LLVMValueRef v, unsigned size);
LLVMValueRef emit_helper(struct cg *g, int id, LLVMTypeRef ret,
			 LLVMValueRef *args, unsigned n);
LLVMValueRef emit_map_lookup(struct cg *g, LLVMValueRef map,
			     LLVMValueRef key8);
LLVMBasicBlockRef new_block(struct cg *g, const char *name);
void set_loc(struct cg *g, const struct loc *l);
LLVMValueRef scratch_alloc(struct cg *g, unsigned size);
LLVMValueRef rodata_u64(struct cg *g, unsigned off);
unsigned zero_off(const struct cg *g);
void rodata_copy(struct cg *g, LLVMValueRef dst, unsigned off, unsigned n);
void emit_copy(struct cg *g, LLVMValueRef dst, LLVMValueRef src, unsigned size);
void emit_zero(struct cg *g, LLVMValueRef dst, unsigned size);
LLVMValueRef temp_alloc(struct cg *g, unsigned size);
LLVMValueRef bool64(struct cg *g, LLVMValueRef i1v);

/* codegen.c */
/* stats[slot]++ (TP_STAT_LOST, TP_STAT_MAPS + map id) */
void count_stat(struct cg *g, unsigned slot);

/* helpercheck.c: -k, -kk */
/* After a helper call written at at (NULL: an internal call, never
 * checked) that returned rc (an i64): when the level checks helper id and
 * the call failed (rc < 0 as an int), a REC_HELPER_ERROR record. */
void check_helper(struct cg *g, int id, LLVMValueRef rc, const struct loc *at);
/* -kk: the helper a kernel read written at at makes: in a probe with no
 * memory of its own (BEGIN, END, interval, profile) bpftrace 0.17's plain
 * probe_read or probe_read_str, so a failure is the same failure (id
 * itself without -kk, or where at is NULL). */
int read_helper(const struct cg *g, int id, const struct loc *at);
/* -kk: a map read written at at that found no entry (p is NULL). */
void check_lookup(struct cg *g, LLVMValueRef p, const struct loc *at);

/* core.c: kernel struct members through CO-RE relocations */
struct btf;
struct kbtf_member;
void core_collect(struct cg *g);
void core_free(struct cg *g);
/* The address of member km of the struct or union at p (an i8*); for a
 * bitfield, of the struct holding it (core_read_bits reads it). */
LLVMValueRef core_member_addr(struct cg *g, LLVMValueRef p, const struct kbtf_member *km);
LLVMValueRef core_read_bits(struct cg *g, LLVMValueRef p, const struct kbtf_member *km,
			    bool is_signed, bool user);
/* size bytes at src into dst, from user or kernel memory */
void core_read(struct cg *g, LLVMValueRef dst, LLVMValueRef src, unsigned size, bool user);
/* an integer of size bytes at src, widened to i64; 0 when unreadable */
LLVMValueRef core_read_int(struct cg *g, LLVMValueRef src, unsigned size, bool sgn, bool user);
/* The address of element idx of the array (BTF id arr, skipped) at p. */
LLVMValueRef core_elem_addr(struct cg *g, LLVMValueRef p, uint32_t arr, unsigned idx);
/* The same with idx a value (NULL: the constant cidx); past the end: 0. */
LLVMValueRef core_index_addr(struct cg *g, LLVMValueRef p, uint32_t arr, LLVMValueRef idx,
			     uint64_t cidx);
/* print() of the kernel struct of type t at addr: each member of its
 * layout ra read into dst (the layout's place in the record). */
struct rec_arg;
void core_show(struct cg *g, LLVMValueRef addr, const struct type *t, const struct rec_arg *ra,
	       LLVMValueRef dst);

/* btf.c */
LLVMMetadataRef di_int_array(struct cg *g, LLVMMetadataRef elem,
			     unsigned elem_bits, uint64_t n);
LLVMMetadataRef di_ptr(struct cg *g, LLVMMetadataRef to);
LLVMValueRef def_map(struct cg *g, const char *name, unsigned type,
		     uint64_t max_entries, LLVMMetadataRef key,
		     LLVMMetadataRef value);
void add_license(struct cg *g);
unsigned mux_rows(const struct probe_inst *in);
unsigned name_rows(const struct prog_probe *pp, const struct probe_inst *in);
unsigned name_rowsize(const struct prog_probe *pp, const struct probe_inst *in);
unsigned mux_rowsize(const struct probe_inst *in);
void add_rodata(struct cg *g);
void add_maps(struct cg *g);

/* usdt.c */
void add_usdt_map(struct cg *g);
LLVMValueRef emit_usdt_arg(struct cg *g, unsigned n);
LLVMValueRef emit_usdt_site(struct cg *g);

#endif
