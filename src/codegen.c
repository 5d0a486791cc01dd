/* codegen.c - lowering the typed AST to BPF through the LLVM C API.
 *
 * One function per probe instance, in libbpf's section naming; maps are
 * BTF-defined (.maps globals described with DIBuilder, which the BPF
 * backend turns into BTF); the object is emitted to memory. Only C API
 * calls that LLVM 14 to 19 share are used, with the "2" builder variants
 * (explicit types) so the code carries to opaque pointers. */
#include "codegen.h"

#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "tracefs.h"

/* BPF helper ids (include/uapi/linux/bpf.h). */
enum {
	BPF_FUNC_map_lookup_elem = 1,
	BPF_FUNC_get_current_pid_tgid = 14,
	BPF_FUNC_get_current_comm = 16,
	BPF_FUNC_probe_read_user = 112,
	BPF_FUNC_probe_read_kernel = 113,
	BPF_FUNC_probe_read_user_str = 114,
	BPF_FUNC_probe_read_kernel_str = 115,
	BPF_FUNC_ringbuf_reserve = 131,
	BPF_FUNC_ringbuf_submit = 132,
};

enum {
	BPF_MAP_TYPE_PERCPU_ARRAY = 6,
	BPF_MAP_TYPE_RINGBUF = 27,
};

struct cg {
	struct sema *s;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTargetMachineRef tm;
	LLVMDIBuilderRef di;
	LLVMMetadataRef di_file, di_cu, di_int, di_u64, di_char;
	LLVMTypeRef i1, i8, i32, i64, i8p, void_t;

	LLVMValueRef ringbuf, stats, scratch, cpid;
	unsigned scratch_max;		/* bytes of scratch the largest program uses */

	/* the function being built */
	LLVMValueRef fn, ctxarg;
	LLVMMetadataRef sp;
	LLVMBasicBlockRef entry;
	LLVMValueRef zero_key;		/* i32 0 on the stack, for array lookups */
	LLVMValueRef scratch_slot;	/* alloca i8*: this CPU's scratch buffer */
	unsigned scratch_off;
	struct probe_inst *inst;
	struct prog_probe *pp;
};

/* ---- small helpers over the C API ----------------------------------- */

static LLVMValueRef c64(struct cg *g, uint64_t v)
{
	return LLVMConstInt(g->i64, v, 0);
}

static LLVMValueRef c32(struct cg *g, uint64_t v)
{
	return LLVMConstInt(g->i32, v, 0);
}

static LLVMValueRef to_i8p(struct cg *g, LLVMValueRef p)
{
	return LLVMBuildBitCast(g->b, p, g->i8p, "");
}

static LLVMValueRef gep8(struct cg *g, LLVMValueRef base, uint64_t off)
{
	LLVMValueRef idx = c64(g, off);

	if (!off)
		return base;
	return LLVMBuildGEP2(g->b, g->i8, base, &idx, 1, "");
}

static LLVMValueRef load_n(struct cg *g, LLVMValueRef p8, unsigned size,
			   bool sext)
{
	LLVMTypeRef t = LLVMIntTypeInContext(g->ctx, size * 8);
	LLVMValueRef v = LLVMBuildLoad2(g->b, t,
		LLVMBuildBitCast(g->b, p8, LLVMPointerType(t, 0), ""), "");

	if (size == 8)
		return v;
	return sext ? LLVMBuildSExt(g->b, v, g->i64, "") : LLVMBuildZExt(g->b, v, g->i64, "");
}

static void store_n(struct cg *g, LLVMValueRef p8, LLVMValueRef v, unsigned size)
{
	LLVMTypeRef t = LLVMIntTypeInContext(g->ctx, size * 8);

	if (LLVMTypeOf(v) != t)
		v = LLVMBuildTrunc(g->b, v, t, "");
	LLVMBuildStore(g->b, v, LLVMBuildBitCast(g->b, p8, LLVMPointerType(t, 0), ""));
}

/* Helpers are called through their id cast to a function pointer, as clang
 * does for BPF. */
static LLVMValueRef emit_helper(struct cg *g, int id, LLVMTypeRef ret,
				LLVMValueRef *args, unsigned n)
{
	LLVMTypeRef params[5];

	for (unsigned i = 0; i < n; i++)
		params[i] = LLVMTypeOf(args[i]);
	LLVMTypeRef fty = LLVMFunctionType(ret, params, n, 0);
	LLVMValueRef fp = LLVMConstIntToPtr(c64(g, (uint64_t)id), LLVMPointerType(fty, 0));
	return LLVMBuildCall2(g->b, fty, fp, args, n, "");
}

