// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* codegen.c - lowering the typed AST to BPF through the LLVM C API.
 *
 * One function per probe instance, in libbpf's section naming; maps are
 * BTF-defined (.maps globals described with DIBuilder, which the BPF
 * backend turns into BTF); the object is emitted to memory. Only C API
 * calls that LLVM 14 to 19 share are used, with the "2" builder variants
 * (explicit types) so the code carries to opaque pointers. The helpers
 * it is written in are in ir.c; the maps, tp_ro and their debug info in
 * btf.c. */
#include "codegen.h"
#include "cg.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "check/funcid.h"
#include "kernel/kbtf.h"
#include "kernel/tracefs.h"
#include "providers/provider.h"

/* ---- record fields ------------------------------------------------- */

static LLVMValueRef field_ptr(struct cg *g, const struct tp_field *f);

/* Tracepoint records are read straight from the context: the verifier
 * allows aligned loads at constant offsets. */
static LLVMValueRef field_int(struct cg *g, const struct tp_field *f, unsigned size, bool sgn)
{
	if (f->by_helper) {
		LLVMValueRef tmp = temp_alloc(g, 8);
		LLVMValueRef args[] = { tmp, c32(g, 8), field_ptr(g, f) };

		emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
		return load_n(g, tmp, size, sgn);
	}
	/* Little-endian: the low bytes of a wider slot come first. */
	return load_n(g, field_ptr(g, f), size, sgn);
}

/* __data_loc: a u32 whose low half is the offset of the data in the
 * record and whose high half its length in bytes. */
static LLVMValueRef dataloc_ptr(struct cg *g, const struct tp_field *f, LLVMValueRef *len)
{
	LLVMValueRef loc = load_n(g, field_ptr(g, f), 4, false);
	LLVMValueRef off = LLVMBuildAnd(g->b, loc, c64(g, 0xffff), "");
	LLVMValueRef base = LLVMBuildPtrToInt(g->b, g->ctxarg, g->i64, "");

	if (len)
		*len = LLVMBuildLShr(g->b, loc, c64(g, 16), "");
	return LLVMBuildIntToPtr(g->b, LLVMBuildAdd(g->b, base, off, ""), g->i8p, "");
}

static void field_str_into(struct cg *g, const struct tp_field *f, LLVMValueRef dst,
			   unsigned size)
{
	LLVMValueRef src = f->kind == FK_DATALOC_STR ? dataloc_ptr(g, f, NULL) : field_ptr(g, f);
	LLVMValueRef args[] = { dst, c32(g, size), src };

	emit_helper(g, BPF_FUNC_probe_read_kernel_str, g->i64, args, 3);
}

/* A literal from a positional parameter read at load time: its place in
 * tp_ro, or NULL (a plain literal, or a parameter compiled in). */
static const struct prog_param *live_param(struct cg *g, const struct node *n)
{
	const struct program *p = g->tp->prog;
	int i = n->param == PARAM_COUNT ? 0 : n->param;

	if (!n->param || (n->kind != N_INT && n->kind != N_STR) || (unsigned)i >= p->nparams ||
	    p->params[i].fixed || !p->params[i].offset)
		return NULL;
	return &p->params[i];
}

/* Element i of an array field; 0 past its end. A constant index in a
 * fixed array is a direct load; otherwise the element is read through
 * bpf_probe_read_kernel after a bounds check. */
static LLVMValueRef array_elem(struct cg *g, const struct tp_field *f, LLVMValueRef i,
			       const struct node *inode)
{
	unsigned es = f->elem_size;
	bool sgn = f->is_signed && f->kind == FK_ARRAY;

	if (f->kind == FK_ARRAY && inode->kind == N_INT && !live_param(g, inode) &&
	    inode->num < f->count &&
	    (f->offset + inode->num * es) % es == 0)
		return load_n(g, gep8(g, field_ptr(g, f), inode->num * es), es, sgn);

	LLVMValueRef base, count;
	if (f->kind == FK_ARRAY) {
		base = field_ptr(g, f);
		count = c64(g, f->count);
	} else {
		LLVMValueRef len;

		base = dataloc_ptr(g, f, &len);
		count = LLVMBuildUDiv(g->b, len, c64(g, es), "");
	}
	LLVMValueRef tmp = temp_alloc(g, 8);
	LLVMBasicBlockRef rd = new_block(g, "elem.read"), done = new_block(g, "elem.done");

	store_n(g, tmp, c64(g, 0), 8);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, i, count, ""), rd, done);
	LLVMPositionBuilderAtEnd(g->b, rd);
	LLVMValueRef src = LLVMBuildIntToPtr(g->b,
		LLVMBuildAdd(g->b, LLVMBuildPtrToInt(g->b, base, g->i64, ""),
			     LLVMBuildMul(g->b, i, c64(g, es), ""), ""), g->i8p, "");
	LLVMValueRef args[] = { tmp, c32(g, es), src };
	emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	return load_n(g, tmp, es, sgn);
}

/* p[i] of a pointer field: the element at p + i * size, read from user
 * memory for syscalls' pointers and kernel memory otherwise; 0 when it
 * cannot be read. */
static LLVMValueRef emit_int(struct cg *g, struct node *n);

static LLVMValueRef pointee_elem(struct cg *g, struct node *n)
{
	struct node *b = n->index.base;
	unsigned es = n->type.kind == TY_INT ? n->type.size : 8;
	bool sgn = n->type.kind == TY_INT && n->type.is_signed;
	LLVMValueRef tmp = temp_alloc(g, 8);
	LLVMValueRef src = LLVMBuildIntToPtr(g->b,
		LLVMBuildAdd(g->b, emit_int(g, b),
			     LLVMBuildMul(g->b, emit_int(g, n->index.index), c64(g, es), ""), ""),
		g->i8p, "");
	LLVMValueRef args[] = { tmp, c32(g, es), src };

	int id = read_helper(g, b->type.user ? BPF_FUNC_probe_read_user
					      : BPF_FUNC_probe_read_kernel, &n->loc);

	store_n(g, tmp, c64(g, 0), 8);
	check_helper(g, id, emit_helper(g, id, g->i64, args, 3), &n->loc);
	return load_n(g, tmp, es, sgn);
}

/* An array field into a record: a fixed array's bytes, or a variable
 * one's length (u64) and up to DATALOC_ARRAY_MAX bytes. */
static void field_array_into(struct cg *g, const struct tp_field *f, LLVMValueRef dst)
{
	if (f->kind == FK_ARRAY) {
		LLVMValueRef args[] = { dst, c32(g, f->size), field_ptr(g, f) };

		emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
		return;
	}
	LLVMValueRef len;
	LLVMValueRef src = dataloc_ptr(g, f, &len);
	LLVMValueRef big = LLVMBuildICmp(g->b, LLVMIntUGT, len, c64(g, DATALOC_ARRAY_MAX), "");
	len = LLVMBuildSelect(g->b, big, c64(g, DATALOC_ARRAY_MAX), len, "len");
	/* A branch the verifier sees, so the size is known to be bounded. */
	LLVMBasicBlockRef rd = new_block(g, "arr.read"), done = new_block(g, "arr.done");
	store_n(g, dst, c64(g, 0), 8);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULE, len, c64(g, DATALOC_ARRAY_MAX), ""),
			rd, done);
	LLVMPositionBuilderAtEnd(g->b, rd);
	store_n(g, dst, len, 8);
	LLVMValueRef args[] = { gep8(g, dst, 8), LLVMBuildTrunc(g->b, len, g->i32, ""), src };
	emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

/* print(args): each readable field into its slot. */
static void args_struct_into(struct cg *g, const struct rec_arg *ra, LLVMValueRef dst)
{
	for (unsigned i = 0; i < ra->nelems; i++) {
		const struct rec_arg *e = &ra->elems[i];
		const struct tp_field *f = provider_of(g->pp->kind)->field(g->inst, e->name);
		LLVMValueRef d = gep8(g, dst, e->offset);

		if (f->kind == FK_RECORD) {	/* a struct by value, in the context */
			struct type kt = { .kind = TY_KOBJ, .btf_id = kbtf_skip(g->tp->btf, f->btf_id,
										NULL) };

			core_show(g, field_ptr(g, f), &kt, e, d);
		} else if (e->kind == RA_STR)
			field_str_into(g, f, d, e->size);
		else if (e->kind == RA_ARRAY)
			field_array_into(g, f, d);
		else
			store_n(g, d, field_int(g, f, e->elem_size ? e->elem_size : 8, e->is_signed), 8);
	}
}

/* ---- expressions ----------------------------------------------------- */

static LLVMValueRef emit_int(struct cg *g, struct node *n);
static void emit_str_into(struct cg *g, struct node *n, LLVMValueRef dst,
			  unsigned size);
static LLVMValueRef emit_map_value_ptr(struct cg *g, struct node *m);
static LLVMValueRef emit_key(struct cg *g, const struct node *m);
static LLVMValueRef emit_percpu_read(struct cg *g, struct node *m);
static LLVMValueRef emit_len(struct cg *g, struct node *m);
static LLVMValueRef emit_incdec(struct cg *g, struct node *n);
static const struct map_desc *map_desc_of(struct cg *g, const struct node *m);
static struct var *find_var(struct cg *g, const char *name);
static void emit_tuple_into(struct cg *g, struct node *n, LLVMValueRef dst,
			    const struct type *dt);
static LLVMValueRef tuple_ptr(struct cg *g, struct node *n, const struct type **st);
static LLVMValueRef tuple_eq(struct cg *g, LLVMValueRef a, const struct type *at,
			     LLVMValueRef b, const struct type *bt);
static void emit_struct_into(struct cg *g, struct node *n, LLVMValueRef dst, unsigned size);
static LLVMValueRef struct_ptr(struct cg *g, struct node *n);
static void emit_buf_into(struct cg *g, struct node *n, LLVMValueRef dst, unsigned size, bool pad);
static LLVMValueRef emit_buf_eq(struct cg *g, struct node *l, struct node *r);
static LLVMValueRef emit_delete(struct cg *g, struct node *n, bool stmt);
static LLVMValueRef emit_strlen(struct cg *g, struct node *a);
static void emit_record(struct cg *g, int rec_id, struct node *args);
static void emit_stmt(struct cg *g, struct node *n);
static void emit_discard(struct cg *g, struct node *e);

/* A block expression ({ stmts; value }, a macro's expansion): its
 * statements emitted, then its value's node (NULL: none). Every emitter of
 * a value starts here, so a value may be one anywhere. */
static struct node *run_block(struct cg *g, struct node *n)
{
	while (n && n->kind == N_BLOCK_EXPR) {
		for (struct node *s = n->block.stmts; s; s = s->next)
			emit_stmt(g, s);
		n = n->block.value;
	}
	return n;
}
static LLVMValueRef bytes_eq(struct cg *g, LLVMValueRef a, LLVMValueRef b, unsigned n);

static LLVMValueRef field_ptr(struct cg *g, const struct tp_field *f)
{
	return gep8(g, g->ctxarg, f->offset);
}

/* This kernel stack's id in the stack map (negative on failure, which
 * prints as an unknown stack). */
/* One stack map per frame count: the map keeps that many frames, so two
 * stacks alike in their first N frames get the same id (kstack(3) keys
 * merge as bpftrace's do). */
static LLVMValueRef stack_map(struct cg *g, unsigned frames, bool user)
{
	LLVMValueRef *slot;

	if (!frames || frames > STACK_FRAMES_MAX)
		frames = STACK_FRAMES_MAX;
	slot = user ? &g->ustacks[frames] : &g->stacks[frames];
	if (!*slot) {
		const char *base = user ? TP_USTACK_MAP : TP_STACK_MAP;
		char name[32];

		if (frames == STACK_FRAMES_MAX)
			snprintf(name, sizeof(name), "%s", base);
		else
			snprintf(name, sizeof(name), "%s_%u", base, frames);
		*slot = def_map(g, name, BPF_MAP_TYPE_STACK_TRACE, 4096, g->di_int,
				di_int_array(g, g->di_u64, 64, frames));
	}
	return *slot;
}

/* A user stack is only readable with the process it belongs to: its id
 * travels with the tgid, (tgid << 32) | id, for user space to find the
 * process's mappings; a failed id stays negative. */
static LLVMValueRef emit_stackid(struct cg *g, unsigned frames, bool user, const struct loc *at)
{
	/* the program's own context, also where the action runs on a kept
	 * record (see emit_defer_if_cold). A raw tracepoint program's kernel
	 * stack starts in the program and bpf_trace_run<N>: skipped (the
	 * flags' low byte), it starts where a tracepoint program's does, at
	 * the tracepoint's iterator or caller. */
	uint64_t flags = user ? 1u << 8 /* BPF_F_USER_STACK */ : g->raw_tp ? 2 : 0;
	LLVMValueRef args[] = { LLVMGetParam(g->fn, 0), to_i8p(g, stack_map(g, frames, user)),
				c64(g, flags) };
	LLVMValueRef id = emit_helper(g, BPF_FUNC_get_stackid, g->i64, args, 3);

	check_helper(g, BPF_FUNC_get_stackid, id, at);
	if (!user)
		return id;
	LLVMValueRef tgid = LLVMBuildAnd(g->b, emit_helper(g, BPF_FUNC_get_current_pid_tgid, g->i64,
							   NULL, 0), c64(g, 0xffffffff00000000ull), "");
	LLVMValueRef packed = LLVMBuildOr(g->b, tgid, LLVMBuildAnd(g->b, id, c64(g, 0xffffffffu), ""), "");
	return LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, id, c64(g, 0), ""), id, packed, "");
}

/* A value of size bytes held in memory (a variable, a tuple's element, a
 * map holding that value alone) copied to dst; false if n is none of
 * those. A missing map entry reads as zeros. */
static bool copy_held(struct cg *g, struct node *n, LLVMValueRef dst, unsigned size)
{
	n = run_block(g, n);
	if (n->kind == N_VAR) {
		emit_copy(g, dst, g->vars[find_var(g, n->id.name)->id], size);
		return true;
	}
	if (n->kind == N_MEMBER && !n->member.name) {
		const struct type *st;

		emit_copy(g, dst, tuple_ptr(g, n, &st), size);
		return true;
	}
	if (n->kind != N_MAP)
		return false;
	LLVMValueRef p = emit_map_value_ptr(g, n);
	LLVMBasicBlockRef rd = new_block(g, "map.read"), none = new_block(g, "map.none");
	LLVMBasicBlockRef done = new_block(g, "map.done");

	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""), rd,
			none);
	LLVMPositionBuilderAtEnd(g->b, rd);
	emit_copy(g, dst, p, size);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, none);
	emit_zero(g, dst, size);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	return true;
}

/* usym(addr): the address, the current process and this probe's index
 * (struct tp_usym). */
static void emit_usym_into(struct cg *g, struct node *n, LLVMValueRef dst)
{
	n = run_block(g, n);
	if (copy_held(g, n, dst, sizeof(struct tp_usym)))
		return;
	LLVMValueRef tgid = LLVMBuildLShr(g->b, emit_helper(g, BPF_FUNC_get_current_pid_tgid, g->i64,
							    NULL, 0), c64(g, 32), "");
	uint64_t probe = (uint64_t)(g->pp - g->tp->prog->probes);

	store_n(g, dst, emit_int(g, n->call.args), 8);
	store_n(g, gep8(g, dst, offsetof(struct tp_usym, pid)),
		LLVMBuildOr(g->b, tgid, c64(g, probe << 32), ""), 8);
}

/* uaddr("name"): a value of tp_ro the runtime fills in at load from the
 * binary there (struct prog_uaddr): the symbol's address; in a binary
 * loaded anywhere, corrected by where it was loaded in this process: the
 * probe's address as the kernel reports it (bpf_get_func_ip: where the
 * uprobe is) plus the value (the symbol's address less the probe's in the
 * file), or for a USDT probe less its site's address in the file (the
 * spec's usdt_cookie) plus the value (the symbol's address). */
static LLVMValueRef emit_uaddr(struct cg *g, struct node *n)
{
	const struct prog_uaddr *u = &g->tp->prog->uaddrs[n->call.args->num];
	LLVMValueRef v = rodata_u64(g, u->offset);

	if (!u->pie)
		return v;
	LLVMValueRef ip = emit_helper(g, BPF_FUNC_get_func_ip, g->i64, &g->ctxarg, 1);
	if (provider_of(g->pp->kind)->spec_args)
		ip = LLVMBuildSub(g->b, ip, emit_usdt_site(g), "");
	return LLVMBuildAdd(g->b, ip, v, "uaddr");
}

/* ntop([af,] addr): family, then the address bytes; an integer address
 * is IPv4, its four bytes as they lie in memory (network order). */
static void emit_inet_into(struct cg *g, struct node *n, LLVMValueRef dst)
{
	n = run_block(g, n);
	if (copy_held(g, n, dst, sizeof(struct tp_inet)))
		return;
	struct node *a = n->call.args, *addr = a->next ? a->next : a;

	if (n->call.fn->id == F_PTON) {	/* an IPv6 literal */
		struct tp_inet in = { .af = AF_INET6 };

		inet_pton(AF_INET6, a->str.s, in.addr);
		for (unsigned i = 0; i < sizeof(in); i += 8) {
			uint64_t w;

			memcpy(&w, (const char *)&in + i, 8);
			store_n(g, gep8(g, dst, i), c64(g, w), 8);
		}
		return;
	}
	if (addr->type.kind == TY_INET) {	/* ntop(pton("::1")) */
		emit_inet_into(g, addr, dst);
		return;
	}
	if (addr->type.kind == TY_ARRAY) {	/* u8[4] or u8[16] */
		LLVMValueRef args[] = { gep8(g, dst, 8), c32(g, addr->type.nelems),
					field_ptr(g, addr->member.field) };

		store_n(g, dst, c64(g, addr->type.nelems == 16 ? AF_INET6 : AF_INET), 8);
		store_n(g, gep8(g, dst, 8), c64(g, 0), 8);
		store_n(g, gep8(g, dst, 16), c64(g, 0), 8);
		emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
		return;
	}
	store_n(g, dst, c64(g, a->next ? a->num : AF_INET), 8);
	store_n(g, gep8(g, dst, 8), emit_int(g, addr), 8);
	store_n(g, gep8(g, dst, 16), c64(g, 0), 8);
}

#define PT_REGS_CS 136	/* offsetof(struct pt_regs, cs) on x86-64 */