static LLVMValueRef emit_map_lookup(struct cg *g, LLVMValueRef map,
				    LLVMValueRef key8)
{
	LLVMValueRef args[] = { to_i8p(g, map), key8 };

	return emit_helper(g, BPF_FUNC_map_lookup_elem, g->i8p, args, 2);
}

static LLVMBasicBlockRef new_block(struct cg *g, const char *name)
{
	return LLVMAppendBasicBlockInContext(g->ctx, g->fn, name);
}

static void set_loc(struct cg *g, const struct loc *l)
{
	LLVMMetadataRef dl = LLVMDIBuilderCreateDebugLocation(
		g->ctx, (unsigned)l->first_line, (unsigned)l->first_column, g->sp, NULL);

	LLVMSetCurrentDebugLocation2(g->b, dl);
}

/* ---- maps ------------------------------------------------------------ */

static LLVMMetadataRef di_int_array(struct cg *g, LLVMMetadataRef elem,
				    unsigned elem_bits, uint64_t n)
{
	LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(g->di, 0, (int64_t)n);

	return LLVMDIBuilderCreateArrayType(g->di, n * elem_bits, elem_bits, elem, &sub, 1);
}

static LLVMMetadataRef di_ptr(struct cg *g, LLVMMetadataRef to)
{
	return LLVMDIBuilderCreatePointerType(g->di, to, 64, 64, 0, NULL, 0);
}

static LLVMMetadataRef di_member(struct cg *g, const char *name,
				 LLVMMetadataRef type, unsigned index)
{
	return LLVMDIBuilderCreateMemberType(g->di, g->di_file, name, strlen(name),
					     g->di_file, 0, 64, 64, index * 64,
					     LLVMDIFlagZero, type);
}

/* A BTF-defined map: a .maps global whose type is a struct of pointers,
 * "int (*type)[T]; int (*max_entries)[N]; K *key; V *value;" - libbpf reads
 * the numbers from the array sizes. key/value may be NULL (ring buffer). */
static LLVMValueRef def_map(struct cg *g, const char *name, unsigned type,
			    uint64_t max_entries, LLVMMetadataRef key,
			    LLVMMetadataRef value)
{
	LLVMMetadataRef members[4];
	unsigned n = 0;

	members[n] = di_member(g, "type", di_ptr(g, di_int_array(g, g->di_int, 32, type)), n);
	n++;
	members[n] = di_member(g, "max_entries",
			       di_ptr(g, di_int_array(g, g->di_int, 32, max_entries)), n);
	n++;
	if (key) {
		members[n] = di_member(g, "key", di_ptr(g, key), n);
		n++;
	}
	if (value) {
		members[n] = di_member(g, "value", di_ptr(g, value), n);
		n++;
	}
	LLVMMetadataRef st = LLVMDIBuilderCreateStructType(
		g->di, g->di_file, "", 0, g->di_file, 0, n * 64, 64, LLVMDIFlagZero,
		NULL, members, n, 0, NULL, "", 0);

	LLVMTypeRef fields[4];
	for (unsigned i = 0; i < n; i++)
		fields[i] = g->i8p;
	LLVMTypeRef t = LLVMStructTypeInContext(g->ctx, fields, n, 0);
	LLVMValueRef gv = LLVMAddGlobal(g->mod, t, name);
	LLVMSetInitializer(gv, LLVMConstNull(t));
	LLVMSetSection(gv, ".maps");
	LLVMSetAlignment(gv, 8);

	LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(g->di, NULL, 0);
	LLVMMetadataRef gve = LLVMDIBuilderCreateGlobalVariableExpression(
		g->di, g->di_cu, name, strlen(name), name, strlen(name), g->di_file,
		0, st, 0, expr, NULL, 64);
	LLVMGlobalSetMetadata(gv, LLVMGetMDKindIDInContext(g->ctx, "dbg", 3), gve);
	return gv;
}

/* ---- scratch memory -------------------------------------------------- */

/* A piece of this CPU's scratch buffer, for a string that is not written
 * straight into a record. Strings do not fit the 512-byte BPF stack. */
static LLVMValueRef scratch_alloc(struct cg *g, unsigned size)
{
	unsigned off = g->scratch_off;

	g->scratch_off += (size + 7) & ~7u;
	if (g->scratch_off > g->scratch_max)
		g->scratch_max = g->scratch_off;
	if (!g->scratch_slot) {
		/* The lookup is made once, in the entry block, after the body is
		 * built (see finish_function); uses load it from this slot. */
		LLVMBuilderRef eb = LLVMCreateBuilderInContext(g->ctx);

		LLVMPositionBuilderBefore(eb, LLVMGetFirstInstruction(g->entry));
		g->scratch_slot = LLVMBuildAlloca(eb, g->i8p, "scratch.slot");
		LLVMDisposeBuilder(eb);
	}
	LLVMValueRef base = LLVMBuildLoad2(g->b, g->i8p, g->scratch_slot, "scratch");
	return gep8(g, base, off);
}

/* ---- expressions ----------------------------------------------------- */

static LLVMValueRef emit_int(struct cg *g, struct node *n);
static void emit_str_into(struct cg *g, struct node *n, LLVMValueRef dst,
			  unsigned size);

static LLVMValueRef field_ptr(struct cg *g, const struct tp_field *f)
{
	return gep8(g, g->ctxarg, f->offset);
}

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
	case B_CPID: {
		/* A volatile load: the value is set by the runtime before load,
		 * LLVM must not fold the zero initializer. */
		LLVMValueRef l = LLVMBuildLoad2(g->b, g->i64, g->cpid, "cpid");
		LLVMSetVolatile(l, 1);
		return l;
	}
	default:
		return c64(g, 0);
	}
}

static LLVMValueRef bool64(struct cg *g, LLVMValueRef i1v)
{
	return LLVMBuildZExt(g->b, i1v, g->i64, "");
}

/* Is the string at p equal to the literal lit (len bytes, NUL excluded)?
 * Compares the literal's bytes and its terminating NUL; a buffer too small
 * to hold the literal never equals it. */
static LLVMValueRef str_eq_lit(struct cg *g, LLVMValueRef p, unsigned size,
			       const char *lit, size_t len)
{
	if (len + 1 > size)
		return LLVMConstInt(g->i1, 0, 0);
	LLVMValueRef acc = NULL;
	for (size_t i = 0; i <= len; i++) {
		LLVMValueRef c = LLVMBuildLoad2(g->b, g->i8, gep8(g, p, i), "");
		LLVMValueRef e = LLVMBuildICmp(g->b, LLVMIntEQ, c,
			LLVMConstInt(g->i8, i < len ? (unsigned char)lit[i] : 0, 0), "");
		acc = acc ? LLVMBuildAnd(g->b, acc, e, "") : e;
	}
	return acc;
}

/* Byte by byte, up to the shorter buffer or the first NUL. */
static LLVMValueRef str_eq(struct cg *g, LLVMValueRef a, LLVMValueRef b,
			   unsigned size)
{
	LLVMBasicBlockRef done = new_block(g, "streq.done");
	LLVMBasicBlockRef *from = xcalloc(size + 1, sizeof(*from));
	LLVMValueRef *vals = xcalloc(size + 1, sizeof(*vals));
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

	if (r->kind == N_STR || l->kind == N_STR) {
		struct node *lit = r->kind == N_STR ? r : l, *other = lit == r ? l : r;

		if (other->kind == N_STR)
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

static LLVMValueRef emit_binop(struct cg *g, struct node *n)
{
	enum op op = n->bin.op;

	if (n->bin.l->type.kind == TY_STR)
		return emit_str_cmp(g, n);
	if (op == OP_LAND || op == OP_LOR)
		return emit_logic(g, n);

	LLVMValueRef l = emit_int(g, n->bin.l), r = emit_int(g, n->bin.r);
	bool sgn = n->type.is_signed;

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
	case OP_EQ: return bool64(g, LLVMBuildICmp(g->b, LLVMIntEQ, l, r, ""));
	case OP_NE: return bool64(g, LLVMBuildICmp(g->b, LLVMIntNE, l, r, ""));
	case OP_LT: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSLT : LLVMIntULT, l, r, ""));
	case OP_LE: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSLE : LLVMIntULE, l, r, ""));
	case OP_GT: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSGT : LLVMIntUGT, l, r, ""));
	case OP_GE: return bool64(g, LLVMBuildICmp(g->b, sgn ? LLVMIntSGE : LLVMIntUGE, l, r, ""));
	default: return c64(g, 0);
	}
}