static LLVMValueRef emit_builtin_int(struct cg *g, struct node *n)
{
	LLVMValueRef v;

	switch (n->id.builtin) {
	case B_PID:
	case B_TID:
		v = emit_helper(g, BPF_FUNC_get_current_pid_tgid, g->i64, NULL, 0);
		if (n->id.builtin == B_PID)
			return LLVMBuildLShr(g->b, v, c64(g, 32), "pid");
		return LLVMBuildAnd(g->b, v, c64(g, 0xffffffffu), "tid");
	case B_CPID:
		return rodata_u64(g, offsetof(struct tp_rodata, cpid));
	case B_ELAPSED:
		return LLVMBuildSub(g->b, emit_helper(g, BPF_FUNC_ktime_get_ns, g->i64, NULL, 0),
				    rodata_u64(g, offsetof(struct tp_rodata, start_ns)), "elapsed");
	case B_NSECS:
		return emit_helper(g, BPF_FUNC_ktime_get_ns, g->i64, NULL, 0);
	case B_NCPUS:
		return rodata_u64(g, offsetof(struct tp_rodata, ncpus));
	case B_JIFFIES:
		return emit_helper(g, BPF_FUNC_jiffies64, g->i64, NULL, 0);
	case B_USERMODE:
		/* BEGIN and END run in tpscript itself (current bpftrace's run
		 * as uprobes of it), a uprobe always in user mode; a
		 * tracepoint's context has no registers (0, as bpftrace); a
		 * timer's perf event has them, struct pt_regs first, and the
		 * low bits of cs are the privilege level interrupted. */
		switch (g->pp->kind) {
		case PK_INTERVAL:
		case PK_PROFILE:
			v = load_n(g, gep8(g, g->ctxarg, PT_REGS_CS), 8, false);
			return bool64(g, LLVMBuildICmp(g->b, LLVMIntEQ,
						       LLVMBuildAnd(g->b, v, c64(g, 3), ""),
						       c64(g, 3), ""));
		case PK_TRACEPOINT:
		case PK_RAWTRACEPOINT:
			return c64(g, 0);
		default:
			return c64(g, 1);
		}
	case B_UID:
	case B_USERNAME:
	case B_GID:
		v = emit_helper(g, BPF_FUNC_get_current_uid_gid, g->i64, NULL, 0);
		if (n->id.builtin == B_GID)
			return LLVMBuildLShr(g->b, v, c64(g, 32), "gid");
		return LLVMBuildAnd(g->b, v, c64(g, 0xffffffffu), "uid");
	case B_CPU:
		return LLVMBuildZExt(g->b, emit_helper(g, BPF_FUNC_get_smp_processor_id, g->i32,
						       NULL, 0), g->i64, "cpu");
	case B_RAND:
		return LLVMBuildZExt(g->b, emit_helper(g, BPF_FUNC_get_prandom_u32, g->i32,
						       NULL, 0), g->i64, "rand");
	case B_CGROUP:
		return emit_helper(g, BPF_FUNC_get_current_cgroup_id, g->i64, NULL, 0);
	case B_NUMAID:
		return LLVMBuildZExt(g->b, emit_helper(g, BPF_FUNC_get_numa_node_id, g->i32,
						       NULL, 0), g->i64, "numaid");
	case B_KSTACK:
	case B_USTACK:
		return emit_stackid(g, 0, n->id.builtin == B_USTACK, &n->loc);
	case B_ARG:
	case B_RETVAL: {	/* a register of the context, where its provider says */
		if (n->id.builtin == B_ARG && provider_of(g->pp->kind)->spec_args)
			return emit_usdt_arg(g, (unsigned)n->id.index);	/* USDT */
		const struct provider *pv = provider_of(g->pp->kind);
		int off = pv->reg_offset(g->pp, n->id.builtin == B_ARG ? n->id.index : -1);

		if (pv->reg_by_helper) {
			LLVMValueRef tmp = temp_alloc(g, 8);
			LLVMValueRef args[] = { tmp, c32(g, 8), gep8(g, g->ctxarg, (uint64_t)off) };

			emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
			return load_n(g, tmp, 8, false);
		}
		return load_n(g, gep8(g, g->ctxarg, (uint64_t)off), 8, false);
	}
	case B_CURTASK:
		return emit_helper(g, BPF_FUNC_get_current_task, g->i64, NULL, 0);
	case B_CTX:
		return LLVMBuildPtrToInt(g->b, g->ctxarg, g->i64, "");
	default:
		return c64(g, 0);
	}
}

/* Is the string at p equal to the literal lit (len bytes, NUL excluded)?
 * Compares the literal's bytes and its terminating NUL; a buffer too small
 * to hold the literal never equals it. */
static LLVMValueRef str_eq_lit(struct cg *g, LLVMValueRef p, unsigned size,
			       const char *lit, size_t len)
{
	if (len + 1 > size)
		return LLVMConstInt(g->i1, 0, 0);
	/* Eight bytes at a time (string buffers are 8-aligned), the
	 * differences or-ed together and tested once: a chain of byte
	 * compares turns into a chain of branches the verifier explores
	 * path by path, and two 32-byte compares in one predicate took it
	 * past its million instructions. */
	LLVMValueRef diff = c64(g, 0);
	size_t n = len + 1, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w = 0;

		memcpy(&w, lit + i, i + 8 <= len ? 8 : len - i);	/* the NUL and beyond: 0 */
		diff = LLVMBuildOr(g->b, diff, LLVMBuildXor(g->b, load_n(g, gep8(g, p, i), 8, false),
							     c64(g, w), ""), "");
	}
	for (; i < n; i++) {
		unsigned char c = i < len ? (unsigned char)lit[i] : 0;

		diff = LLVMBuildOr(g->b, diff, LLVMBuildXor(g->b, load_n(g, gep8(g, p, i), 1, false),
							     c64(g, c), ""), "");
	}
	return LLVMBuildICmp(g->b, LLVMIntEQ, diff, c64(g, 0), "streq");
}

/* Byte by byte, up to the shorter buffer or the first NUL. */
static LLVMValueRef str_eq(struct cg *g, LLVMValueRef a, LLVMValueRef b,
			   unsigned size)
{
	LLVMBasicBlockRef done = new_block(g, "streq.done");
	/* Two edges into done per byte, and the fall-through. */
	LLVMBasicBlockRef *from = xcalloc(2 * size + 1, sizeof(*from));
	LLVMValueRef *vals = xcalloc(2 * size + 1, sizeof(*vals));
	unsigned nin = 0;

	for (unsigned i = 0; i < size; i++) {
		LLVMValueRef ca = LLVMBuildLoad2(g->b, g->i8, gep8(g, a, i), "");
		LLVMValueRef cb = LLVMBuildLoad2(g->b, g->i8, gep8(g, b, i), "");
		LLVMValueRef ne = LLVMBuildICmp(g->b, LLVMIntNE, ca, cb, "");
		LLVMBasicBlockRef same = new_block(g, "streq.same");
		LLVMBasicBlockRef next = new_block(g, "streq.next");

		from[nin] = LLVMGetInsertBlock(g->b);
		vals[nin++] = LLVMConstInt(g->i1, 0, 0);
		LLVMBuildCondBr(g->b, ne, done, same);
		LLVMPositionBuilderAtEnd(g->b, same);
		LLVMValueRef end = LLVMBuildICmp(g->b, LLVMIntEQ, ca, LLVMConstInt(g->i8, 0, 0), "");
		LLVMBuildCondBr(g->b, end, done, next);
		LLVMPositionBuilderAtEnd(g->b, next);
		from[nin] = same;	/* both ended: equal */
		vals[nin++] = LLVMConstInt(g->i1, 1, 0);
	}
	from[nin] = LLVMGetInsertBlock(g->b);
	vals[nin++] = LLVMConstInt(g->i1, 1, 0);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "streq");
	LLVMAddIncoming(phi, vals, from, nin);
	free(from);
	free(vals);
	return phi;
}

/* A pointer to the string value of n, materialised in scratch memory unless
 * it already lives somewhere readable. */
static LLVMValueRef emit_str_ptr(struct cg *g, struct node *n)
{
	LLVMValueRef p = scratch_alloc(g, n->type.size);

	emit_str_into(g, n, p, n->type.size);
	return p;
}

static LLVMValueRef emit_str_cmp(struct cg *g, struct node *n)
{
	struct node *l = n->bin.l, *r = n->bin.r;
	LLVMValueRef eq;

	bool rlit = r->kind == N_STR && !live_param(g, r), llit = l->kind == N_STR && !live_param(g, l);

	if (rlit || llit) {
		struct node *lit = rlit ? r : l, *other = lit == r ? l : r;

		if (lit == r ? llit : rlit)
			eq = LLVMConstInt(g->i1, other->str.len == lit->str.len &&
					  !memcmp(other->str.s, lit->str.s, lit->str.len), 0);
		else
			eq = str_eq_lit(g, emit_str_ptr(g, other), other->type.size,
					lit->str.s, lit->str.len);
	} else {
		LLVMValueRef a = emit_str_ptr(g, l), b = emit_str_ptr(g, r);
		unsigned size = l->type.size < r->type.size ? l->type.size : r->type.size;

		eq = str_eq(g, a, b, size);
	}
	if (n->bin.op == OP_NE)
		eq = LLVMBuildNot(g->b, eq, "");
	return bool64(g, eq);
}

/* strcontains(h, n): is n found at some offset of h? Bounded loops the
 * verifier walks: offsets of h, and within each the bytes of n up to its
 * NUL. An empty needle is found in any haystack. */
static LLVMValueRef emit_strcontains(struct cg *g, struct node *hn, struct node *nn)
{
	LLVMValueRef h = emit_str_ptr(g, hn), nd = emit_str_ptr(g, nn);
	unsigned hs = hn->type.size, ns = nn->type.size;
	LLVMValueRef found = temp_alloc(g, 8), ip = temp_alloc(g, 8), jp = temp_alloc(g, 8);
	LLVMBasicBlockRef outer = new_block(g, "sc.outer"), inner = new_block(g, "sc.inner");
	LLVMBasicBlockRef cmp = new_block(g, "sc.cmp"), hit = new_block(g, "sc.hit");
	LLVMBasicBlockRef step = new_block(g, "sc.step"), nexti = new_block(g, "sc.nexti");
	LLVMBasicBlockRef done = new_block(g, "sc.done");

	store_n(g, found, c64(g, 0), 8);
	store_n(g, ip, c64(g, 0), 8);
	LLVMBuildBr(g->b, outer);
	/* outer: for i in [0, hs) */
	LLVMPositionBuilderAtEnd(g->b, outer);
	LLVMValueRef i = load_n(g, ip, 8, false);
	store_n(g, jp, c64(g, 0), 8);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, i, c64(g, hs), ""), inner, done);
	/* inner: for j in [0, ns): n[j] == 0 is a hit; i + j past h or a
	 * different byte tries the next i */
	LLVMPositionBuilderAtEnd(g->b, inner);
	LLVMValueRef j = load_n(g, jp, 8, false);
	LLVMValueRef jin = LLVMBuildICmp(g->b, LLVMIntULT, j, c64(g, ns), "");
	LLVMBuildCondBr(g->b, jin, cmp, hit);
	LLVMPositionBuilderAtEnd(g->b, cmp);
	LLVMValueRef nc = LLVMBuildLoad2(g->b, g->i8, LLVMBuildGEP2(g->b, g->i8, nd, &j, 1, ""), "");
	LLVMBasicBlockRef more = new_block(g, "sc.more"), rdh = new_block(g, "sc.rdh");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, nc, LLVMConstInt(g->i8, 0, 0), ""), hit, more);
	LLVMPositionBuilderAtEnd(g->b, more);
	LLVMValueRef ij = LLVMBuildAdd(g->b, load_n(g, ip, 8, false), j, "");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, ij, c64(g, hs), ""), rdh, nexti);
	LLVMPositionBuilderAtEnd(g->b, rdh);
	LLVMValueRef hc = LLVMBuildLoad2(g->b, g->i8, LLVMBuildGEP2(g->b, g->i8, h, &ij, 1, ""), "");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, hc, nc, ""), step, nexti);
	LLVMPositionBuilderAtEnd(g->b, step);
	store_n(g, jp, LLVMBuildAdd(g->b, load_n(g, jp, 8, false), c64(g, 1), ""), 8);
	LLVMBuildBr(g->b, inner);
	LLVMPositionBuilderAtEnd(g->b, nexti);
	/* h ended at i: nothing further can match */
	LLVMValueRef hi = LLVMBuildLoad2(g->b, g->i8, LLVMBuildGEP2(g->b, g->i8, h,
		(LLVMValueRef[]){ load_n(g, ip, 8, false) }, 1, ""), "");
	store_n(g, ip, LLVMBuildAdd(g->b, load_n(g, ip, 8, false), c64(g, 1), ""), 8);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, hi, LLVMConstInt(g->i8, 0, 0), ""),
			done, outer);
	LLVMPositionBuilderAtEnd(g->b, hit);
	store_n(g, found, c64(g, 1), 8);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	return load_n(g, found, 8, false);
}

/* Signed division and remainder: the BPF instruction set before v4 has
 * only unsigned ones, so divide the magnitudes and fix the sign. */
static LLVMValueRef emit_sdivrem(struct cg *g, LLVMValueRef a, LLVMValueRef b,
				 bool rem)
{
	LLVMValueRef zero = c64(g, 0);
	LLVMValueRef an = LLVMBuildICmp(g->b, LLVMIntSLT, a, zero, "");
	LLVMValueRef bn = LLVMBuildICmp(g->b, LLVMIntSLT, b, zero, "");
	LLVMValueRef aa = LLVMBuildSelect(g->b, an, LLVMBuildNeg(g->b, a, ""), a, "");
	LLVMValueRef ba = LLVMBuildSelect(g->b, bn, LLVMBuildNeg(g->b, b, ""), b, "");
	LLVMValueRef q = rem ? LLVMBuildURem(g->b, aa, ba, "") : LLVMBuildUDiv(g->b, aa, ba, "");
	LLVMValueRef neg = rem ? an : LLVMBuildXor(g->b, an, bn, "");

	return LLVMBuildSelect(g->b, neg, LLVMBuildNeg(g->b, q, ""), q, "");
}

static LLVMValueRef emit_logic(struct cg *g, struct node *n)
{
	bool is_and = n->bin.op == OP_LAND;
	LLVMValueRef l = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->bin.l), c64(g, 0), "");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef rhs = new_block(g, is_and ? "and.rhs" : "or.rhs");
	LLVMBasicBlockRef done = new_block(g, is_and ? "and.done" : "or.done");

	if (is_and)
		LLVMBuildCondBr(g->b, l, rhs, done);
	else
		LLVMBuildCondBr(g->b, l, done, rhs);
	LLVMPositionBuilderAtEnd(g->b, rhs);
	LLVMValueRef r = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->bin.r), c64(g, 0), "");
	LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(g->b);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "");
	LLVMValueRef vals[] = { LLVMConstInt(g->i1, is_and ? 0 : 1, 0), r };
	LLVMBasicBlockRef blocks[] = { from, rhs_end };
	LLVMAddIncoming(phi, vals, blocks, 2);
	return bool64(g, phi);
}

/* An arithmetic or bitwise operator on two 64-bit values. */
static LLVMValueRef apply_op(struct cg *g, enum op op, LLVMValueRef l, LLVMValueRef r,
			     bool sgn)
{
	switch (op) {
	case OP_ADD: return LLVMBuildAdd(g->b, l, r, "");
	case OP_SUB: return LLVMBuildSub(g->b, l, r, "");
	case OP_MUL: return LLVMBuildMul(g->b, l, r, "");
	case OP_DIV: return sgn ? emit_sdivrem(g, l, r, false) : LLVMBuildUDiv(g->b, l, r, "");
	case OP_MOD: return sgn ? emit_sdivrem(g, l, r, true) : LLVMBuildURem(g->b, l, r, "");
	case OP_AND: return LLVMBuildAnd(g->b, l, r, "");
	case OP_OR: return LLVMBuildOr(g->b, l, r, "");
	case OP_XOR: return LLVMBuildXor(g->b, l, r, "");
	case OP_SHL: return LLVMBuildShl(g->b, l, r, "");
	case OP_SHR: return sgn ? LLVMBuildAShr(g->b, l, r, "") : LLVMBuildLShr(g->b, l, r, "");
	default: return r;
	}
}

static LLVMValueRef emit_binop(struct cg *g, struct node *n)
{
	enum op op = n->bin.op;

	if (n->bin.l->type.kind == TY_STR)
		return emit_str_cmp(g, n);
	if (n->bin.l->type.kind == TY_BUF) {
		LLVMValueRef eq = emit_buf_eq(g, n->bin.l, n->bin.r);

		return bool64(g, op == OP_NE ? LLVMBuildNot(g->b, eq, "") : eq);
	}
	if (n->bin.l->type.kind == TY_STRUCT || n->bin.l->type.kind == TY_KOBJ) {
		/* both as they are kept: every member in its slot, zeros
		 * between them */
		const struct rec_arg *sh = n->bin.l->type.shape;
		unsigned size = (sh->size + 7) & ~7u;
		LLVMValueRef a = scratch_alloc(g, size), b = scratch_alloc(g, size);

		emit_struct_into(g, n->bin.l, a, size);
		emit_struct_into(g, n->bin.r, b, size);
		LLVMValueRef eq = bytes_eq(g, a, b, size);
		return bool64(g, op == OP_NE ? LLVMBuildNot(g->b, eq, "") : eq);
	}
	if (n->bin.l->type.kind == TY_TUPLE) {
		const struct type *lt, *rt;
		LLVMValueRef a = tuple_ptr(g, n->bin.l, &lt), b = tuple_ptr(g, n->bin.r, &rt);
		LLVMValueRef eq = tuple_eq(g, a, lt, b, rt);

		return bool64(g, op == OP_NE ? LLVMBuildNot(g->b, eq, "") : eq);
	}
	if (op == OP_LAND || op == OP_LOR)
		return emit_logic(g, n);

	LLVMValueRef l = emit_int(g, n->bin.l), r = emit_int(g, n->bin.r);
	bool sgn = n->type.is_signed;

	switch (op) {
	case OP_EQ: return bool64(g, LLVMBuildICmp(g->b, LLVMIntEQ, l, r, ""));
	case OP_NE: return bool64(g, LLVMBuildICmp(g->b, LLVMIntNE, l, r, ""));
	case OP_LT: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSLT : LLVMIntULT, l, r, ""));
	case OP_LE: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSLE : LLVMIntULE, l, r, ""));
	case OP_GT: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSGT : LLVMIntUGT, l, r, ""));
	case OP_GE: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSGE : LLVMIntUGE, l, r, ""));
	default: return apply_op(g, op, l, r, sgn);
	}
}

/* (a, b).N of a tuple written out: its element's own node, evaluated
 * alone. */
static struct node *literal_elem(const struct node *member)
{
	struct node *e = member->member.base->tuple.elems;

	for (unsigned i = 0; i < member->member.index; i++)
		e = e->next;
	return e;
}

/* The address (an i8*) of a kernel struct, union or member: n is a
 * member of one (p->m, s.m), *p, or a raw tracepoint's struct passed by
 * value (args.s: its slot of the context). */
static LLVMValueRef kaddr(struct cg *g, struct node *n)
{
	if (n->kind == N_MEMBER && n->member.kmem) {
		struct node *b = n->member.base;
		LLVMValueRef p = b->type.kind == TY_PTR
				 ? LLVMBuildIntToPtr(g->b, emit_int(g, b), g->i8p, "")
				 : kaddr(g, b);

		return core_member_addr(g, p, n->member.kmem);
	}
	if (n->kind == N_UNOP && n->un.op == OP_DEREF)
		return LLVMBuildIntToPtr(g->b, emit_int(g, n->un.e), g->i8p, "");
	if (n->kind == N_MEMBER && n->member.field)	/* args.s, a struct by value */
		return field_ptr(g, n->member.field);
	if (n->kind == N_INDEX)
		return core_index_addr(g, kaddr(g, n->index.base), n->index.base->type.btf_id,
				       n->index.index->kind == N_INT ? NULL
				       : emit_int(g, n->index.index), n->index.index->num);
	return LLVMConstNull(g->i8p);	/* the checker allows nothing else */
}