static LLVMValueRef emit_int(struct cg *g, struct node *n)
{
	switch (n->kind) {
	case N_INT:
		return c64(g, n->num);
	case N_IDENT:
		return emit_builtin_int(g, n);
	case N_MEMBER: {
		const struct tp_field *f = n->member.field;

		/* Tracepoint records are read straight from the context: the
		 * verifier allows aligned loads at constant offsets. */
		return load_n(g, field_ptr(g, f), f->size > 8 ? 8 : f->size,
			      f->kind == FK_INT && f->is_signed);
	}
	case N_BINOP:
		return emit_binop(g, n);
	case N_UNOP: {
		LLVMValueRef v = emit_int(g, n->un.e);

		switch (n->un.op) {
		case OP_NEG: return LLVMBuildNeg(g->b, v, "");
		case OP_BNOT: return LLVMBuildNot(g->b, v, "");
		default: return bool64(g, LLVMBuildICmp(g->b, LLVMIntEQ, v, c64(g, 0), ""));
		}
	}
	case N_TERNARY: {
		LLVMValueRef c = LLVMBuildICmp(g->b, LLVMIntNE, emit_int(g, n->tern.c), c64(g, 0), "");
		LLVMBasicBlockRef bt = new_block(g, "tern.t"), bf = new_block(g, "tern.f");
		LLVMBasicBlockRef done = new_block(g, "tern.done");

		LLVMBuildCondBr(g->b, c, bt, bf);
		LLVMPositionBuilderAtEnd(g->b, bt);
		LLVMValueRef vt = emit_int(g, n->tern.t);
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

static void emit_str_into(struct cg *g, struct node *n, LLVMValueRef dst,
			  unsigned size)
{
	switch (n->kind) {
	case N_STR:
		store_literal(g, dst, n->str.s, n->str.len, size);
		return;
	case N_IDENT: {	/* comm */
		LLVMValueRef args[] = { dst, c32(g, size < 16 ? size : 16) };

		emit_helper(g, BPF_FUNC_get_current_comm, g->i64, args, 2);
		return;
	}
	case N_MEMBER: {
		const struct tp_field *f = n->member.field;
		LLVMValueRef src = field_ptr(g, f);

		if (f->kind == FK_DATALOC_STR) {
			/* __data_loc: a u32 whose low half is the offset of the
			 * string in the record and whose high half its length. */
			LLVMValueRef loc = load_n(g, src, 4, false);
			LLVMValueRef off = LLVMBuildAnd(g->b, loc, c64(g, 0xffff), "");
			LLVMValueRef base = LLVMBuildPtrToInt(g->b, g->ctxarg, g->i64, "");
			src = LLVMBuildIntToPtr(g->b, LLVMBuildAdd(g->b, base, off, ""), g->i8p, "");
		}
		LLVMValueRef args[] = { dst, c32(g, size), src };
		emit_helper(g, BPF_FUNC_probe_read_kernel_str, g->i64, args, 3);
		return;
	}
	case N_CALL: {	/* str(p [, n]) */
		struct node *a = n->call.args;

		if (a->type.kind == TY_STR) {
			emit_str_into(g, a, dst, size < a->type.size ? size : a->type.size);
			return;
		}
		unsigned sz = size < n->type.size ? size : n->type.size;
		LLVMValueRef p = LLVMBuildIntToPtr(g->b, emit_int(g, a), g->i8p, "");
		LLVMValueRef args[] = { dst, c32(g, sz), p };
		emit_helper(g, a->type.kind == TY_PTR && a->type.user
				? BPF_FUNC_probe_read_user_str : BPF_FUNC_probe_read_kernel_str,
			    g->i64, args, 3);
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

/* ---- records --------------------------------------------------------- */

static void count_lost(struct cg *g)
{
	LLVMValueRef p = emit_map_lookup(g, g->stats, to_i8p(g, g->zero_key));
	LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");
	LLVMBasicBlockRef inc = new_block(g, "lost.inc"), done = new_block(g, "lost.done");

	LLVMBuildCondBr(g->b, ok, inc, done);
	LLVMPositionBuilderAtEnd(g->b, inc);
	LLVMValueRef slot = gep8(g, p, TP_STAT_LOST * 8);
	store_n(g, slot, LLVMBuildAdd(g->b, load_n(g, slot, 8, false), c64(g, 1), ""), 8);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

/* Reserve a record in the ring buffer, write the header and the arguments
 * straight into it (strings are read into the record itself, no copy), and
 * submit it. A full ring buffer is counted, not silent. */
static void emit_record(struct cg *g, int rec_id, struct node *args)
{
	const struct rec_desc *r = &g->s->prog.recs[rec_id];
	LLVMValueRef ints[64];
	unsigned i = 0;

	/* Integer arguments first, so the reservation is held briefly. */
	for (struct node *a = args; a; a = a->next, i++)
		ints[i] = r->args[i].kind == RA_INT ? emit_int(g, a) : NULL;

	LLVMValueRef rargs[] = { to_i8p(g, g->ringbuf), c64(g, r->size), c64(g, 0) };
	LLVMValueRef p = emit_helper(g, BPF_FUNC_ringbuf_reserve, g->i8p, rargs, 3);
	LLVMValueRef ok = LLVMBuildICmp(g->b, LLVMIntNE, p, LLVMConstNull(g->i8p), "");
	LLVMBasicBlockRef fill = new_block(g, "rec.fill"), lost = new_block(g, "rec.lost");
	LLVMBasicBlockRef done = new_block(g, "rec.done");

	LLVMBuildCondBr(g->b, ok, fill, lost);
	LLVMPositionBuilderAtEnd(g->b, lost);
	count_lost(g);
	LLVMBuildBr(g->b, done);

	LLVMPositionBuilderAtEnd(g->b, fill);
	store_n(g, p, c64(g, (uint64_t)r->type | (uint64_t)rec_id << 32), 8);
	i = 0;
	for (struct node *a = args; a; a = a->next, i++) {
		const struct rec_arg *ra = &r->args[i];

		if (ra->kind == RA_INT)
			store_n(g, gep8(g, p, ra->offset), ints[i], 8);
		else
			emit_str_into(g, a, gep8(g, p, ra->offset), ra->size);
	}
	LLVMValueRef sargs[] = { p, c64(g, 0) };
	emit_helper(g, BPF_FUNC_ringbuf_submit, g->void_t, sargs, 2);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

static void emit_call_stmt(struct cg *g, struct node *n)
{
	switch (n->call.fn->id) {
	case F_PRINTF:
		emit_record(g, n->call.rec_id, n->call.args->next);
		break;
	case F_PRINT:
		emit_record(g, n->call.rec_id, n->call.args);
		break;
	case F_EXIT:
		emit_record(g, n->call.rec_id, NULL);
		break;
	case F_STR:
		break;	/* no effect */
	}
}

/* ---- statements and functions ---------------------------------------- */

static void emit_stmt(struct cg *g, struct node *n)
{
	set_loc(g, &n->loc);
	switch (n->kind) {
	case N_EXPR_STMT:
		if (n->expr.e->kind == N_CALL)
			emit_call_stmt(g, n->expr.e);
		else if (n->expr.e->type.kind == TY_INT || n->expr.e->type.kind == TY_PTR)
			emit_int(g, n->expr.e);
		break;
	case N_BLOCK:
		for (struct node *s = n->block.stmts; s; s = s->next)
			emit_stmt(g, s);
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

static void emit_function(struct cg *g, unsigned idx)
{
	struct prog_probe *pp = &g->s->prog.probes[idx];
	struct probe_inst *in = &g->s->insts[idx];
	const char *section = pp->kind == PK_TRACEPOINT
		? arena_printf(g->s->arena, "tracepoint/%s/%s", pp->category, pp->name)
		: "raw_tp";
	LLVMTypeRef fty = LLVMFunctionType(g->i32, &g->i8p, 1, 0);

	g->inst = in;
	g->pp = pp;
	g->fn = LLVMAddFunction(g->mod, pp->prog_name, fty);
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
	g->sp = LLVMDIBuilderCreateFunction(g->di, g->di_file, pp->prog_name, strlen(pp->prog_name),
					    pp->prog_name, strlen(pp->prog_name), g->di_file, line,
					    sty, 0, 1, line, LLVMDIFlagPrototyped, 1);
	LLVMSetSubprogram(g->fn, g->sp);
	LLVMMetadataRef pv = LLVMDIBuilderCreateParameterVariable(g->di, g->sp, "ctx", 3, 1,
								  g->di_file, line, di_ctx, 1,
								  LLVMDIFlagZero);

	g->entry = new_block(g, "entry");
	LLVMBasicBlockRef body = new_block(g, "body");
	LLVMBasicBlockRef ret = new_block(g, "return");
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

static void add_license(struct cg *g)
{
	static const char lic[] = "GPL";	/* ring buffer and probe_read helpers are GPL-only */
	LLVMValueRef init = LLVMConstStringInContext(g->ctx, lic, sizeof(lic) - 1, 0);
	LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), "_license");

	LLVMSetInitializer(gv, init);
	LLVMSetSection(gv, "license");
}

static void add_cpid(struct cg *g)
{
	g->cpid = LLVMAddGlobal(g->mod, g->i64, TP_CPID_VAR);
	LLVMSetInitializer(g->cpid, c64(g, 0));
	LLVMSetGlobalConstant(g->cpid, 1);
	LLVMSetSection(g->cpid, ".rodata");
	LLVMSetAlignment(g->cpid, 8);
	LLVMMetadataRef u64c = LLVMDIBuilderCreateQualifiedType(g->di, 0x26 /* DW_TAG_const_type */,
								g->di_u64);
	LLVMMetadataRef gve = LLVMDIBuilderCreateGlobalVariableExpression(
		g->di, g->di_cu, TP_CPID_VAR, strlen(TP_CPID_VAR), TP_CPID_VAR,
		strlen(TP_CPID_VAR), g->di_file, 0, u64c, 0,
		LLVMDIBuilderCreateExpression(g->di, NULL, 0), NULL, 64);
	LLVMGlobalSetMetadata(g->cpid, LLVMGetMDKindIDInContext(g->ctx, "dbg", 3), gve);
}

int codegen_emit(struct sema *s, const struct codegen_opts *o)
{
	struct cg g = { .s = s };
	struct diag *d = s->diag;
	const struct source *src = d->src;
	char *err = NULL;
	int rc = -1;

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
	g.ringbuf = def_map(&g, TP_RINGBUF_MAP, BPF_MAP_TYPE_RINGBUF, s->prog.ringbuf_size,
			    NULL, NULL);
	g.stats = def_map(&g, TP_STATS_MAP, BPF_MAP_TYPE_PERCPU_ARRAY, 1, g.di_int,
			  di_int_array(&g, g.di_u64, 64, TP_STAT_N));
	/* The scratch map's global is made now, its type once its size is
	 * known: after every function. */
	LLVMTypeRef sfields[] = { g.i8p, g.i8p, g.i8p, g.i8p };
	LLVMTypeRef st = LLVMStructTypeInContext(g.ctx, sfields, 4, 0);
	g.scratch = LLVMAddGlobal(g.mod, st, "tp_scratch");
	if (s->prog.uses_cpid)
		add_cpid(&g);

	for (unsigned i = 0; i < s->prog.nprobes; i++)
		emit_function(&g, i);

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

	if (o->opt_level > 0) {
		LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
		LLVMErrorRef e = LLVMRunPasses(g.mod, "default<O2>", g.tm, po);

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
	}
	LLVMMemoryBufferRef mb;
	if (LLVMTargetMachineEmitToMemoryBuffer(g.tm, g.mod, LLVMObjectFile, &err, &mb)) {
		diag_plain(d, "internal error: LLVM could not emit the BPF object: %s", err);
		LLVMDisposeMessage(err);
		goto out;
	}
	s->prog.elf_size = LLVMGetBufferSize(mb);
	s->prog.elf = xmalloc(s->prog.elf_size);
	memcpy(s->prog.elf, LLVMGetBufferStart(mb), s->prog.elf_size);
	LLVMDisposeMemoryBuffer(mb);
	rc = 0;
out:
	if (g.di)
		LLVMDisposeDIBuilder(g.di);
	LLVMDisposeBuilder(g.b);
	LLVMDisposeModule(g.mod);
	if (g.tm)
		LLVMDisposeTargetMachine(g.tm);
	LLVMContextDispose(g.ctx);
	return rc;
}