/* Which memory n, a kernel member, element or *p, is read from. */
static bool kuser(const struct node *n)
{
	return n->kind == N_MEMBER ? n->member.base->type.user
	     : n->kind == N_INDEX ? n->index.base->type.user : n->un.e->type.user;
}

/* A kernel member or *p as an integer (or pointer). */
static LLVMValueRef kread_int(struct cg *g, struct node *n)
{
	LLVMValueRef p = kaddr(g, n), v;
	bool sgn = n->type.kind == TY_INT && n->type.is_signed;

	g->kloc = &n->loc;	/* -kk: core.c's read is this one */
	if (n->kind == N_MEMBER && n->member.kmem->bit_size)
		v = core_read_bits(g, p, n->member.kmem, sgn, kuser(n));
	else
		v = core_read_int(g, p, n->type.kind == TY_INT ? n->type.size : 8, sgn, kuser(n));
	g->kloc = NULL;
	return v;
}

static bool is_kread(const struct node *n)
{
	return (n->kind == N_MEMBER && n->member.kmem) ||
	       (n->kind == N_UNOP && n->un.op == OP_DEREF) ||
	       (n->kind == N_INDEX && n->index.base->type.kind == TY_KOBJ);
}

/* $s[i]: the string's byte i, sign-extended (a char); an index past the
 * string's buffer (the checker refuses a constant one) reads 0, so the
 * verifier sees every load inside it. */
static LLVMValueRef str_char(struct cg *g, struct node *n)
{
	struct node *b = n->index.base;
	LLVMValueRef p = emit_str_ptr(g, b), i = emit_int(g, n->index.index);
	LLVMValueRef in = LLVMBuildICmp(g->b, LLVMIntULT, i, c64(g, b->type.size), "");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef rd = new_block(g, "strix.read"), done = new_block(g, "strix.done");

	LLVMBuildCondBr(g->b, in, rd, done);
	LLVMPositionBuilderAtEnd(g->b, rd);
	LLVMValueRef c = LLVMBuildLoad2(g->b, g->i8, LLVMBuildGEP2(g->b, g->i8, p, &i, 1, ""), "");
	c = LLVMBuildSExt(g->b, c, g->i64, "");
	LLVMBasicBlockRef rd_end = LLVMGetInsertBlock(g->b);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i64, "strix");
	LLVMValueRef vals[2] = { c64(g, 0), c };
	LLVMBasicBlockRef bbs[2] = { from, rd_end };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

static LLVMValueRef emit_int(struct cg *g, struct node *n)
{
	n = run_block(g, n);
	if (is_kread(n))
		return kread_int(g, n);
	switch (n->kind) {
	case N_INT: {
		const struct prog_param *pp = live_param(g, n);

		return pp ? rodata_u64(g, pp->offset) : c64(g, n->num);
	}
	case N_IDENT:
		return emit_builtin_int(g, n);
	case N_MEMBER: {
		const struct tp_field *f = n->member.field;

		if (n->member.name && n->member.base->type.kind == TY_STRUCT)	/* $s.m */
			return load_n(g, gep8(g, struct_ptr(g, n->member.base), n->member.index), 8,
				      false);
		if (!n->member.name) {	/* tuple.N */
			const struct type *st;
			LLVMValueRef p;

			if (n->member.base->kind == N_TUPLE)
				return emit_int(g, literal_elem(n));
			p = tuple_ptr(g, n->member.base, &st);
			return load_n(g, gep8(g, p, tuple_offset(st, n->member.index)), 8, false);
		}
		return field_int(g, f, n->type.kind == TY_INT ? n->type.size : 8,
				 n->type.kind == TY_INT && n->type.is_signed);
	}
	case N_INDEX:
		if (n->index.base->type.kind == TY_STR)
			return str_char(g, n);
		if (n->index.base->type.kind == TY_PTR)
			return pointee_elem(g, n);
		return array_elem(g, n->index.base->member.field, emit_int(g, n->index.index),
				  n->index.index);
	case N_BINOP:
		return emit_binop(g, n);
	case N_INCDEC:
		return emit_incdec(g, n);
	case N_VAR: {
		struct var *v = find_var(g, n->id.name);

		return LLVMBuildLoad2(g->b, g->i64, g->vars[v->id], v->name);
	}
	case N_MAP: {
		if (map_desc_of(g, n)->percpu)
			return emit_percpu_read(g, n);
		/* A missing entry reads as 0. */
		LLVMValueRef p = emit_map_value_ptr(g, n);
		LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");
		LLVMBasicBlockRef from = LLVMGetInsertBlock(g->b);
		LLVMBasicBlockRef rd = new_block(g, "map.read"), done = new_block(g, "map.done");

		LLVMBuildCondBr(g->b, ok, rd, done);
		LLVMPositionBuilderAtEnd(g->b, rd);
		LLVMValueRef v = load_n(g, p, 8, false);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		LLVMValueRef phi = LLVMBuildPhi(g->b, g->i64, "");
		LLVMValueRef vals[] = { c64(g, 0), v };
		LLVMBasicBlockRef blocks[] = { from, rd };
		LLVMAddIncoming(phi, vals, blocks, 2);
		return phi;
	}
	case N_CALL:
		if (n->call.fn->id == F_KSYM || n->call.fn->id == F_KPTR || n->call.fn->id == F_UPTR ||
		    n->call.fn->id == F_STRERROR || n->call.fn->id == F_SIGNAL_NAME)
			return emit_int(g, n->call.args);
		if (n->call.fn->id == F_UADDR)
			return emit_uaddr(g, n);
		if (n->call.fn->id == F_STRFTIME)	/* its time; user space formats it */
			return emit_int(g, n->call.args->next);
		if (n->call.fn->id == F_KSTACK || n->call.fn->id == F_USTACK)
			return emit_stackid(g, n->type.size, n->type.user, &n->loc);
		if (n->call.fn->id == F_LEN)
			return emit_len(g, n->call.args);
		if (n->call.fn->id == F_DELETE)
			return emit_delete(g, n, false);
		if (n->call.fn->id == F_STRLEN)
			return emit_strlen(g, n->call.args);
		if (n->call.fn->id == F_GETOPT)	/* a load-time value */
			return rodata_u64(g, g->tp->prog->opts[n->call.rec_id].offset);
		if (n->call.fn->id == F_HAS_KEY)
			return bool64(g, LLVMBuildICmp(g->b, LLVMIntNE,
				emit_map_lookup(g, g->maps[n->call.args->map.info->id],
						emit_key(g, n->call.args)), LLVMConstNull(g->i8p), ""));
		if (n->call.fn->id == F_STRNCMP) {
			struct node *a = n->call.args, *b = a->next;
			uint64_t len = b->next->num;
			unsigned size = a->type.size < b->type.size ? a->type.size : b->type.size;

			if (len < size)
				size = (unsigned)len;
			if (!size)
				return c64(g, 0);
			return bool64(g, LLVMBuildNot(g->b, str_eq(g, emit_str_ptr(g, a),
								 emit_str_ptr(g, b), size), ""));
		}
		if (n->call.fn->id == F_STRCONTAINS)
			return emit_strcontains(g, n->call.args, n->call.args->next);
		if (n->call.fn->id == F_NSECS)	/* the clock check_nsecs chose */
			return emit_helper(g, n->call.clock == NSECS_BOOT ? BPF_FUNC_ktime_get_boot_ns
					      : n->call.clock == NSECS_TAI ? BPF_FUNC_ktime_get_tai_ns
					      : BPF_FUNC_ktime_get_ns, g->i64, NULL, 0);
		if (n->call.fn->id == F_BSWAP) {
			unsigned size = n->type.size;
			LLVMTypeRef t = LLVMIntTypeInContext(g->ctx, size * 8);
			LLVMValueRef v = emit_int(g, n->call.args);

			if (size == 1)
				return LLVMBuildAnd(g->b, v, c64(g, 0xff), "");
			unsigned iid = LLVMLookupIntrinsicID("llvm.bswap", 10);
			LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, iid, &t, 1);
			LLVMValueRef x = LLVMBuildTrunc(g->b, v, t, "");
			x = LLVMBuildCall2(g->b, LLVMIntrinsicGetType(g->ctx, iid, &t, 1), fn, &x, 1, "");
			return size == 8 ? x : LLVMBuildZExt(g->b, x, g->i64, "");
		}
		return c64(g, 0);
	case N_CAST: {
		LLVMValueRef v = emit_int(g, n->cast.e);
		LLVMTypeRef t = LLVMIntTypeInContext(g->ctx, n->type.size * 8);

		if (n->type.is_bool)	/* (bool)x: 1 unless x is 0 */
			return bool64(g, LLVMBuildICmp(g->b, LLVMIntNE, v, c64(g, 0), ""));
		if (n->type.size == 8)
			return v;
		v = LLVMBuildTrunc(g->b, v, t, "");
		return n->type.is_signed ? LLVMBuildSExt(g->b, v, g->i64, "")
					 : LLVMBuildZExt(g->b, v, g->i64, "");
	}
	case N_UNOP: {
		LLVMValueRef v = emit_int(g, n->un.e);

		switch (n->un.op) {
		case OP_NEG: return LLVMBuildNeg(g->b, v, "");
		case OP_BNOT: return LLVMBuildNot(g->b, v, "");
		default: return bool64(g, LLVMBuildICmp(g->b, LLVMIntEQ, v, c64(g, 0), ""));
		}
	}
	case N_TERNARY: {
		LLVMValueRef cv = emit_int(g, n->tern.c);
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, cv, c64(g, 0), "");
		LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
		LLVMBasicBlockRef done = new_block(g, "tern.done");

		LLVMBuildCondBr(g->b, c, bt, bf);
		LLVMPositionBuilderAtEnd(g->b, bt);
		/* a ?: b: a, read once */
		LLVMValueRef vt = n->tern.t == n->tern.c ? cv : emit_int(g, n->tern.t);
		LLVMBasicBlockRef et = LLVMGetInsertBlock(g->b);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, bf);
		LLVMValueRef vf = emit_int(g, n->tern.f);
		LLVMBasicBlockRef ef = LLVMGetInsertBlock(g->b);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		LLVMValueRef phi = LLVMBuildPhi(g->b, g->i64, "");
		LLVMValueRef vals[] = { vt, vf };
		LLVMBasicBlockRef blocks[] = { et, ef };
		LLVMAddIncoming(phi, vals, blocks, 2);
		return phi;
	}
	default:
		return c64(g, 0);
	}
}

/* Store a literal's bytes (NUL included, cut to size) at dst: 8 bytes per
 * store where it can. */
static void store_literal(struct cg *g, LLVMValueRef dst, const char *s,
			  size_t len, unsigned size)
{
	size_t n = len + 1 < size ? len + 1 : size, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w = 0;

		memcpy(&w, s + i, 8);	/* BPF here is little-endian, like the host */
		store_n(g, gep8(g, dst, i), c64(g, w), 8);
	}
	for (; i < n; i++)
		store_n(g, gep8(g, dst, i), LLVMConstInt(g->i8, i < len ? (unsigned char)s[i] : 0, 0), 1);
	if (n == size && n)
		store_n(g, gep8(g, dst, n - 1), LLVMConstInt(g->i8, 0, 0), 1);
}

/* str(p): read the string at p, at most size bytes with its NUL, from
 * user memory for syscalls' pointers and kernel memory otherwise. */
static void emit_str_read(struct cg *g, struct node *str, LLVMValueRef dst, unsigned size)
{
	struct node *a = str->call.args;
	LLVMValueRef p = LLVMBuildIntToPtr(g->b, emit_int(g, a), g->i8p, "");
	LLVMValueRef args[] = { dst, c32(g, size), p };

	/* An address of unknown provenance (an integer) goes through the
	 * helper that reads user or kernel memory, where the architecture
	 * allows it (x86_64 does), as bpftrace's str() does. */
	bool user = provider_of(g->pp->kind)->user_ctx;
	int helper = a->type.kind != TY_PTR ? (user ? BPF_FUNC_probe_read_user_str
						      : BPF_FUNC_probe_read_str)
		     : a->type.user ? BPF_FUNC_probe_read_user_str : BPF_FUNC_probe_read_kernel_str;

	helper = read_helper(g, helper, &str->loc);
	LLVMValueRef got = emit_helper(g, helper, g->i64, args, 3);

	check_helper(g, helper, got, &str->loc);

	/* A STRLEN slot (a map key or value, a variable) that the read filled
	 * may hold a cut string. Keep the string's next byte in place of the
	 * NUL: a full slot with no NUL is a cut string, and says so ("..")
	 * wherever it is copied and printed. str(p, n) cuts on purpose: no
	 * mark. */
	if (size == g->tp->prog->strlen && size >= 2 && !a->next) {
		LLVMBasicBlockRef full = new_block(g, "str.full"), done = new_block(g, "str.done");
		int byte = helper == BPF_FUNC_probe_read_str ? BPF_FUNC_probe_read
			   : helper == BPF_FUNC_probe_read_user_str ? BPF_FUNC_probe_read_user
			   : BPF_FUNC_probe_read_kernel;

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, got, c64(g, size), ""),
				full, done);
		LLVMPositionBuilderAtEnd(g->b, full);
		LLVMValueRef a2[] = { gep8(g, dst, size - 1), c32(g, 1), gep8(g, p, size - 1) };
		emit_helper(g, byte, g->i64, a2, 3);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
	}
}

/* A buf() value: a u64 byte count, then the bytes, zeros after them (so
 * keys hash alike and values compare word by word). Copy the value laid
 * out in ss bytes at src into ds bytes at dst: a smaller slot keeps the
 * first bytes and counts only those. */
static void copy_buf(struct cg *g, LLVMValueRef dst, unsigned ds, LLVMValueRef src, unsigned ss)
{
	emit_copy(g, dst, src, ds < ss ? ds : ss);
	if (ds > ss) {
		emit_zero(g, gep8(g, dst, ss), ds - ss);
	} else if (ds < ss) {
		LLVMValueRef len = load_n(g, dst, 8, false);
		LLVMValueRef big = LLVMBuildICmp(g->b, LLVMIntUGT, len, c64(g, ds - 8), "");

		store_n(g, dst, LLVMBuildSelect(g->b, big, c64(g, ds - 8), len, ""), 8);
	}
}

/* buf(s, n) of a string: its first n bytes, zeros past its buffer. */
static void buf_of_str(struct cg *g, struct node *a, struct node *len, LLVMValueRef dst,
		       unsigned cap)
{
	LLVMValueRef n64;

	emit_zero(g, gep8(g, dst, 8), cap);
	if (a->kind == N_STR) {	/* the literal's bytes, its NUL, then zeros */
		size_t n = a->str.len + 1 < cap ? a->str.len + 1 : cap, i = 0;

		for (; i + 8 <= n; i += 8) {
			uint64_t w = 0;

			memcpy(&w, a->str.s + i, i + 8 <= a->str.len ? 8 : a->str.len - i);
			store_n(g, gep8(g, dst, 8 + i), c64(g, w), 8);
		}
		for (; i < n; i++)
			store_n(g, gep8(g, dst, 8 + i),
				LLVMConstInt(g->i8, i < a->str.len ? (unsigned char)a->str.s[i] : 0, 0), 1);
	} else {
		LLVMValueRef p = scratch_alloc(g, a->type.size);

		emit_zero(g, p, a->type.size);
		emit_str_into(g, a, p, a->type.size);
		emit_copy(g, gep8(g, dst, 8), p, a->type.size < cap ? a->type.size : cap);
	}
	if (len->kind == N_INT) {
		store_n(g, dst, c64(g, cap), 8);
		return;
	}
	n64 = emit_int(g, len);
	store_n(g, dst, LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntUGT, n64, c64(g, cap), ""),
					c64(g, cap), n64, "buf.len"), 8);
}

/* The buf() value of n into size bytes at dst: read by buf(p, n) (the
 * byte count read, at most the slot's room, then the bytes, from the
 * memory str() would read), a fixed array's bytes (buf(args.a)), a
 * string's, or copied from a variable, a map, a tuple. pad: dst may hold
 * anything, so the bytes past the count are zeroed (a record's need not
 * be: they are never printed). */
static void emit_buf_into(struct cg *g, struct node *n, LLVMValueRef dst, unsigned size, bool pad)
{
	n = run_block(g, n);
	unsigned cap = size - 8;

	switch (n->kind) {
	case N_VAR: {
		struct var *v = find_var(g, n->id.name);

		copy_buf(g, dst, size, g->vars[v->id], v->type.size);
		return;
	}
	case N_MAP: {	/* a map of buffers: a missing entry is empty */
		LLVMValueRef p = emit_map_value_ptr(g, n);
		LLVMBasicBlockRef rd = new_block(g, "map.read"), none = new_block(g, "map.none");
		LLVMBasicBlockRef done = new_block(g, "map.done");

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
				rd, none);
		LLVMPositionBuilderAtEnd(g->b, rd);
		copy_buf(g, dst, size, p, n->map.info->value.size);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, none);
		if (pad)
			emit_zero(g, dst, size);
		else
			store_n(g, dst, c64(g, 0), 8);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		return;
	}
	case N_MEMBER: {	/* tuple.N */
		const struct type *st;
		LLVMValueRef p;

		if (n->member.base->kind == N_TUPLE) {
			emit_buf_into(g, literal_elem(n), dst, size, pad);
			return;
		}
		p = tuple_ptr(g, n->member.base, &st);
		copy_buf(g, dst, size, gep8(g, p, tuple_offset(st, n->member.index)),
			 st->elems[n->member.index].size);
		return;
	}
	case N_TERNARY: {
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->tern.c), c64(g, 0), "");
		LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
		LLVMBasicBlockRef done = new_block(g, "tern.done");

		LLVMBuildCondBr(g->b, c, bt, bf);
		LLVMPositionBuilderAtEnd(g->b, bt);
		emit_buf_into(g, n->tern.t, dst, size, pad);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, bf);
		emit_buf_into(g, n->tern.f, dst, size, pad);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		return;
	}
	default:
		break;
	}
	/* buf(...) itself, in a slot of its own size or larger (a ternary's) */
	struct node *a = n->call.args, *len = a->next;

	if (n->type.size < size) {
		cap = n->type.size - 8;
		if (pad)
			emit_zero(g, gep8(g, dst, n->type.size), size - n->type.size);
	}

	if (a->type.kind == TY_ARRAY) {
		LLVMValueRef args[] = { gep8(g, dst, 8), c32(g, cap), field_ptr(g, a->member.field) };

		store_n(g, dst, c64(g, cap), 8);
		emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
		return;
	}
	if (a->type.kind == TY_STR) {
		buf_of_str(g, a, len, dst, cap);
		return;
	}
	bool user = provider_of(g->pp->kind)->user_ctx;
	int helper = a->type.kind != TY_PTR ? (user ? BPF_FUNC_probe_read_user
						    : BPF_FUNC_probe_read)
		     : a->type.user ? BPF_FUNC_probe_read_user : BPF_FUNC_probe_read_kernel;
	helper = read_helper(g, helper, &n->loc);
	LLVMValueRef p = LLVMBuildIntToPtr(g->b, emit_int(g, a), g->i8p, "");
	LLVMValueRef n64 = emit_int(g, len);
	LLVMValueRef big = LLVMBuildICmp(g->b, LLVMIntUGT, n64, c64(g, cap), "");
	n64 = LLVMBuildSelect(g->b, big, c64(g, cap), n64, "buf.len");
	/* A branch the verifier sees, so the size is known to be bounded. */
	LLVMBasicBlockRef rd = new_block(g, "buf.read"), done = new_block(g, "buf.done");

	if (pad)
		emit_zero(g, gep8(g, dst, 8), cap);
	store_n(g, dst, c64(g, 0), 8);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULE, n64, c64(g, cap), ""), rd, done);
	LLVMPositionBuilderAtEnd(g->b, rd);
	store_n(g, dst, n64, 8);
	LLVMValueRef args[] = { gep8(g, dst, 8), LLVMBuildTrunc(g->b, n64, g->i32, ""), p };
	check_helper(g, helper, emit_helper(g, helper, g->i64, args, 3), &n->loc);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

/* buf() values compared: the same count and bytes. Both are zero past
 * their count, so the first min(sizes) bytes decide. */
static LLVMValueRef emit_buf_eq(struct cg *g, struct node *l, struct node *r)
{
	unsigned ls = l->type.size, rs = r->type.size, n = ls < rs ? ls : rs;
	LLVMValueRef a = scratch_alloc(g, ls), b = scratch_alloc(g, rs);

	emit_buf_into(g, l, a, ls, true);
	emit_buf_into(g, r, b, rs, true);
	return bytes_eq(g, a, b, n);
}

/* Whether the n bytes at a and b are the same (an i1), word by word. */
static LLVMValueRef bytes_eq(struct cg *g, LLVMValueRef a, LLVMValueRef b, unsigned n)
{
	LLVMValueRef diff = c64(g, 0);
	unsigned i = 0;

	/* Long buffers: the running difference through a volatile slot, so
	 * LLVM cannot load every word first and spill them past the 512-byte
	 * stack. */
	LLVMValueRef acc = n > 64 ? temp_alloc(g, 8) : NULL;

	if (acc)
		store_n(g, acc, diff, 8);
	for (; i + 8 <= n; i += 8) {
		LLVMValueRef x = LLVMBuildXor(g->b, load_n(g, gep8(g, a, i), 8, false),
					      load_n(g, gep8(g, b, i), 8, false), "");

		if (!acc) {
			diff = LLVMBuildOr(g->b, diff, x, "");
			continue;
		}
		LLVMValueRef cur = LLVMBuildLoad2(g->b, g->i64, LLVMBuildBitCast(g->b, acc,
						  LLVMPointerType(g->i64, 0), ""), "");

		LLVMSetVolatile(cur, 1);
		LLVMValueRef st = LLVMBuildStore(g->b, LLVMBuildOr(g->b, cur, x, ""),
						 LLVMBuildBitCast(g->b, acc,
								  LLVMPointerType(g->i64, 0), ""));
		LLVMSetVolatile(st, 1);
	}
	if (acc) {
		LLVMValueRef cur = LLVMBuildLoad2(g->b, g->i64, LLVMBuildBitCast(g->b, acc,
						  LLVMPointerType(g->i64, 0), ""), "");

		LLVMSetVolatile(cur, 1);
		diff = cur;
	}
	for (; i < n; i++)
		diff = LLVMBuildOr(g->b, diff, LLVMBuildXor(g->b, load_n(g, gep8(g, a, i), 1, false),
							     load_n(g, gep8(g, b, i), 1, false), ""), "");
	return LLVMBuildICmp(g->b, LLVMIntEQ, diff, c64(g, 0), "bufeq");
}

static void emit_str_into(struct cg *g, struct node *n, LLVMValueRef dst,
			  unsigned size)
{
	n = run_block(g, n);
	if (n->kind == N_CALL && n->call.fn->id == F_GETOPT) {	/* NUL-padded in tp_ro */
		const struct prog_opt *o = &g->tp->prog->opts[n->call.rec_id];
		unsigned n2 = size < o->size ? size : o->size;

		rodata_copy(g, dst, o->offset, n2);
		store_n(g, gep8(g, dst, n2 - 1), LLVMConstInt(g->i8, 0, 0), 1);
		return;
	}
	if (is_kread(n)) {	/* a char array of a kernel struct */
		unsigned n2 = size < n->type.size ? size : n->type.size;
		LLVMValueRef args[] = { dst, c32(g, n2), kaddr(g, n) };

		int id = read_helper(g, kuser(n) ? BPF_FUNC_probe_read_user_str
					       : BPF_FUNC_probe_read_kernel_str, &n->loc);

		check_helper(g, id, emit_helper(g, id, g->i64, args, 3), &n->loc);
		return;
	}
	switch (n->kind) {
	case N_STR: {
		const struct prog_param *pp = live_param(g, n);

		if (pp) {	/* the runtime wrote it NUL-padded to its size */
			unsigned n2 = size < n->type.size ? size : n->type.size;

			rodata_copy(g, dst, param_str_offset(pp), n2);
			store_n(g, gep8(g, dst, n2 - 1), LLVMConstInt(g->i8, 0, 0), 1);
			return;
		}
		store_literal(g, dst, n->str.s, n->str.len, size);
		return;
	}
	case N_IDENT: {
		if (n->id.builtin == B_FUNC) {	/* a constant of the instance */
			const char *fn = provider_of(g->pp->kind)->func_name(g->pp);

			store_literal(g, dst, fn, strlen(fn), size);
			return;
		}
		if (n->id.builtin == B_PROBE) {
			if (g->mux_row) {	/* this syscall's, or this cookie's, name */
				unsigned rs = g->inst->mux_n ? mux_rowsize(g->inst)
							     : name_rowsize(g->pp, g->inst);
				unsigned n2 = size < rs ? size : rs;

				emit_copy(g, dst, g->mux_row, n2);
				store_n(g, gep8(g, dst, n2 - 1), LLVMConstInt(g->i8, 0, 0), 1);
				return;
			}
			/* Each probe instance is its own program: its name is a
			 * constant. */
			store_literal(g, dst, g->pp->full, strlen(g->pp->full), size);
			return;
		}
		LLVMValueRef args[] = { dst, c32(g, size < 16 ? size : 16) };	/* comm */

		check_helper(g, BPF_FUNC_get_current_comm,
			     emit_helper(g, BPF_FUNC_get_current_comm, g->i64, args, 2), &n->loc);
		return;
	}
	case N_VAR: {
		struct var *v = find_var(g, n->id.name);

		emit_copy(g, dst, g->vars[v->id], size < v->type.size ? size : v->type.size);
		if (size > v->type.size)
			store_n(g, gep8(g, dst, v->type.size - 1), LLVMConstInt(g->i8, 0, 0), 1);
		return;
	}
	case N_MAP: {	/* a map of strings: a missing entry reads as "" */
		LLVMValueRef p = emit_map_value_ptr(g, n);
		LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");
		LLVMBasicBlockRef rd = new_block(g, "map.read"), none = new_block(g, "map.none");
		LLVMBasicBlockRef done = new_block(g, "map.done");
		unsigned vs = n->type.size;

		LLVMBuildCondBr(g->b, ok, rd, none);
		LLVMPositionBuilderAtEnd(g->b, rd);
		emit_copy(g, dst, p, size < vs ? size : vs);
		if (size < vs)
			store_n(g, gep8(g, dst, size - 1), LLVMConstInt(g->i8, 0, 0), 1);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, none);
		store_n(g, dst, LLVMConstInt(g->i8, 0, 0), 1);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		return;
	}
	case N_MEMBER: {
		const struct tp_field *f = n->member.field;

		if (n->member.base->type.kind == TY_STRUCT) {	/* $s.name: a char array */
			unsigned es = n->type.size;

			emit_copy(g, dst, gep8(g, struct_ptr(g, n->member.base), n->member.index),
				  size < es ? size : es);
			store_n(g, gep8(g, dst, (size < es ? size : es) - 1),
				LLVMConstInt(g->i8, 0, 0), 1);
			return;
		}
		if (!n->member.name) {	/* tuple.N */
			const struct type *st;
			LLVMValueRef p;

			if (n->member.base->kind == N_TUPLE) {
				emit_str_into(g, literal_elem(n), dst, size);
				return;
			}
			p = tuple_ptr(g, n->member.base, &st);
			unsigned es = st->elems[n->member.index].size;
			emit_copy(g, dst, gep8(g, p, tuple_offset(st, n->member.index)),
				  size < es ? size : es);
			if (size < es)
				store_n(g, gep8(g, dst, size - 1), LLVMConstInt(g->i8, 0, 0), 1);
			return;
		}
		field_str_into(g, f, dst, size);
		return;
	}
	case N_CALL: {	/* str(p [, n]) */
		struct node *a = n->call.args;

		if (a->type.kind == TY_STR) {
			emit_str_into(g, a, dst, size < a->type.size ? size : a->type.size);
			return;
		}
		emit_str_read(g, n, dst, size < n->type.size ? size : n->type.size);
		return;
	}
	case N_TERNARY: {
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->tern.c), c64(g, 0), "");
		LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
		LLVMBasicBlockRef done = new_block(g, "tern.done");

		LLVMBuildCondBr(g->b, c, bt, bf);
		LLVMPositionBuilderAtEnd(g->b, bt);
		emit_str_into(g, n->tern.t, dst, size);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, bf);
		emit_str_into(g, n->tern.f, dst, size);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		return;
	}
	default:
		return;
	}
}

/* ---- maps ------------------------------------------------------------ */

static struct var *find_var(struct cg *g, const char *name)
{
	for (struct var *v = g->inst->vars; v; v = v->next)
		if (!strcmp(v->name, name))
			return v;
	return NULL;	/* sema guarantees it exists */
}

static const struct map_desc *map_desc_of(struct cg *g, const struct node *m)
{
	return &g->tp->prog->maps[m->map.info->id];
}

/* Build the key of a map access in memory: integer parts as 8 bytes,
 * string parts written straight into their slot. Strings are zero-padded
 * first: the kernel hashes every byte of the key. */
static LLVMValueRef emit_key(struct cg *g, const struct node *m)
{
	const struct map_desc *d = map_desc_of(g, m);
	LLVMValueRef key = temp_alloc(g, d->key_size);
	unsigned i = 0;

	if (!d->nkey) {
		store_n(g, key, c64(g, 0), d->key_size);
		return key;
	}
	for (unsigned k = 0; k < d->nkey; k++)
		if (d->key[k].kind == KEY_STR || d->key[k].kind == KEY_TUPLE ||
		    d->key[k].kind == KEY_BUF || d->key[k].kind == KEY_STRUCT) {
			emit_zero(g, key, d->key_size);
			break;
		}
	if (m->map.keys->type.kind == TY_TUPLE && !m->map.keys->type.names && !m->map.keys->next) {
		/* @m[(a, b)] is @m[a, b]: the key's layout is the tuple's */
		const struct map_info *mi = m->map.info;
		struct type kt = { .kind = TY_TUPLE, .nelems = mi->nkeys, .elems = mi->keys };

		kt.size = tuple_offset(&kt, kt.nelems);
		emit_tuple_into(g, m->map.keys, key, &kt);
		return key;
	}
	for (struct node *k = m->map.keys; k; k = k->next, i++) {
		const struct key_part *kp = &d->key[i];

		if (kp->kind == KEY_STR)
			emit_str_into(g, k, gep8(g, key, kp->offset), kp->size);
		else if (kp->kind == KEY_INET)
			emit_inet_into(g, k, gep8(g, key, kp->offset));
		else if (kp->kind == KEY_BUF)	/* the key is zeroed already */
			emit_buf_into(g, k, gep8(g, key, kp->offset), kp->size, false);
		else if (kp->kind == KEY_USYM)
			emit_usym_into(g, k, gep8(g, key, kp->offset));
		else if (kp->kind == KEY_TUPLE)
			emit_tuple_into(g, k, gep8(g, key, kp->offset), &m->map.info->keys[i]);
		else if (kp->kind == KEY_STRUCT)
			emit_struct_into(g, k, gep8(g, key, kp->offset), kp->size);
		else
			store_n(g, gep8(g, key, kp->offset), emit_int(g, k), 8);
	}
	return key;
}

static LLVMValueRef emit_map_value_ptr(struct cg *g, struct node *m)
{
	LLVMValueRef key = emit_key(g, m);
	LLVMValueRef p = emit_map_lookup(g, g->maps[m->map.info->id], key);

	check_lookup(g, p, &m->loc);	/* -kk: no such entry */
	return p;
}

/* Reading count(), sum(), min() or max() in a probe: the whole value, over
 * every CPU (bpf_map_lookup_percpu_elem, kernel 5.19), not this CPU's
 * share. The CPU count comes from tp_ro; the constant bound is for the
 * verifier. */
#define MAX_CPUS 1024

static LLVMValueRef percpu_read(struct cg *g, unsigned id, LLVMValueRef key);

static LLVMValueRef emit_percpu_read(struct cg *g, struct node *m)
{
	return percpu_read(g, m->map.info->id, emit_key(g, m));
}

/* key's value in per-CPU map id, over every CPU. */
static LLVMValueRef percpu_read(struct cg *g, unsigned id, LLVMValueRef key)
{
	const struct map_desc *d = &g->tp->prog->maps[id];
	LLVMValueRef ncpus = rodata_u64(g, offsetof(struct tp_rodata, ncpus));
	LLVMValueRef accp = LLVMBuildBitCast(g->b, temp_alloc(g, 8), LLVMPointerType(g->i64, 0), "");
	LLVMValueRef cpup = LLVMBuildBitCast(g->b, temp_alloc(g, 8), LLVMPointerType(g->i64, 0), "");
	LLVMValueRef setp = LLVMBuildBitCast(g->b, temp_alloc(g, 8), LLVMPointerType(g->i64, 0), "");
	LLVMBasicBlockRef cond = new_block(g, "pcpu.cond"), body = new_block(g, "pcpu.body");
	LLVMBasicBlockRef have = new_block(g, "pcpu.have"), next = new_block(g, "pcpu.next");
	LLVMBasicBlockRef done = new_block(g, "pcpu.done");
	bool minmax = d->kind == MK_MIN || d->kind == MK_MAX;

	LLVMBuildStore(g->b, c64(g, 0), accp);
	LLVMBuildStore(g->b, c64(g, 0), cpup);
	LLVMBuildStore(g->b, c64(g, 0), setp);
	LLVMBuildBr(g->b, cond);
	LLVMPositionBuilderAtEnd(g->b, cond);
	LLVMValueRef cpu = LLVMBuildLoad2(g->b, g->i64, cpup, "cpu");
	LLVMValueRef more = LLVMBuildAnd(g->b,
		LLVMBuildICmp(g->b, LLVMIntULT, cpu, ncpus, ""),
		LLVMBuildICmp(g->b, LLVMIntULT, cpu, c64(g, MAX_CPUS), ""), "");
	LLVMBuildCondBr(g->b, more, body, done);
	LLVMPositionBuilderAtEnd(g->b, body);
	LLVMValueRef args[] = { to_i8p(g, g->maps[id]), key,
				LLVMBuildTrunc(g->b, cpu, g->i32, "") };
	LLVMValueRef p = emit_helper(g, BPF_FUNC_map_lookup_percpu_elem, g->i8p, args, 3);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
			have, next);
	LLVMPositionBuilderAtEnd(g->b, have);
	LLVMValueRef v = load_n(g, p, 8, false);
	LLVMValueRef acc = LLVMBuildLoad2(g->b, g->i64, accp, "");
	if (minmax) {
		LLVMValueRef isset = LLVMBuildICmp(g->b, LLVMIntNE,
			load_n(g, gep8(g, p, offsetof(struct agg_minmax, set)), 8, false), c64(g, 0), "");
		LLVMValueRef first = LLVMBuildICmp(g->b, LLVMIntEQ,
			LLVMBuildLoad2(g->b, g->i64, setp, ""), c64(g, 0), "");
		LLVMValueRef better = LLVMBuildICmp(g->b, d->kind == MK_MIN ? LLVMIntSLT : LLVMIntSGT,
						    v, acc, "");
		LLVMValueRef take = LLVMBuildAnd(g->b, isset, LLVMBuildOr(g->b, first, better, ""), "");
		LLVMBuildStore(g->b, LLVMBuildSelect(g->b, take, v, acc, ""), accp);
		LLVMBuildStore(g->b, LLVMBuildSelect(g->b, isset, c64(g, 1),
			LLVMBuildLoad2(g->b, g->i64, setp, ""), ""), setp);
	} else {
		LLVMBuildStore(g->b, LLVMBuildAdd(g->b, acc, v, ""), accp);
	}
	LLVMBuildBr(g->b, next);
	LLVMPositionBuilderAtEnd(g->b, next);
	LLVMBuildStore(g->b, LLVMBuildAdd(g->b, cpu, c64(g, 1), ""), cpup);
	LLVMBuildBr(g->b, cond);
	LLVMPositionBuilderAtEnd(g->b, done);
	return LLVMBuildLoad2(g->b, g->i64, accp, "percpu");
}

/* len()'s callback: long cb(map, key, value, ctx) { return 0; }, which goes
 * on to the next entry. The helper returns how many it visited. (A counter
 * the callback kept on the caller's stack made the verifier walk the loop
 * entry by entry once the count was compared, until its limit.)
 * A BPF subprogram of its own (in .text), made once per object. */
static LLVMValueRef len_callback(struct cg *g)
{
	if (g->len_cb)
		return g->len_cb;
	LLVMTypeRef params[] = { g->i8p, g->i8p, g->i8p, g->i8p };
	LLVMTypeRef fty = LLVMFunctionType(g->i64, params, 4, 0);
	LLVMValueRef fn = LLVMAddFunction(g->mod, "tp_len_cb", fty);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(g->ctx);
	static const char *const names[] = { "map", "key", "value", "ctx" };

	LLVMSetLinkage(fn, LLVMInternalLinkage);
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("nounwind", 8), 0));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
	/* BTF needs the subprogram described, parameters named. */
	LLVMMetadataRef dp = di_ptr(g, NULL);
	LLVMMetadataRef ptypes[] = { g->di_u64, dp, dp, dp, dp };
	LLVMMetadataRef sty = LLVMDIBuilderCreateSubroutineType(g->di, g->di_file, ptypes, 5,
								 LLVMDIFlagZero);
	LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(g->di, g->di_file, "tp_len_cb", 9,
							 "tp_len_cb", 9, g->di_file, 1, sty, 1, 1,
							 1, LLVMDIFlagPrototyped, 1);
	LLVMSetSubprogram(fn, sp);
	for (unsigned i = 0; i < 4; i++) {
		LLVMSetValueName2(LLVMGetParam(fn, i), names[i], strlen(names[i]));
		LLVMDIBuilderCreateParameterVariable(g->di, sp, names[i], strlen(names[i]), i + 1,
						     g->di_file, 1, dp, 1, LLVMDIFlagZero);
	}
	LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->ctx, fn, "entry"));
	LLVMSetCurrentDebugLocation2(b, LLVMDIBuilderCreateDebugLocation(g->ctx, 1, 1, sp, NULL));
	LLVMBuildRet(b, c64(g, 0));
	LLVMDisposeBuilder(b);
	g->len_cb = fn;
	return fn;
}

/* len(@m): walk the map in the kernel, counting its entries. */
static LLVMValueRef emit_len(struct cg *g, struct node *m)
{
	LLVMValueRef cb = len_callback(g);
	LLVMValueRef args[] = { to_i8p(g, g->maps[m->map.info->id]), to_i8p(g, cb),
				LLVMConstNull(g->i8p), c64(g, 0) };
	LLVMValueRef n = emit_helper(g, BPF_FUNC_for_each_map_elem, g->i64, args, 4);

	/* never negative for a map of ours; kept at 0 if it were */
	return LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, n, c64(g, 0), ""),
			       c64(g, 0), n, "");
}

/* stats[TP_STAT_MAPS + id]++: an update the full map refused. */
void count_stat(struct cg *g, unsigned slot)
{
	LLVMValueRef p = emit_map_lookup(g, g->stats, to_i8p(g, g->zero_key));
	LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");
	LLVMBasicBlockRef inc = new_block(g, "stat.inc"), done = new_block(g, "stat.done");

	LLVMBuildCondBr(g->b, ok, inc, done);
	LLVMPositionBuilderAtEnd(g->b, inc);
	LLVMValueRef at = gep8(g, p, slot * 8);
	store_n(g, at, LLVMBuildAdd(g->b, load_n(g, at, 8, false), c64(g, 1), ""), 8);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

static LLVMValueRef emit_map_update(struct cg *g, unsigned id, LLVMValueRef key,
				    LLVMValueRef val, uint64_t flags)
{
	LLVMValueRef args[] = { to_i8p(g, g->maps[id]), key, val, c64(g, flags) };

	return emit_helper(g, BPF_FUNC_map_update_elem, g->i64, args, 4);
}

/* Store with a refused update counted. */
static void emit_map_store(struct cg *g, unsigned id, LLVMValueRef key, LLVMValueRef val,
			   const struct loc *at)
{
	LLVMValueRef rc = emit_map_update(g, id, key, val, BPF_ANY);

	check_helper(g, BPF_FUNC_map_update_elem, rc, at);
	LLVMValueRef bad = LLVMBuildICmp(g->b, LLVMIntSLT, rc, c64(g, 0), "");
	LLVMBasicBlockRef full = new_block(g, "map.full"), done = new_block(g, "map.stored");

	LLVMBuildCondBr(g->b, bad, full, done);
	LLVMPositionBuilderAtEnd(g->b, full);
	count_stat(g, TP_STAT_MAPS + id);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

/* The value of key in an aggregation map, created zeroed if missing: one
 * lookup on the common path. Leaves the builder in a block where the
 * returned pointer is non-NULL; *skip is where to go when the map is full
 * (the caller branches there to its end). */
static LLVMValueRef emit_agg_slot(struct cg *g, unsigned id, LLVMValueRef key,
				  LLVMBasicBlockRef done, const struct loc *at)
{
	LLVMValueRef map = g->maps[id];
	LLVMValueRef p = emit_map_lookup(g, map, key);

	if (g->tp->prog->maps[id].array) {	/* the entry always exists */
		LLVMBasicBlockRef have = new_block(g, "agg.have");

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
				have, done);
		LLVMPositionBuilderAtEnd(g->b, have);
		return p;
	}
	LLVMBasicBlockRef have = new_block(g, "agg.have"), init = new_block(g, "agg.init");
	LLVMBasicBlockRef full = new_block(g, "agg.full");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(g->b);

	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
			have, init);
	LLVMPositionBuilderAtEnd(g->b, init);
	/* Another CPU may create the key between our lookup and update
	 * (EEXIST): the second lookup finds it either way. */
	LLVMValueRef rc = emit_map_update(g, id, key, gep8(g, to_i8p(g, g->rodata), zero_off(g)),
					  BPF_NOEXIST);
	LLVMValueRef p2 = emit_map_lookup(g, map, key);
	LLVMBasicBlockRef init_end = LLVMGetInsertBlock(g->b);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p2, LLVMConstNull(g->i8p), ""),
			have, full);
	LLVMPositionBuilderAtEnd(g->b, full);
	check_helper(g, BPF_FUNC_map_update_elem, rc, at);	/* -k: the map is full */
	count_stat(g, TP_STAT_MAPS + id);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, have);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i8p, "agg");
	LLVMValueRef vals[] = { p, p2 };
	LLVMBasicBlockRef blocks[] = { from, init_end };
	LLVMAddIncoming(phi, vals, blocks, 2);
	return phi;
}

static void add_at(struct cg *g, LLVMValueRef p, unsigned off, LLVMValueRef v)
{
	LLVMValueRef at = gep8(g, p, off);

	store_n(g, at, LLVMBuildAdd(g->b, load_n(g, at, 8, false), v, ""), 8);
}

/* hist(): bucket 0 for negatives, 1 for zero, 2 + floor(log2 v) for the
 * rest; log2 by halving the search range, branch-free. */
static LLVMValueRef hist_bucket(struct cg *g, LLVMValueRef v)
{
	LLVMValueRef n = v, k = c64(g, 0);

	for (int shift = 32; shift; shift /= 2) {
		LLVMValueRef big = LLVMBuildICmp(g->b, LLVMIntUGE, n, c64(g, 1ull << shift), "");
		n = LLVMBuildSelect(g->b, big, LLVMBuildLShr(g->b, n, c64(g, (unsigned)shift), ""), n, "");
		k = LLVMBuildSelect(g->b, big, LLVMBuildAdd(g->b, k, c64(g, (unsigned)shift), ""), k, "");
	}
	LLVMValueRef pos = LLVMBuildAdd(g->b, k, c64(g, 2), "");
	LLVMValueRef idx = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, v, c64(g, 0), ""),
					   c64(g, 1), pos, "");
	return LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, v, c64(g, 0), ""),
			       c64(g, 0), idx, "bucket");
}

static LLVMValueRef lhist_bucket(struct cg *g, const struct map_desc *d, LLVMValueRef v)
{
	LLVMValueRef lo = LLVMBuildICmp(g->b, LLVMIntSLT, v, c64(g, (uint64_t)d->lhist_min), "");
	LLVMValueRef hi = LLVMBuildICmp(g->b, LLVMIntSGE, v, c64(g, (uint64_t)d->lhist_max), "");
	LLVMValueRef in = LLVMBuildAdd(g->b, LLVMBuildUDiv(g->b,
		LLVMBuildSub(g->b, v, c64(g, (uint64_t)d->lhist_min), ""),
		c64(g, (uint64_t)d->lhist_step), ""), c64(g, 1), "");
	LLVMValueRef idx = LLVMBuildSelect(g->b, hi, c64(g, d->nbuckets - 1), in, "");
	return LLVMBuildSelect(g->b, lo, c64(g, 0), idx, "bucket");
}

/* p[idx] += 1 with idx proven below n for the verifier: the clamp is
 * written so LLVM cannot drop it. */
static void bump_bucket(struct cg *g, LLVMValueRef p, LLVMValueRef idx, unsigned n)
{
	LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntULT, idx, c64(g, n), "");
	LLVMBasicBlockRef bump = new_block(g, "bucket.bump"), done = new_block(g, "bucket.done");

	LLVMBuildCondBr(g->b, ok, bump, done);
	LLVMPositionBuilderAtEnd(g->b, bump);
	LLVMValueRef at = LLVMBuildGEP2(g->b, g->i8, p,
					(LLVMValueRef[]){ LLVMBuildShl(g->b, idx, c64(g, 3), "") }, 1, "");
	store_n(g, at, LLVMBuildAdd(g->b, load_n(g, at, 8, false), c64(g, 1), ""), 8);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

/* @m[k] = count() / sum(x) / ...: per-CPU, so plain loads and stores. */
static void emit_agg_update(struct cg *g, struct node *lhs, struct node *call)
{
	unsigned id = lhs->map.info->id;
	const struct map_desc *d = &g->tp->prog->maps[id];
	LLVMValueRef x = call->call.args ? emit_int(g, call->call.args) : NULL;
	LLVMValueRef key = emit_key(g, lhs);
	LLVMBasicBlockRef done = new_block(g, "agg.done");
	LLVMValueRef p = emit_agg_slot(g, id, key, done, &lhs->loc);

	switch (d->kind) {
	case MK_COUNT:
		add_at(g, p, 0, c64(g, 1));
		break;
	case MK_SUM:
		add_at(g, p, 0, x);
		break;
	case MK_AVG:
	case MK_STATS:
		add_at(g, p, offsetof(struct agg_avg, sum), x);
		add_at(g, p, offsetof(struct agg_avg, count), c64(g, 1));
		break;
	case MK_MIN:
	case MK_MAX: {
		LLVMValueRef cur = load_n(g, gep8(g, p, offsetof(struct agg_minmax, value)), 8, true);
		LLVMValueRef set = load_n(g, gep8(g, p, offsetof(struct agg_minmax, set)), 8, false);
		LLVMValueRef better = LLVMBuildICmp(g->b, d->kind == MK_MIN ? LLVMIntSLT : LLVMIntSGT,
						    x, cur, "");
		LLVMValueRef take = LLVMBuildOr(g->b, better,
			LLVMBuildICmp(g->b, LLVMIntEQ, set, c64(g, 0), ""), "");
		LLVMBasicBlockRef upd = new_block(g, "minmax.set");

		LLVMBuildCondBr(g->b, take, upd, done);
		LLVMPositionBuilderAtEnd(g->b, upd);
		store_n(g, gep8(g, p, offsetof(struct agg_minmax, value)), x, 8);
		store_n(g, gep8(g, p, offsetof(struct agg_minmax, set)), c64(g, 1), 8);
		break;
	}
	case MK_HIST:
		bump_bucket(g, p, hist_bucket(g, x), d->nbuckets);
		add_at(g, p, d->nbuckets * 8, x);	/* the sum, for metrics */
		break;
	case MK_LHIST:
		bump_bucket(g, p, lhist_bucket(g, d, x), d->nbuckets);
		add_at(g, p, d->nbuckets * 8, x);
		break;
	default:
		break;
	}
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

static void emit_assign(struct cg *g, struct node *n)
{
	struct node *lhs = n->assign.lhs, *rhs = n->assign.rhs;
	enum op op = n->assign.op;

	if (lhs->kind == N_VAR) {
		struct var *v = find_var(g, lhs->id.name);

		if (!rhs) {	/* let $x;: zero again, as in a loop's next turn */
			if (v->type.kind == TY_STR || v->type.kind == TY_TUPLE ||
			    v->type.kind == TY_INET || v->type.kind == TY_BUF ||
			    v->type.kind == TY_USYM)
				emit_zero(g, g->vars[v->id], type_slot(&v->type));
			else
				LLVMBuildStore(g->b, c64(g, 0), g->vars[v->id]);
			return;
		}
		if (v->type.kind == TY_STR) {
			/* nothing of a longer string before stays past the NUL:
			 * the whole variable is a key or a value elsewhere */
			emit_zero(g, g->vars[v->id], v->type.size);
			emit_str_into(g, rhs, g->vars[v->id], v->type.size);
			return;
		}
		if (v->type.kind == TY_TUPLE) {
			emit_tuple_into(g, rhs, g->vars[v->id], &v->type);
			return;
		}
		if (v->type.kind == TY_INET) {
			emit_inet_into(g, rhs, g->vars[v->id]);
			return;
		}
		if (v->type.kind == TY_USYM) {
			emit_usym_into(g, rhs, g->vars[v->id]);
			return;
		}
		if (v->type.kind == TY_BUF) {
			emit_buf_into(g, rhs, g->vars[v->id], v->type.size, true);
			return;
		}
		if (v->type.kind == TY_STRUCT) {
			emit_struct_into(g, rhs, g->vars[v->id], type_slot(&v->type));
			return;
		}
		LLVMValueRef val = emit_int(g, rhs);
		if (op != OP_NONE)
			val = apply_op(g, op, LLVMBuildLoad2(g->b, g->i64, g->vars[v->id], ""), val,
				       v->type.is_signed && rhs->type.is_signed);
		LLVMBuildStore(g->b, val, g->vars[v->id]);
		return;
	}
	if (rhs->type.kind == TY_AGG) {
		emit_agg_update(g, lhs, rhs);
		return;
	}
	unsigned id = lhs->map.info->id;
	const struct map_desc *d = &g->tp->prog->maps[id];
	if (d->kind == MK_STR || d->kind == MK_TUPLE || d->kind == MK_VALUE) {
		LLVMValueRef val = temp_alloc(g, d->value_size);
		const struct type *vt = &lhs->map.info->value;
		LLVMValueRef key;

		if (d->kind == MK_TUPLE)
			emit_tuple_into(g, rhs, val, vt);
		else if (d->kind == MK_STR) {
			emit_zero(g, val, d->value_size);
			emit_str_into(g, rhs, val, d->value_size);
		}
		else if (vt->kind == TY_BUF)
			emit_buf_into(g, rhs, val, vt->size, true);
		else if (vt->kind == TY_INET)
			emit_inet_into(g, rhs, val);
		else if (vt->kind == TY_USYM)
			emit_usym_into(g, rhs, val);
		else if (vt->kind == TY_STRUCT)
			emit_struct_into(g, rhs, val, d->value_size);
		else	/* ksym, kstack, strftime: 8 bytes */
			store_n(g, val, emit_int(g, rhs), 8);
		key = emit_key(g, lhs);
		emit_map_store(g, id, key, val, &lhs->loc);
		return;
	}
	LLVMValueRef val = emit_int(g, rhs);
	if (op != OP_NONE)
		val = apply_op(g, op, emit_int(g, lhs), val, rhs->type.is_signed);
	LLVMValueRef slot = temp_alloc(g, 8);
	store_n(g, slot, val, 8);
	emit_map_store(g, id, emit_key(g, lhs), slot, &lhs->loc);
}

/* x++ and friends; the value is C's: the old one after, the new before. */
static LLVMValueRef emit_incdec(struct cg *g, struct node *n)
{
	struct node *e = n->incdec.e;
	LLVMValueRef one = c64(g, n->incdec.step ? n->incdec.step : 1), cur, upd;

	if (e->kind == N_VAR) {
		struct var *v = find_var(g, e->id.name);

		cur = LLVMBuildLoad2(g->b, g->i64, g->vars[v->id], "");
		upd = n->incdec.inc ? LLVMBuildAdd(g->b, cur, one, "") : LLVMBuildSub(g->b, cur, one, "");
		LLVMBuildStore(g->b, upd, g->vars[v->id]);
		return n->incdec.post ? cur : upd;
	}
	cur = emit_int(g, e);
	upd = n->incdec.inc ? LLVMBuildAdd(g->b, cur, one, "") : LLVMBuildSub(g->b, cur, one, "");
	LLVMValueRef slot = temp_alloc(g, 8);
	store_n(g, slot, upd, 8);
	emit_map_store(g, e->map.info->id, emit_key(g, e), slot, &e->loc);
	return n->incdec.post ? cur : upd;
}

/* strlen(s): the index of the first NUL of the string, or its buffer's
 * size: from the last byte down, each NUL sets it (no loop, no branch). */
static LLVMValueRef emit_strlen(struct cg *g, struct node *a)
{
	unsigned size = a->type.size;
	LLVMValueRef p = emit_str_ptr(g, a), len = c64(g, size);

	for (unsigned i = size; i-- > 0;) {
		LLVMValueRef b = LLVMBuildLoad2(g->b, g->i8, gep8(g, p, i), "");

		len = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, b,
							 LLVMConstInt(g->i8, 0, 0), ""),
				      c64(g, i), len, "");
	}
	return len;
}

/* delete(@m[k]): true (1) when there was an entry to delete. A scalar
 * aggregation's per-CPU slots are cleared by user space (check_mapfn): a
 * record, and true. Called as a statement (stmt), a failure is a helper
 * error for -kk; its value used, it is not. */
static LLVMValueRef emit_delete(struct cg *g, struct node *n, bool stmt)
{
	struct node *m = n->call.args;

	if (g->tp->prog->maps[m->map.info->id].array) {
		emit_record(g, n->call.rec_id, NULL);
		return c64(g, 1);
	}
	LLVMValueRef key = emit_key(g, m);
	LLVMValueRef args[] = { to_i8p(g, g->maps[m->map.info->id]), key };
	LLVMValueRef rc = emit_helper(g, BPF_FUNC_map_delete_elem, g->i64, args, 2);

	if (stmt)
		check_helper(g, BPF_FUNC_map_delete_elem, rc, &n->loc);
	return bool64(g, LLVMBuildICmp(g->b, LLVMIntEQ, rc, c64(g, 0), ""));
}

/* ---- tuples ---------------------------------------------------------- */

/* Copy a tuple laid out as st at src into dt's layout at dst: the same
 * elements, string buffers possibly of other sizes. */
static void copy_tuple(struct cg *g, LLVMValueRef dst, const struct type *dt,
		       LLVMValueRef src, const struct type *st)
{
	for (unsigned i = 0; i < st->nelems; i++) {
		unsigned j = (unsigned)rec_elem(dt, st, i);	/* a record's field by name */
		LLVMValueRef d = gep8(g, dst, tuple_offset(dt, j));
		LLVMValueRef sp = gep8(g, src, tuple_offset(st, i));
		const struct type *de = &dt->elems[j], *se = &st->elems[i];

		if (de->kind == TY_STR) {
			unsigned n = de->size < se->size ? de->size : se->size;

			emit_copy(g, d, sp, n);
			store_n(g, gep8(g, d, n - 1), LLVMConstInt(g->i8, 0, 0), 1);
		} else if (de->kind == TY_TUPLE) {
			copy_tuple(g, d, de, sp, se);
		} else if (de->kind == TY_INET) {
			emit_copy(g, d, sp, sizeof(struct tp_inet));
		} else if (de->kind == TY_BUF) {
			copy_buf(g, d, de->size, sp, se->size);
		} else if (de->kind == TY_USYM) {
			emit_copy(g, d, sp, sizeof(struct tp_usym));
		} else if (de->kind == TY_STRUCT) {
			emit_copy(g, d, sp, type_slot(de));
		} else {
			store_n(g, d, load_n(g, sp, 8, false), 8);
		}
	}
}

/* Whether the tuples at a (laid out as at) and b (as bt) are equal, element
 * by element (an i1): integers as the 8 bytes they are kept in (each
 * extended to 64 bits by its own signedness), strings up to their NUL,
 * tuples inside again, anything else byte for byte as it is kept. The
 * checker made sure both have one shape. */
static LLVMValueRef tuple_eq(struct cg *g, LLVMValueRef a, const struct type *at,
			     LLVMValueRef b, const struct type *bt)
{
	LLVMValueRef eq = LLVMConstInt(g->i1, 1, 0);

	for (unsigned i = 0; i < at->nelems; i++) {
		unsigned j = (unsigned)rec_elem(bt, at, i);	/* a record's field by name */
		const struct type *ae = &at->elems[i], *be = &bt->elems[j];
		LLVMValueRef pa = gep8(g, a, tuple_offset(at, i)), pb = gep8(g, b, tuple_offset(bt, j));
		LLVMValueRef e;

		if (ae->kind == TY_STR)
			e = str_eq(g, pa, pb, ae->size < be->size ? ae->size : be->size);
		else if (ae->kind == TY_TUPLE)
			e = tuple_eq(g, pa, ae, pb, be);
		else if (ae->kind == TY_BUF || ae->kind == TY_STRUCT)
			e = bytes_eq(g, pa, pb, type_slot(ae) < type_slot(be) ? type_slot(ae)
										  : type_slot(be));
		else
			e = bytes_eq(g, pa, pb, type_slot(ae));
		eq = LLVMBuildAnd(g->b, eq, e, "");
	}
	return eq;
}

/* Write the tuple value of n into dst, in dt's layout. */
static void emit_tuple_into(struct cg *g, struct node *n, LLVMValueRef dst,
			    const struct type *dt)
{
	n = run_block(g, n);
	if (n->kind == N_TUPLE) {
		unsigned i = 0;

		/* in the order written (a record's fields run so too), each
		 * into its slot of dt (a record's by name) */
		for (struct node *e = n->tuple.elems; e; e = e->next, i++) {
			unsigned j = (unsigned)rec_elem(dt, &n->type, i);
			LLVMValueRef d = gep8(g, dst, tuple_offset(dt, j));
			const struct type *de = &dt->elems[j];

			if (de->kind == TY_STR)
				emit_str_into(g, e, d, de->size);
			else if (de->kind == TY_TUPLE)
				emit_tuple_into(g, e, d, de);
			else if (de->kind == TY_INET)
				emit_inet_into(g, e, d);
			else if (de->kind == TY_USYM)
				emit_usym_into(g, e, d);
			else if (de->kind == TY_BUF)
				emit_buf_into(g, e, d, de->size, true);
			else if (de->kind == TY_STRUCT)
				emit_struct_into(g, e, d, type_slot(de));
			else
				store_n(g, d, emit_int(g, e), 8);
		}
		return;
	}
	if (n->kind == N_TERNARY) {	/* each branch laid out as the whole */
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->tern.c), c64(g, 0), "");
		LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
		LLVMBasicBlockRef done = new_block(g, "tern.done");

		LLVMBuildCondBr(g->b, c, bt, bf);
		LLVMPositionBuilderAtEnd(g->b, bt);
		emit_tuple_into(g, n->tern.t, dst, dt);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, bf);
		emit_tuple_into(g, n->tern.f, dst, dt);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		return;
	}
	if (n->kind == N_MAP) {	/* a map of tuples: missing reads as zeros */
		const struct type *mt = &n->map.info->value;
		LLVMValueRef p = emit_map_value_ptr(g, n);
		LLVMBasicBlockRef rd = new_block(g, "map.read"), none = new_block(g, "map.none");
		LLVMBasicBlockRef done = new_block(g, "map.done");

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
				rd, none);
		LLVMPositionBuilderAtEnd(g->b, rd);
		copy_tuple(g, dst, dt, p, mt);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, none);
		emit_zero(g, dst, dt->size);
		LLVMBuildBr(g->b, done);
		LLVMPositionBuilderAtEnd(g->b, done);
		return;
	}
	const struct type *st;	/* a variable */
	LLVMValueRef src = tuple_ptr(g, n, &st);
	copy_tuple(g, dst, dt, src, st);
}

/* Memory holding the tuple value of n, and its layout. */
static LLVMValueRef tuple_ptr(struct cg *g, struct node *n, const struct type **st)
{
	n = run_block(g, n);
	if (n->kind == N_VAR) {
		struct var *v = find_var(g, n->id.name);

		*st = &v->type;
		return g->vars[v->id];
	}
	if (n->kind == N_MEMBER && !n->member.name && n->member.base->kind != N_TUPLE) {
		/* t.N of a tuple held somewhere: a place inside it */
		const struct type *bt;
		LLVMValueRef p = tuple_ptr(g, n->member.base, &bt);

		*st = &bt->elems[n->member.index];
		return gep8(g, p, tuple_offset(bt, n->member.index));
	}
	if (n->kind == N_MEMBER && !n->member.name)
		return tuple_ptr(g, literal_elem(n), st);
	LLVMValueRef tmp = temp_alloc(g, n->type.size);
	*st = &n->type;
	emit_tuple_into(g, n, tmp, &n->type);
	return tmp;
}

/* ---- struct values ---------------------------------------------------- */

/* Write the struct value of n into dst (size bytes, its slot): a struct
 * in memory (TY_KOBJ) read member by member into its shape, each member
 * of a kernel struct behind its CO-RE relocation (core.c); a value held
 * somewhere copied. The slot is zeroed first: the shape leaves bytes
 * between members, and keys hash and == compares every byte. */
static void emit_struct_into(struct cg *g, struct node *n, LLVMValueRef dst, unsigned size)
{
	n = run_block(g, n);
	if (n->type.kind == TY_KOBJ) {
		emit_zero(g, dst, size);
		core_show(g, kaddr(g, n), &n->type, n->type.shape, dst);
		return;
	}
	if (copy_held(g, n, dst, size))	/* a variable, a map, a tuple's element */
		return;
	emit_copy(g, dst, struct_ptr(g, n), size);
}

/* Memory holding the struct value of n: a variable's, a place inside a
 * struct value ($s.inner) or a tuple, else a temporary it is written to. */
static LLVMValueRef struct_ptr(struct cg *g, struct node *n)
{
	n = run_block(g, n);
	if (n->kind == N_VAR)
		return g->vars[find_var(g, n->id.name)->id];
	if (n->kind == N_MEMBER && n->member.name && n->member.base->type.kind == TY_STRUCT)
		return gep8(g, struct_ptr(g, n->member.base), n->member.index);
	if (n->kind == N_MEMBER && !n->member.name && n->member.base->kind != N_TUPLE) {
		const struct type *st;

		return tuple_ptr(g, n, &st);
	}
	if (n->kind == N_MEMBER && !n->member.name)
		return struct_ptr(g, literal_elem(n));
	LLVMValueRef tmp = temp_alloc(g, type_slot(&n->type));

	emit_struct_into(g, n, tmp, type_slot(&n->type));
	return tmp;
}

/* ---- records --------------------------------------------------------- */

/* Submit a record without waking the reader, unless a quarter of the ring
 * buffer is waiting: a wake-up is most of a record's cost when events
 * come fast, and the reader also looks every few milliseconds (see
 * runtime.c), so a lone record is not left waiting. */
static void emit_submit(struct cg *g, LLVMValueRef rec)
{
	LLVMValueRef qargs[] = { to_i8p(g, g->ringbuf), c64(g, 0 /* BPF_RB_AVAIL_DATA */) };
	LLVMValueRef avail = emit_helper(g, BPF_FUNC_ringbuf_query, g->i64, qargs, 2);
	LLVMValueRef busy = LLVMBuildICmp(g->b, LLVMIntUGT, avail,
					  c64(g, g->tp->prog->ringbuf_size / 4), "");
	LLVMValueRef flags = LLVMBuildSelect(g->b, busy, c64(g, 2 /* BPF_RB_FORCE_WAKEUP */),
					     c64(g, 1 /* BPF_RB_NO_WAKEUP */), "");
	LLVMValueRef sargs[] = { rec, flags };

	emit_helper(g, BPF_FUNC_ringbuf_submit, g->void_t, sargs, 2);
}

/* Reserve a record in the ring buffer, write the header and the arguments
 * straight into it (strings are read into the record itself, no copy), and
 * submit it. A full ring buffer is counted, not silent. */
static void emit_record(struct cg *g, int rec_id, struct node *args)
{
	const struct rec_desc *r = &g->tp->prog->recs[rec_id];
	LLVMValueRef ints[64];
	unsigned i = 0;

	/* Integer arguments first, so the reservation is held briefly. */
	for (struct node *a = args; a; a = a->next, i++) {
		enum rec_arg_kind k = r->args[i].kind;

		ints[i] = k == RA_INT || k == RA_KSYM || k == RA_KSTACK || k == RA_TIME || k == RA_NAMED
			  ? emit_int(g, a) : NULL;
	}

	LLVMValueRef rargs[] = { to_i8p(g, g->ringbuf), c64(g, r->size), c64(g, 0) };
	LLVMValueRef p = emit_helper(g, BPF_FUNC_ringbuf_reserve, g->i8p, rargs, 3);
	LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");
	LLVMBasicBlockRef fill = new_block(g, "rec.fill"), lost = new_block(g, "rec.lost");
	LLVMBasicBlockRef done = new_block(g, "rec.done");

	LLVMBuildCondBr(g->b, ok, fill, lost);
	LLVMPositionBuilderAtEnd(g->b, lost);
	count_stat(g, TP_STAT_LOST);
	LLVMBuildBr(g->b, done);

	LLVMPositionBuilderAtEnd(g->b, fill);
	store_n(g, p, c64(g, (uint64_t)r->type | (uint64_t)rec_id << 32), 8);
	i = 0;
	for (struct node *a = args; a; a = a->next, i++) {
		const struct rec_arg *ra = &r->args[i];

		if (ints[i])
			store_n(g, gep8(g, p, ra->offset), ints[i], 8);
		else if (ra->kind == RA_INET)
			emit_inet_into(g, a, gep8(g, p, ra->offset));
		else if (ra->kind == RA_USYM)
			emit_usym_into(g, a, gep8(g, p, ra->offset));
		else if (ra->kind == RA_BUF)
			emit_buf_into(g, a, gep8(g, p, ra->offset), ra->size, false);
		else if (a->type.kind == TY_KOBJ)
			core_show(g, kaddr(g, a), &a->type, ra, gep8(g, p, ra->offset));
		else if (a->type.kind == TY_STRUCT)
			emit_struct_into(g, a, gep8(g, p, ra->offset), ra->size);
		else if (ra->kind == RA_STRUCT)
			args_struct_into(g, ra, gep8(g, p, ra->offset));
		else if (ra->kind == RA_ARRAY)
			field_array_into(g, a->member.field, gep8(g, p, ra->offset));
		else if (ra->cut_mark)
			emit_str_read(g, a, gep8(g, p, ra->offset), ra->size);
		else if (ra->kind == RA_TUPLE)
			emit_tuple_into(g, a, gep8(g, p, ra->offset), &a->type);
		else
			emit_str_into(g, a, gep8(g, p, ra->offset), ra->size);
	}
	emit_submit(g, p);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

/* join(argv): up to JOIN_MAX strings read into the record, stopping at
 * the array's NULL; an empty first byte marks the end for user space. */
static void emit_join(struct cg *g, struct node *n)
{
	const struct rec_desc *r = &g->tp->prog->recs[n->call.rec_id];
	struct node *a = n->call.args;
	bool user = a->type.kind == TY_PTR && a->type.user;
	unsigned slot = g->tp->prog->strlen;
	LLVMValueRef argv = emit_int(g, a);
	LLVMValueRef rargs[] = { to_i8p(g, g->ringbuf), c64(g, r->size), c64(g, 0) };
	LLVMValueRef p = emit_helper(g, BPF_FUNC_ringbuf_reserve, g->i8p, rargs, 3);
	LLVMBasicBlockRef fill = new_block(g, "join.fill"), lost = new_block(g, "join.lost");
	LLVMBasicBlockRef submit = new_block(g, "join.submit"), done = new_block(g, "join.done");
	LLVMValueRef tmp = temp_alloc(g, 8);

	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
			fill, lost);
	LLVMPositionBuilderAtEnd(g->b, lost);
	count_stat(g, TP_STAT_LOST);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, fill);
	store_n(g, p, c64(g, (uint64_t)r->type | (uint64_t)n->call.rec_id << 32), 8);
	for (unsigned i = 0; i < JOIN_MAX; i++) {
		LLVMValueRef dst = gep8(g, p, sizeof(struct rec_hdr) + i * slot);
		LLVMValueRef at = LLVMBuildIntToPtr(g->b, LLVMBuildAdd(g->b, argv, c64(g, i * 8), ""),
						    g->i8p, "");
		LLVMValueRef rd[] = { tmp, c32(g, 8), at };
		LLVMBasicBlockRef more = new_block(g, "join.more");

		store_n(g, dst, LLVMConstInt(g->i8, 0, 0), 1);
		store_n(g, tmp, c64(g, 0), 8);
		emit_helper(g, user ? BPF_FUNC_probe_read_user : BPF_FUNC_probe_read_kernel,
			    g->i64, rd, 3);
		LLVMValueRef sp = load_n(g, tmp, 8, false);
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, sp, c64(g, 0), ""), submit, more);
		LLVMPositionBuilderAtEnd(g->b, more);
		LLVMValueRef sargs[] = { dst, c32(g, slot), LLVMBuildIntToPtr(g->b, sp, g->i8p, "") };
		emit_helper(g, user ? BPF_FUNC_probe_read_user_str : BPF_FUNC_probe_read_kernel_str,
			    g->i64, sargs, 3);
	}
	LLVMBuildBr(g->b, submit);
	LLVMPositionBuilderAtEnd(g->b, submit);
	emit_submit(g, p);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

static void emit_call_stmt(struct cg *g, struct node *n)
{
	switch (n->call.fn->id) {
	case F_PRINTF:
	case F_ERRORF:
	case F_WARNF:
		emit_record(g, n->call.rec_id, n->call.args->next);
		break;
	case F_PRINT:
		/* print(@map) asks user space to print it: a bare header. */
		emit_record(g, n->call.rec_id,
			    g->tp->prog->recs[n->call.rec_id].type == REC_PRINT ? n->call.args : NULL);
		break;
	case F_EXIT:
		/* Nothing after exit() in the action runs: return at once. */
		emit_record(g, n->call.rec_id, n->call.args);
		LLVMBuildBr(g->b, g->ret);
		LLVMPositionBuilderAtEnd(g->b, new_block(g, "after.exit"));
		break;
	case F_CLEAR:
	case F_ZERO:
	case F_TIME:
		emit_record(g, n->call.rec_id, NULL);
		break;
	case F_DELETE:
		emit_delete(g, n, true);
		break;
	case F_SYSTEM:
	case F_CAT:
		emit_record(g, n->call.rec_id, n->call.args->next);
		break;
	case F_SIGNAL: {
		LLVMValueRef args[] = { c32(g, n->call.args->num) };

		check_helper(g, BPF_FUNC_send_signal,
			     emit_helper(g, BPF_FUNC_send_signal, g->i64, args, 1), &n->loc);
		break;
	}
	case F_JOIN:
		emit_join(g, n);
		break;
	default:
		break;	/* str() and aggregations have no effect of their own */
	}
}

/* ---- statements and functions ---------------------------------------- */

static void emit_stmt(struct cg *g, struct node *n);

/* A BPF subprogram: i64 name(p0, ...), each parameter an i8 * or, where
 * int_param says, an i64; described for BTF (every parameter named, or the
 * kernel rejects it). */
static LLVMValueRef new_subprog(struct cg *g, const char *name, const char *const *pnames,
				unsigned np, int int_param, LLVMMetadataRef *sp)
{
	LLVMTypeRef params[4];
	LLVMMetadataRef dp = di_ptr(g, NULL), ptypes[5] = { g->di_u64 };

	for (unsigned i = 0; i < np; i++) {
		params[i] = (int)i == int_param ? g->i64 : g->i8p;
		ptypes[i + 1] = (int)i == int_param ? g->di_u64 : dp;
	}
	LLVMValueRef fn = LLVMAddFunction(g->mod, name, LLVMFunctionType(g->i64, params, np, 0));
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("nounwind", 8), 0));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
	LLVMMetadataRef sty = LLVMDIBuilderCreateSubroutineType(g->di, g->di_file, ptypes, np + 1,
								 LLVMDIFlagZero);
	*sp = LLVMDIBuilderCreateFunction(g->di, g->di_file, name, strlen(name), name, strlen(name),
					  g->di_file, 1, sty, 1, 1, 1, LLVMDIFlagPrototyped, 1);
	LLVMSetSubprogram(fn, *sp);
	for (unsigned i = 0; i < np; i++) {
		LLVMSetValueName2(LLVMGetParam(fn, i), pnames[i], strlen(pnames[i]));
		LLVMDIBuilderCreateParameterVariable(g->di, *sp, pnames[i], strlen(pnames[i]), i + 1,
						     g->di_file, 1, ptypes[i + 1], 1, LLVMDIFlagZero);
	}
	return fn;
}

/* A loop's shared state, on the probe's stack; the callback gets its
 * address. Variables stay where the probe keeps them: the callback reads
 * and writes them through the pointers here, so what the body does to
 * them is seen after the loop, as in bpftrace. */
enum {
	FOR_CTX,	/* the probe's context (args, stacks) */
	FOR_RET,	/* set by a return in the body: the probe returns */
	FOR_MUXROW,	/* the syscall name row of a folded instance */
	FOR_START,	/* a range's first value */
	FOR_VARS,	/* then a pointer to each variable */
};

/* for ($kv : @m) { body }: bpf_for_each_map_elem, the callback given each
 * entry's key and value, which fill $kv. for ($i : a..b) { body }:
 * bpf_loop, b - a turns (b read once), the callback given the turn's
 * index: $i is a + index. Either way the callback is made of the body:
 * break returns 1 (stop), continue 0, return sets FOR_RET and stops. */
#define FOR_TURNS_MAX (1 << 23)	/* bpf_loop's most turns */

static void emit_for(struct cg *g, struct node *n)
{
	bool range = n->for_.end != NULL;
	unsigned nv = g->inst->nvars;
	LLVMValueRef tab = temp_alloc(g, (FOR_VARS + nv) * 8), count = NULL;
	static unsigned serial;
	char name[32];

	if (range) {
		LLVMValueRef a = emit_int(g, n->for_.iter), b = emit_int(g, n->for_.end);

		store_n(g, gep8(g, tab, FOR_START * 8), a, 8);
		count = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, a, b, ""),
					LLVMBuildSub(g->b, b, a, ""), c64(g, 0), "turns");
		if (n->for_.warn) {	/* bpf_loop runs no turn past its limit */
			LLVMValueRef big = LLVMBuildICmp(g->b, LLVMIntUGT, count,
							 c64(g, FOR_TURNS_MAX), "");
			LLVMBasicBlockRef warn = new_block(g, "for.warn"), go = new_block(g, "for.go");

			LLVMBuildCondBr(g->b, big, warn, go);
			LLVMPositionBuilderAtEnd(g->b, warn);
			emit_discard(g, n->for_.warn);
			LLVMBuildBr(g->b, go);
			LLVMPositionBuilderAtEnd(g->b, go);
			count = LLVMBuildSelect(g->b, big, c64(g, FOR_TURNS_MAX), count, "");
		}
	}
	store_n(g, gep8(g, tab, FOR_CTX * 8), LLVMBuildPtrToInt(g->b, g->ctxarg, g->i64, ""), 8);
	store_n(g, gep8(g, tab, FOR_RET * 8), c64(g, 0), 8);
	store_n(g, gep8(g, tab, FOR_MUXROW * 8), g->mux_row ? LLVMBuildPtrToInt(g->b, g->mux_row,
				g->i64, "") : c64(g, 0), 8);
	for (unsigned i = 0; i < nv; i++)
		store_n(g, gep8(g, tab, (FOR_VARS + i) * 8),
			LLVMBuildPtrToInt(g->b, g->vars[i], g->i64, ""), 8);

	/* The callback, built with the function state of its own. */
	struct cg outer = *g;
	LLVMBasicBlockRef at = LLVMGetInsertBlock(g->b);
	static const char *const map_params[] = { "map", "key", "value", "ctx" };
	static const char *const loop_params[] = { "index", "ctx" };

	snprintf(name, sizeof(name), "tp_for_%u", serial++);
	g->fn = range ? new_subprog(g, name, loop_params, 2, 0, &g->sp)
		      : new_subprog(g, name, map_params, 4, -1, &g->sp);
	g->entry = new_block(g, "entry");
	LLVMBasicBlockRef body = new_block(g, "body");
	LLVMBasicBlockRef stop = new_block(g, "stop"), next = new_block(g, "next");
	g->ret = new_block(g, "return");
	LLVMPositionBuilderAtEnd(g->b, g->entry);
	set_loc(g, &n->loc);
	g->zero_key = LLVMBuildAlloca(g->b, g->i32, "zero");
	LLVMBuildStore(g->b, c32(g, 0), g->zero_key);
	g->scratch_slot = NULL;
	g->temps = NULL;
	g->ntemps = g->temps_used = 0;
	g->loop = &(struct loop){ .brk = stop, .cont = next };
	LLVMPositionBuilderAtEnd(g->b, body);
	LLVMValueRef ctab = LLVMGetParam(g->fn, range ? 1 : 3);
	g->ctxarg = LLVMBuildIntToPtr(g->b, load_n(g, gep8(g, ctab, FOR_CTX * 8), 8, false), g->i8p, "");
	g->mux_row = outer.mux_row ? LLVMBuildIntToPtr(g->b,
		load_n(g, gep8(g, ctab, FOR_MUXROW * 8), 8, false), g->i8p, "") : NULL;
	g->vars = xcalloc(nv ? nv : 1, sizeof(*g->vars));
	for (struct var *v = g->inst->vars; v; v = v->next) {
		LLVMValueRef p = LLVMBuildIntToPtr(g->b, load_n(g, gep8(g, ctab, (FOR_VARS + v->id) * 8),
							       8, false), g->i8p, "");

		g->vars[v->id] = v->type.kind == TY_STR || v->type.kind == TY_TUPLE ||
				 v->type.kind == TY_INET || v->type.kind == TY_BUF ||
				 v->type.kind == TY_USYM || v->type.kind == TY_STRUCT ? p
			       : LLVMBuildBitCast(g->b, p, LLVMPointerType(g->i64, 0), v->name);
	}
	LLVMValueRef var = to_i8p(g, g->vars[n->for_.v->id]);
	if (range) {
		store_n(g, var, LLVMBuildAdd(g->b, load_n(g, gep8(g, ctab, FOR_START * 8), 8, false),
					     LLVMGetParam(g->fn, 0), ""), 8);
	} else {
		/* $kv: the key as it lies in the map (its layout is the
		 * tuple's), then the value; aggregations summed over the CPUs. */
		unsigned id = n->for_.iter->map.info->id;
		const struct map_desc *d = &g->tp->prog->maps[id];
		LLVMValueRef key = LLVMGetParam(g->fn, 1), val = LLVMGetParam(g->fn, 2);
		unsigned voff = tuple_offset(&n->for_.v->type, 1);

		emit_copy(g, var, key, d->key_size < voff ? d->key_size : voff);
		if (d->percpu)
			store_n(g, gep8(g, var, voff), percpu_read(g, id, key), 8);
		else
			emit_copy(g, gep8(g, var, voff), val, d->value_size);
	}
	emit_stmt(g, n->for_.body);
	LLVMBuildBr(g->b, next);
	LLVMPositionBuilderAtEnd(g->b, next);
	LLVMBuildRet(g->b, c64(g, 0));
	LLVMPositionBuilderAtEnd(g->b, stop);
	LLVMBuildRet(g->b, c64(g, 1));
	LLVMPositionBuilderAtEnd(g->b, g->ret);
	store_n(g, gep8(g, ctab, FOR_RET * 8), c64(g, 1), 8);
	LLVMBuildRet(g->b, c64(g, 1));
	LLVMPositionBuilderAtEnd(g->b, g->entry);
	set_loc(g, &n->loc);
	if (g->scratch_slot) {
		LLVMValueRef p = emit_map_lookup(g, g->scratch, to_i8p(g, g->zero_key));

		LLVMBuildStore(g->b, p, g->scratch_slot);
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), ""),
				body, next);
	} else {
		LLVMBuildBr(g->b, body);
	}
	LLVMValueRef cb = g->fn;
	free(g->vars);
	free(g->temps);
	/* Back to the probe: its state, but what the callback made once
	 * (stack maps, callbacks) and the scratch it used stay. */
	outer.len_cb = g->len_cb;
	memcpy(outer.stacks, g->stacks, sizeof(outer.stacks));
	memcpy(outer.ustacks, g->ustacks, sizeof(outer.ustacks));
	outer.scratch_max = g->scratch_max;
	*g = outer;
	LLVMPositionBuilderAtEnd(g->b, at);
	set_loc(g, &n->loc);

	if (range) {
		LLVMValueRef args[] = { count, to_i8p(g, cb), tab, c64(g, 0) };
		emit_helper(g, BPF_FUNC_loop, g->i64, args, 4);
	} else {
		LLVMValueRef args[] = { to_i8p(g, g->maps[n->for_.iter->map.info->id]), to_i8p(g, cb),
					tab, c64(g, 0) };
		emit_helper(g, BPF_FUNC_for_each_map_elem, g->i64, args, 4);
	}
	LLVMBasicBlockRef after = new_block(g, "for.after");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, load_n(g, gep8(g, tab, FOR_RET * 8), 8, false),
					    c64(g, 0), ""), g->ret, after);
	LLVMPositionBuilderAtEnd(g->b, after);
}

/* A call for its effect, or c ? call : call. */
static void emit_void(struct cg *g, struct node *n)
{
	if (!(n = run_block(g, n)))
		return;
	if (n->kind != N_TERNARY) {
		emit_call_stmt(g, n);
		return;
	}
	LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->tern.c), c64(g, 0), "");
	LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
	LLVMBasicBlockRef done = new_block(g, "tern.done");

	LLVMBuildCondBr(g->b, c, bt, bf);
	LLVMPositionBuilderAtEnd(g->b, bt);
	emit_void(g, n->tern.t);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, bf);
	emit_void(g, n->tern.f);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

static void emit_stmt_inner(struct cg *g, struct node *n);

/* Whether evaluating n may do something besides giving its value. */
static bool has_effects(const struct node *n, void *arg)
{
	return n->kind == N_BLOCK_EXPR || n->kind == N_CALL || n->kind == N_INCDEC ||
	       n->kind == N_ASSIGN || node_any_child(n, has_effects, arg);
}

/* e evaluated for its effects, its value dropped. */
static void emit_discard(struct cg *g, struct node *e)
{
	if (!(e = run_block(g, e)))	/* a block without a value */
		return;
	if (e->kind == N_CALL || e->type.kind == TY_VOID) {
		emit_void(g, e);
	} else if (e->type.kind == TY_INT || e->type.kind == TY_PTR) {
		emit_int(g, e);
	} else if (has_effects(e, NULL)) {
		if (e->kind == N_TERNARY) {	/* if (c) { ... } else { ... } */
			LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, e->tern.c),
						       c64(g, 0), "");
			LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
			LLVMBasicBlockRef done = new_block(g, "tern.done");

			LLVMBuildCondBr(g->b, c, bt, bf);
			LLVMPositionBuilderAtEnd(g->b, bt);
			if (e->tern.t != e->tern.c)
				emit_discard(g, e->tern.t);
			LLVMBuildBr(g->b, done);
			LLVMPositionBuilderAtEnd(g->b, bf);
			emit_discard(g, e->tern.f);
			LLVMBuildBr(g->b, done);
			LLVMPositionBuilderAtEnd(g->b, done);
		} else if (e->type.kind == TY_STR) {
			emit_str_ptr(g, e);
		} else if (e->type.kind == TY_TUPLE) {
			const struct type *st;

			tuple_ptr(g, e, &st);
		} else if (e->type.kind == TY_BUF) {
			emit_buf_into(g, e, temp_alloc(g, e->type.size), e->type.size, true);
		} else if (e->type.kind == TY_STRUCT) {
			struct_ptr(g, e);
		}
	}
}

/* A statement's temporaries (stack slots, scratch memory) are free again
 * once it is done: values only cross statements through variables and
 * maps, which have their own storage. */
static void emit_stmt(struct cg *g, struct node *n)
{
	unsigned temps = g->temps_used, scratch = g->scratch_off;

	emit_stmt_inner(g, n);
	g->temps_used = temps;
	g->scratch_off = scratch;
}

static void emit_stmt_inner(struct cg *g, struct node *n)
{
	set_loc(g, &n->loc);
	switch (n->kind) {
	case N_EXPR_STMT:
		emit_discard(g, n->expr.e);
		break;
	case N_BLOCK:
	case N_BLOCK_EXPR:
		for (struct node *s = n->block.stmts; s; s = s->next)
			emit_stmt(g, s);
		break;
	case N_ASSIGN:
		emit_assign(g, n);
		break;
	case N_INCDEC:
		emit_incdec(g, n);
		break;
	case N_WHILE: {
		LLVMBasicBlockRef cond = new_block(g, "while.cond"), body = new_block(g, "while.body");
		LLVMBasicBlockRef end = new_block(g, "while.end");
		struct loop l = { .brk = end, .cont = cond, .outer = g->loop };

		LLVMBuildBr(g->b, cond);
		LLVMPositionBuilderAtEnd(g->b, cond);
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->while_.c),
						    c64(g, 0), ""), body, end);
		LLVMPositionBuilderAtEnd(g->b, body);
		g->loop = &l;
		emit_stmt(g, n->while_.body);
		g->loop = l.outer;
		LLVMBuildBr(g->b, cond);
		LLVMPositionBuilderAtEnd(g->b, end);
		break;
	}
	case N_UNROLL:
		for (uint64_t i = 0; i < n->unroll.n; i++)
			emit_stmt(g, n->unroll.body);
		break;
	case N_FOR:
		emit_for(g, n);
		break;
	case N_JUMP:
		if (n->jump.value)
			emit_discard(g, n->jump.value);
		LLVMBuildBr(g->b, n->jump.tok == 'r' ? g->ret
				  : n->jump.tok == 'b' ? g->loop->brk : g->loop->cont);
		/* What follows is unreachable; it still needs a block. */
		LLVMPositionBuilderAtEnd(g->b, new_block(g, "after.jump"));
		break;
	case N_IF: {
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->if_.c), c64(g, 0), "");
		LLVMBasicBlockRef bt = new_block(g, "if.then"), done = new_block(g, "if.done");
		LLVMBasicBlockRef bf = n->if_.els ? new_block(g, "if.else") : done;

		LLVMBuildCondBr(g->b, c, bt, bf);
		LLVMPositionBuilderAtEnd(g->b, bt);
		emit_stmt(g, n->if_.then);
		LLVMBuildBr(g->b, done);
		if (n->if_.els) {
			LLVMPositionBuilderAtEnd(g->b, bf);
			emit_stmt(g, n->if_.els);
			LLVMBuildBr(g->b, done);
		}
		LLVMPositionBuilderAtEnd(g->b, done);
		break;
	}
	default:
		break;
	}
}

/* ---- strings read at the syscall's exit ------------------------------ */

/* A syscall's string argument lives in the caller's memory, on a page that
 * may not be mapped in yet (a path in a fresh mapping, the first use of a
 * binary's data): a BPF program cannot fault it in, so str() at
 * sys_enter_* would read "" (and buf() nothing). The kernel faults it in
 * itself while serving the call. So a sys_enter_* program whose action
 * reads such a string or buffer first tries one byte of each; only when one fails, it keeps the record
 * of the event (its args) in tp_pending, keyed by thread and probe, and
 * returns. A second program of the same action, on the same syscall's
 * sys_exit_*, runs the action then on the kept args, once. When the bytes
 * can be read (nearly always) the cost is that one-byte read each. */
#define COLD_MAX 6		/* a syscall has six arguments */

struct cold {
	const struct tp_field *f[COLD_MAX];
	unsigned n;
};

/* Collects the args fields of user pointers that str() or buf() reads in
 * n. */
static bool cold_visit(const struct node *n, void *arg)
{
	struct cold *c = arg;

	if (!n)
		return false;
	if (n->kind == N_CALL && n->call.fn && (n->call.fn->id == F_STR ||
						 n->call.fn->id == F_BUF) && n->call.args &&
	    n->call.args->kind == N_MEMBER && n->call.args->member.field &&
	    n->call.args->type.kind == TY_PTR && n->call.args->type.user) {
		const struct tp_field *fl = n->call.args->member.field;
		unsigned i = 0;

		while (i < c->n && c->f[i] != fl)
			i++;
		if (i == c->n && c->n < COLD_MAX)
			c->f[c->n++] = fl;
	}
	node_any_child(n, cold_visit, c);
	return false;
}

/* The user-memory strings instance idx reads with str(), when its
 * provider gives it a program that can finish later (exit_section: a
 * syscalls:sys_enter_* one, at the syscall's exit). */
static unsigned cold_fields(struct cg *g, unsigned idx, const struct tp_field **f)
{
	const struct prog_probe *pp = &g->tp->prog->probes[idx];
	const struct probe_inst *in = &g->tp->insts[idx];
	const struct provider *prov = provider_of(pp->kind);

	if (in->mux_n || !in->format || !prov->exit_section || !prov->exit_section(pp, &g->arena))
		return 0;
	struct cold c = { .n = 0 };

	cold_visit(in->pred, &c);
	cold_visit(in->body, &c);
	memcpy(f, c.f, c.n * sizeof(*f));
	return c.n;
}

/* Bytes of a tracepoint's record: what tp_pending keeps of it. */
static unsigned record_size(const struct tp_format *fmt)
{
	unsigned end = 0;

	for (size_t i = 0; i < fmt->nfields; i++)
		if (fmt->fields[i].offset + fmt->fields[i].size > end)
			end = fmt->fields[i].offset + fmt->fields[i].size;
	return end;
}

/* tp_pending's key: this thread and this probe. */
static LLVMValueRef pending_key(struct cg *g, unsigned idx)
{
	LLVMValueRef key = temp_alloc(g, 16);

	store_n(g, key, emit_helper(g, BPF_FUNC_get_current_pid_tgid, g->i64, NULL, 0), 8);
	store_n(g, gep8(g, key, 8), c64(g, idx), 8);
	return key;
}

/* At sys_enter: when a string cannot be read yet, keep the record for the
 * exit and end here. */
static void emit_defer_if_cold(struct cg *g, unsigned idx, const struct tp_field **f, unsigned nf)
{
	LLVMValueRef cold = LLVMConstInt(g->i1, 0, 0);
	LLVMValueRef byte = temp_alloc(g, 8);

	for (unsigned i = 0; i < nf; i++) {
		LLVMValueRef p = load_n(g, field_ptr(g, f[i]), 8, false);
		LLVMValueRef args[] = { byte, c32(g, 1), LLVMBuildIntToPtr(g->b, p, g->i8p, "") };
		LLVMValueRef r = emit_helper(g, BPF_FUNC_probe_read_user, g->i64, args, 3);
		LLVMValueRef bad = LLVMBuildAnd(g->b,
			LLVMBuildICmp(g->b, LLVMIntNE, p, c64(g, 0), ""),
			LLVMBuildICmp(g->b, LLVMIntSLT, r, c64(g, 0), ""), "");

		cold = LLVMBuildOr(g->b, cold, bad, "");
	}
	LLVMBasicBlockRef keep = new_block(g, "cold.keep"), go = new_block(g, "cold.no");

	LLVMBuildCondBr(g->b, cold, keep, go);
	LLVMPositionBuilderAtEnd(g->b, keep);
	/* An entry of zeros, then the fields the action reads written into
	 * the map's value, each at its own offset, in loads of its own size
	 * (aligned, as the verifier wants them). Nothing else of the record:
	 * a program that reads past its record is refused at attach, and the
	 * copy is code whose offsets are the fields', through a pointer LLVM
	 * cannot bound, which an --aot executable relocates like any other
	 * read (codegen/reloc.c). */
	LLVMValueRef zero = temp_alloc(g, g->pending_size);
	LLVMValueRef key = pending_key(g, idx);
	LLVMBasicBlockRef fill = new_block(g, "cold.fill");

	emit_zero(g, zero, g->pending_size);
	LLVMValueRef args[] = { to_i8p(g, g->pending), key, zero, c64(g, BPF_ANY) };
	emit_helper(g, BPF_FUNC_map_update_elem, g->i64, args, 4);
	LLVMValueRef val = emit_map_lookup(g, g->pending, key);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, val, LLVMConstNull(g->i8p), ""),
			fill, g->ret);
	LLVMPositionBuilderAtEnd(g->b, fill);
	for (unsigned k = 0; k < g->tp->prog->nfields; k++) {
		const struct prog_field *pf = &g->tp->prog->fields[k];
		const struct tp_field *tf = pf->probe == idx ?
					    tp_format_field(g->inst->format, pf->name) : NULL;

		if (!tf)
			continue;
		for (unsigned done = 0; done < tf->size;) {
			unsigned step = 8;

			while (step > 1 && ((tf->offset + done) % step || tf->size - done < step))
				step /= 2;
			store_n(g, gep8(g, val, tf->offset + done),
				load_n(g, gep8(g, g->ctxarg, tf->offset + done), step, false), step);
			done += step;
		}
	}
	LLVMBuildBr(g->b, g->ret);
	LLVMPositionBuilderAtEnd(g->b, go);
}

/* Which program of an instance is emitted. */
enum variant {
	V_MAIN,			/* the probe's program */
	V_AT_EXIT,		/* its second program, which runs the action at the
				 * syscall's exit on a record kept at the entry
				 * (see emit_defer_if_cold) */
	V_FALLBACK,		/* an AM_RAW program as a tracepoint program, for the
				 * tracepoints with no raw tracepoint of their name;
				 * its action reads no field, so the context (raw
				 * arguments or the format's record) is used only by
				 * the helpers that take it (stacks, the cookie) */
};

/* The program v of probe instance idx. */
static void emit_function(struct cg *g, unsigned idx, enum variant v)
{
	struct prog_probe *pp = &g->tp->prog->probes[idx];
	const struct probe_inst *in = &g->tp->insts[idx];
	const struct provider *prov = provider_of(pp->kind);
	bool at_exit = v == V_AT_EXIT, fallback = v == V_FALLBACK;
	/* the fallback of an AM_RAW program attaches through perf events to
	 * tracepoints named at attach time */
	const char *section = at_exit ? prov->exit_section(pp, &g->arena)
		: fallback ? "tracepoint" : prov->section(pp, &g->arena);
	const char *fname = at_exit ? arena_printf(&g->arena, "%s" TP_AT_EXIT_SUFFIX, pp->prog_name)
		: fallback ? pp->fallback_name : pp->prog_name;
	LLVMTypeRef fty = LLVMFunctionType(g->i32, &g->i8p, 1, 0);
	const struct tp_field *cold[COLD_MAX];
	unsigned ncold = g->pending ? cold_fields(g, idx, cold) : 0;

	g->inst = in;
	g->pp = pp;
	g->raw_tp = pp->kind == PK_TRACEPOINT && pp->attach == AM_RAW && v == V_MAIN;
	g->fn = LLVMAddFunction(g->mod, fname, fty);
	LLVMSetSection(g->fn, section);
	LLVMAddAttributeAtIndex(g->fn, LLVMAttributeFunctionIndex,
		LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("nounwind", 8), 0));
	g->ctxarg = LLVMGetParam(g->fn, 0);
	LLVMSetValueName2(g->ctxarg, "ctx", 3);

	/* Every function needs a DISubprogram with its parameter named, or
	 * the kernel rejects the BTF (and libbpf silently drops it). */
	LLVMMetadataRef di_ctx = di_ptr(g, NULL);
	LLVMMetadataRef ptypes[] = { g->di_int, di_ctx };
	LLVMMetadataRef sty = LLVMDIBuilderCreateSubroutineType(g->di, g->di_file, ptypes, 2,
								 LLVMDIFlagZero);
	unsigned line = (unsigned)in->src->loc.first_line;
	g->sp = LLVMDIBuilderCreateFunction(g->di, g->di_file, fname, strlen(fname),
					    fname, strlen(fname), g->di_file, line,
					    sty, 0, 1, line, LLVMDIFlagPrototyped, 1);
	LLVMSetSubprogram(g->fn, g->sp);
	LLVMMetadataRef pv = LLVMDIBuilderCreateParameterVariable(g->di, g->sp, "ctx", 3, 1,
								  g->di_file, line, di_ctx, 1,
								  LLVMDIFlagZero);

	g->entry = new_block(g, "entry");
	LLVMBasicBlockRef body = new_block(g, "body");
	LLVMBasicBlockRef ret = new_block(g, "return");
	g->ret = ret;
	g->loop = NULL;
	LLVMPositionBuilderAtEnd(g->b, g->entry);
	set_loc(g, &in->src->loc);
	LLVMDIBuilderInsertDbgValueAtEnd(g->di, g->ctxarg, pv,
					 LLVMDIBuilderCreateExpression(g->di, NULL, 0),
					 LLVMDIBuilderCreateDebugLocation(g->ctx, line, 0, g->sp, NULL),
					 g->entry);
	g->zero_key = LLVMBuildAlloca(g->b, g->i32, "zero");
	LLVMBuildStore(g->b, c32(g, 0), g->zero_key);
	g->scratch_slot = NULL;
	g->scratch_off = 0;

	LLVMPositionBuilderAtEnd(g->b, body);

	/* Variables: integers on the stack, strings in memory from
	 * temp_alloc. Both start zeroed, so a variable set on one path only
	 * reads as 0 or "". The stores are in the body: scratch memory is
	 * looked up at the end of the entry block. */
	g->vars = xcalloc(in->nvars ? in->nvars : 1, sizeof(*g->vars));
	for (struct var *v = in->vars; v; v = v->next) {
		if (v->type.kind == TY_STR) {
			g->vars[v->id] = temp_alloc(g, v->type.size);
			store_n(g, g->vars[v->id], LLVMConstInt(g->i8, 0, 0), 1);
		} else if (v->type.kind == TY_TUPLE || v->type.kind == TY_INET ||
			   v->type.kind == TY_BUF || v->type.kind == TY_USYM ||
			   v->type.kind == TY_STRUCT) {
			unsigned size = type_slot(&v->type);

			g->vars[v->id] = temp_alloc(g, size);
			emit_zero(g, g->vars[v->id], size);
		} else {
			g->vars[v->id] = LLVMBuildBitCast(g->b, temp_alloc(g, 8),
							  LLVMPointerType(g->i64, 0), v->name);
			LLVMBuildStore(g->b, c64(g, 0), g->vars[v->id]);
		}
	}
	if (at_exit) {
		/* The record kept at the entry, if there is one: copied out of
		 * the map (and the entry deleted) before the action runs on it. */
		LLVMValueRef key = pending_key(g, idx);
		LLVMValueRef v = emit_map_lookup(g, g->pending, key);
		LLVMBasicBlockRef kept = new_block(g, "cold.kept");
		/* In scratch memory, not on the stack: the code reads its fields
		 * at offsets LLVM cannot bound (reloc.c's second compile moves
		 * them past the record). */
		LLVMValueRef copy = scratch_alloc(g, g->pending_size);

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, v, LLVMConstNull(g->i8p), ""),
				kept, ret);
		LLVMPositionBuilderAtEnd(g->b, kept);
		emit_copy(g, copy, v, g->pending_size);
		LLVMValueRef dargs[] = { to_i8p(g, g->pending), key };
		emit_helper(g, BPF_FUNC_map_delete_elem, g->i64, dargs, 2);
		g->ctxarg = copy;
	}
	if (prov->pid_filter) {
		/* -p PID: this process's events only. The pid is a load-time
		 * value (0: every process); tp_ro is frozen, so the verifier
		 * knows it and drops the branch not taken. */
		LLVMValueRef want = rodata_u64(g, offsetof(struct tp_rodata, filter_pid));
		LLVMBasicBlockRef filter = new_block(g, "pid.filter"), mine = new_block(g, "pid.match");

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, want, c64(g, 0), ""), mine,
				filter);
		LLVMPositionBuilderAtEnd(g->b, filter);
		LLVMValueRef pid = LLVMBuildLShr(g->b, emit_helper(g, BPF_FUNC_get_current_pid_tgid,
								   g->i64, NULL, 0), c64(g, 32), "");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, pid, want, ""), mine, ret);
		LLVMPositionBuilderAtEnd(g->b, mine);
	}
	g->mux_row = NULL;
	if (in->mux_n) {
		/* A folded syscall instance: only the syscalls its probe named,
		 * whose row in the table holds the event's name. */
		const struct tp_field *idf = prov->field(in, "id");
		LLVMValueRef nr = load_n(g, field_ptr(g, idf), 8, false);
		LLVMBasicBlockRef inrange = new_block(g, "mux.range"), taken = new_block(g, "mux.taken");

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, nr, c64(g, mux_rows(in)), ""),
				inrange, ret);
		LLVMPositionBuilderAtEnd(g->b, inrange);
		LLVMValueRef off = LLVMBuildAdd(g->b, c64(g, g->mux_off[idx]),
						LLVMBuildMul(g->b, nr, c64(g, mux_rowsize(in)), ""), "");
		g->mux_row = LLVMBuildGEP2(g->b, g->i8, to_i8p(g, g->rodata), &off, 1, "mux.row");
		LLVMValueRef first = LLVMBuildLoad2(g->b, g->i8, g->mux_row, "");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, first, LLVMConstInt(g->i8, 0, 0), ""),
				taken, ret);
		LLVMPositionBuilderAtEnd(g->b, taken);
	} else if (name_rows(pp, in)) {
		/* A program shared by several tracepoints: the attach cookie
		 * is the tracepoint's row in the name table. */
		LLVMValueRef cookie = emit_helper(g, BPF_FUNC_get_attach_cookie, g->i64, &g->ctxarg, 1);
		LLVMBasicBlockRef inrange = new_block(g, "cookie.range");

		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, cookie, c64(g, pp->ntargets), ""),
				inrange, ret);
		LLVMPositionBuilderAtEnd(g->b, inrange);
		LLVMValueRef off = LLVMBuildAdd(g->b, c64(g, g->mux_off[idx]),
						LLVMBuildMul(g->b, cookie, c64(g, name_rowsize(pp, in)), ""), "");
		g->mux_row = LLVMBuildGEP2(g->b, g->i8, to_i8p(g, g->rodata), &off, 1, "probe.row");
	}
	if (ncold && !at_exit)
		emit_defer_if_cold(g, idx, cold, ncold);
	if (in->pred) {
		set_loc(g, &in->pred->loc);
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, in->pred), c64(g, 0), "");
		LLVMBasicBlockRef go = new_block(g, "pred.true");

		LLVMBuildCondBr(g->b, c, go, ret);
		LLVMPositionBuilderAtEnd(g->b, go);
	}
	emit_stmt(g, in->body);
	LLVMBuildBr(g->b, ret);

	/* The entry block: look this CPU's scratch buffer up once, if the
	 * body used it. */
	LLVMPositionBuilderAtEnd(g->b, g->entry);
	set_loc(g, &in->src->loc);
	if (g->scratch_slot) {
		LLVMValueRef p = emit_map_lookup(g, g->scratch, to_i8p(g, g->zero_key));
		LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");

		LLVMBuildStore(g->b, p, g->scratch_slot);
		LLVMBuildCondBr(g->b, ok, body, ret);
	} else {
		LLVMBuildBr(g->b, body);
	}
	LLVMPositionBuilderAtEnd(g->b, ret);
	LLVMBuildRet(g->b, c32(g, 0));
	free(g->vars);
	g->vars = NULL;
	free(g->temps);
	g->temps = NULL;
	g->ntemps = g->temps_used = 0;
}


/* ---- the module ------------------------------------------------------ */

static int init_target(struct cg *g, struct diag *d)
{
	static bool done;
	char *err = NULL;
	LLVMTargetRef target;

	if (!done) {
		LLVMInitializeBPFTargetInfo();
		LLVMInitializeBPFTarget();
		LLVMInitializeBPFTargetMC();
		LLVMInitializeBPFAsmPrinter();
		done = true;
	}
	if (LLVMGetTargetFromTriple("bpfel", &target, &err)) {
		diag_plain(d, "LLVM has no BPF target: %s", err);
		LLVMDisposeMessage(err);
		return -1;
	}
	g->tm = LLVMCreateTargetMachine(target, "bpfel", "v2", "", LLVMCodeGenLevelDefault,
					LLVMRelocDefault, LLVMCodeModelDefault);
	return g->tm ? 0 : -1;
}

/* PCPU_MIN_UNIT_SIZE: the largest value of a per-CPU map */
#define SCRATCH_MAX 32768

struct object *codegen_emit(const struct tprog *s, const struct codegen_opts *o, struct diag *d)
{
	struct cg g = { .tp = s, .helper_check = o->helper_check };
	struct object *obj = NULL;
	const struct source *src = d->src;
	char *err = NULL;

	g.ctx = LLVMContextCreate();
	g.mod = LLVMModuleCreateWithNameInContext("tpscript", g.ctx);
	g.b = LLVMCreateBuilderInContext(g.ctx);
	g.i1 = LLVMInt1TypeInContext(g.ctx);
	g.i8 = LLVMInt8TypeInContext(g.ctx);
	g.i32 = LLVMInt32TypeInContext(g.ctx);
	g.i64 = LLVMInt64TypeInContext(g.ctx);
	g.i8p = LLVMPointerType(g.i8, 0);
	g.void_t = LLVMVoidTypeInContext(g.ctx);
	if (init_target(&g, d) < 0)
		goto out;
	LLVMSetTarget(g.mod, "bpfel");
	LLVMTargetDataRef td = LLVMCreateTargetDataLayout(g.tm);
	char *dl = LLVMCopyStringRepOfTargetData(td);
	LLVMSetDataLayout(g.mod, dl);
	LLVMDisposeMessage(dl);
	LLVMDisposeTargetData(td);

	g.di = LLVMCreateDIBuilder(g.mod);
	const char *fname = src && src->name ? src->name : "-e";
	g.di_file = LLVMDIBuilderCreateFile(g.di, fname, strlen(fname), ".", 1);
	g.di_cu = LLVMDIBuilderCreateCompileUnit(g.di, LLVMDWARFSourceLanguageC, g.di_file,
						 "tpscript", 8, 1, "", 0, 0, "", 0,
						 LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
	LLVMAddModuleFlag(g.mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
			  LLVMValueAsMetadata(c32(&g, LLVMDebugMetadataVersion())));
	LLVMAddModuleFlag(g.mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
			  LLVMValueAsMetadata(c32(&g, 4)));
	g.di_int = LLVMDIBuilderCreateBasicType(g.di, "int", 3, 32, 5 /* DW_ATE_signed */,
						LLVMDIFlagZero);
	g.di_u64 = LLVMDIBuilderCreateBasicType(g.di, "unsigned long long", 18, 64,
						7 /* DW_ATE_unsigned */, LLVMDIFlagZero);
	g.di_char = LLVMDIBuilderCreateBasicType(g.di, "char", 4, 8, 6 /* DW_ATE_signed_char */,
						 LLVMDIFlagZero);

	add_license(&g);
	g.ringbuf = def_map(&g, TP_RINGBUF_MAP, BPF_MAP_TYPE_RINGBUF, s->prog->ringbuf_size,
			    NULL, NULL);
	g.stats = def_map(&g, TP_STATS_MAP, BPF_MAP_TYPE_PERCPU_ARRAY, 1, g.di_int,
			  di_int_array(&g, g.di_u64, 64, TP_STAT_MAPS + s->prog->nmaps));
	add_maps(&g);
	for (unsigned i = 0; i < s->prog->nprobes; i++)
		if (provider_of(s->prog->probes[i].kind)->spec_args && !g.usdt_specs)
			add_usdt_map(&g);
	core_collect(&g);

	/* The scratch map's global is made now, its type once its size is
	 * known: after every function. */
	LLVMTypeRef sfields[] = { g.i8p, g.i8p, g.i8p, g.i8p };
	LLVMTypeRef st = LLVMStructTypeInContext(g.ctx, sfields, 4, 0);
	g.scratch = LLVMAddGlobal(g.mod, st, "tp_scratch");
	bool muxed = false;
	for (unsigned i = 0; i < s->prog->nprobes; i++)
		muxed |= s->insts[i].mux_n > 0 || name_rows(&s->prog->probes[i], &s->insts[i]) > 0;
	bool pid_filter = false;
	for (unsigned i = 0; i < s->prog->nprobes; i++)
		pid_filter |= provider_of(s->prog->probes[i].kind)->pid_filter;
	if (s->prog->uses_cpid || s->uses_elapsed || s->uses_ncpus || s->prog->nmaps || muxed ||
	    pid_filter ||
	    s->prog->nparams || s->prog->nopts)
		add_rodata(&g);

	/* tp_pending, when some sys_enter_* action reads a user string */
	for (unsigned i = 0; i < s->prog->nprobes; i++) {
		const struct tp_field *f[COLD_MAX];

		g.pending = (LLVMValueRef)1;	/* cold_fields() looks only when set */
		if (cold_fields(&g, i, f)) {
			unsigned size = (record_size(s->insts[i].format) + 7) & ~7u;

			if (size > g.pending_size)
				g.pending_size = size;
		}
		g.pending = NULL;
	}
	/* reloc.c's second compile keeps the first one's size. */
	if (g.pending_size && o->pending_size)
		g.pending_size = o->pending_size;
	if (g.pending_size)
		g.pending = def_map(&g, TP_PENDING_MAP, BPF_MAP_TYPE_HASH, TP_PENDING_MAX,
				    di_int_array(&g, g.di_u64, 64, 2),
				    di_int_array(&g, g.di_char, 8, g.pending_size));

	for (unsigned i = 0; i < s->prog->nprobes; i++) {
		const struct tp_field *f[COLD_MAX];

		emit_function(&g, i, V_MAIN);
		if (s->prog->probes[i].attach == AM_RAW && s->prog->probes[i].kind == PK_TRACEPOINT)
			emit_function(&g, i, V_FALLBACK);
		if (g.pending && cold_fields(&g, i, f))
			emit_function(&g, i, V_AT_EXIT);
	}

	if (g.scratch_max > SCRATCH_MAX) {	/* the kernel's cap on a per-CPU value */
		diag_plain(d, "the program needs %u bytes of per-CPU scratch memory for its strings "
			   "and keys; the kernel allows %u", g.scratch_max, SCRATCH_MAX);
		diag_hint(d, "strings take BPFTRACE_STRLEN bytes (now %u); set it lower",
			  s->prog->strlen);
		/* Resolves the debug info's temporary nodes, which disposing
		 * the builder alone would leave allocated. */
		LLVMDIBuilderFinalize(g.di);
		goto out;
	}
	if (g.scratch_max) {
		LLVMValueRef real = def_map(&g, "tp_scratch", BPF_MAP_TYPE_PERCPU_ARRAY, 1,
					    g.di_int, di_int_array(&g, g.di_char, 8, g.scratch_max));
		LLVMReplaceAllUsesWith(g.scratch, LLVMConstBitCast(real, LLVMTypeOf(g.scratch)));
		LLVMDeleteGlobal(g.scratch);
		LLVMSetValueName2(real, "tp_scratch", 10);
	} else {
		LLVMDeleteGlobal(g.scratch);
	}
	LLVMDIBuilderFinalize(g.di);

	if (o->opt_level > 0 || g.nrecs) {
		LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
		/* Kernel struct accesses (core.c) are lowered into CO-RE
		 * relocations by a pass that only the pass builder's
		 * pipeline-start hook adds: a default<O0> element brings it. */
		const char *passes = !g.nrecs ? "function(sroa,early-cse,instcombine,simplifycfg)"
				     : o->opt_level > 0
				     ? "default<O0>,function(sroa,early-cse,instcombine,simplifycfg)"
				     : "default<O0>";
		/* Not default<O2>: its ~100 passes cost 1.5 ms of a 9 ms launch,
		 * and on these small straight-line programs give the same code
		 * within an instruction or two (measured on the benchmark
		 * scripts). What matters is promoting allocas (sroa), folding
		 * (early-cse, instcombine) and merging blocks (simplifycfg). */
		LLVMErrorRef e = LLVMRunPasses(g.mod, passes, g.tm, po);

		LLVMDisposePassBuilderOptions(po);
		if (e) {
			char *m = LLVMGetErrorMessage(e);
			diag_plain(d, "internal error: LLVM optimisation failed: %s", m);
			LLVMDisposeErrorMessage(m);
			goto out;
		}
	}
	if (o->dump_ir) {
		char *ir = LLVMPrintModuleToString(g.mod);
		fputs(ir, o->dump_ir);
		LLVMDisposeMessage(ir);
		/* Now, while errno still tells why: LLVM's own work below may
		 * change it. */
		if (fflush(o->dump_ir) == EOF || ferror(o->dump_ir)) {
			diag_plain(d, "cannot write the LLVM IR: %s", strerror(errno ? errno : EIO));
			goto out;
		}
	}
	LLVMMemoryBufferRef mb;
	if (LLVMTargetMachineEmitToMemoryBuffer(g.tm, g.mod, LLVMObjectFile, &err, &mb)) {
		diag_plain(d, "internal error: LLVM could not emit the BPF object: %s", err);
		LLVMDisposeMessage(err);
		goto out;
	}
	obj = object_new(LLVMGetBufferStart(mb), LLVMGetBufferSize(mb), g.rodata_size);
	LLVMDisposeMemoryBuffer(mb);
	if (o->sites) {
		*o->sites = g.sites;
		*o->nsites = g.nsites;
		g.sites = NULL;
	}
out:
	free(g.sites);
	free(g.maps);
	free(g.mux_off);
	core_free(&g);
	arena_free(&g.arena);
	if (g.di)
		LLVMDisposeDIBuilder(g.di);
	LLVMDisposeBuilder(g.b);
	LLVMDisposeModule(g.mod);
	if (g.tm)
		LLVMDisposeTargetMachine(g.tm);
	LLVMContextDispose(g.ctx);
	return obj;
}
