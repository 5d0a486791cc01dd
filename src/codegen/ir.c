// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* ir.c - a thin layer over the LLVM C API for the BPF target: constants,
 * byte-addressed loads and stores, helper calls by id, map lookups, blocks,
 * debug locations, and the memory temporaries live in (the stack, or this
 * CPU's scratch buffer). codegen.c's lowering is written in these; none
 * calls back into it. */
#include "cg.h"

/* ---- small helpers over the C API ----------------------------------- */

LLVMValueRef c64(struct cg *g, uint64_t v)
{
	return LLVMConstInt(g->i64, v, 0);
}

LLVMValueRef c32(struct cg *g, uint64_t v)
{
	return LLVMConstInt(g->i32, v, 0);
}

LLVMValueRef to_i8p(struct cg *g, LLVMValueRef p)
{
	return LLVMBuildBitCast(g->b, p, g->i8p, "");
}

LLVMValueRef gep8(struct cg *g, LLVMValueRef base, uint64_t off)
{
	LLVMValueRef idx = c64(g, off);

	if (!off)
		return base;
	return LLVMBuildGEP2(g->b, g->i8, base, &idx, 1, "");
}

LLVMValueRef load_n(struct cg *g, LLVMValueRef p8, unsigned size,
		    bool sext)
{
	LLVMTypeRef t = LLVMIntTypeInContext(g->ctx, size * 8);
	LLVMValueRef v = LLVMBuildLoad2(g->b, t,
		LLVMBuildBitCast(g->b, p8, LLVMPointerType(t, 0), ""), "");

	if (size == 8)
		return v;
	return sext ? LLVMBuildSExt(g->b, v, g->i64, "") : LLVMBuildZExt(g->b, v, g->i64, "");
}

void store_n(struct cg *g, LLVMValueRef p8, LLVMValueRef v, unsigned size)
{
	LLVMTypeRef t = LLVMIntTypeInContext(g->ctx, size * 8);

	if (LLVMTypeOf(v) != t)
		v = LLVMBuildTrunc(g->b, v, t, "");
	LLVMBuildStore(g->b, v, LLVMBuildBitCast(g->b, p8, LLVMPointerType(t, 0), ""));
}

/* Helpers are called through their id cast to a function pointer, as clang
 * does for BPF. */
LLVMValueRef emit_helper(struct cg *g, int id, LLVMTypeRef ret,
			 LLVMValueRef *args, unsigned n)
{
	LLVMTypeRef params[5];

	for (unsigned i = 0; i < n; i++)
		params[i] = LLVMTypeOf(args[i]);
	LLVMTypeRef fty = LLVMFunctionType(ret, params, n, 0);
	LLVMValueRef fp = LLVMConstIntToPtr(c64(g, (uint64_t)id), LLVMPointerType(fty, 0));
	return LLVMBuildCall2(g->b, fty, fp, args, n, "");
}

LLVMValueRef emit_map_lookup(struct cg *g, LLVMValueRef map,
			     LLVMValueRef key8)
{
	LLVMValueRef args[] = { to_i8p(g, map), key8 };

	return emit_helper(g, BPF_FUNC_map_lookup_elem, g->i8p, args, 2);
}

LLVMBasicBlockRef new_block(struct cg *g, const char *name)
{
	return LLVMAppendBasicBlockInContext(g->ctx, g->fn, name);
}

void set_loc(struct cg *g, const struct loc *l)
{
	LLVMMetadataRef dl = LLVMDIBuilderCreateDebugLocation(
		g->ctx, (unsigned)l->first_line, (unsigned)l->first_column, g->sp, NULL);

	LLVMSetCurrentDebugLocation2(g->b, dl);
}

/* ---- scratch memory -------------------------------------------------- */

/* A piece of this CPU's scratch buffer, for a string that is not written
 * straight into a record. Strings do not fit the 512-byte BPF stack. */
LLVMValueRef scratch_alloc(struct cg *g, unsigned size)
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

/* Where tp_ro's zeros start: after struct tp_rodata and the parameters. */
unsigned zero_off(const struct cg *g)
{
	return (unsigned)sizeof(struct tp_rodata) + g->tp->prog->params_size;
}

/* A u64 of tp_ro. The load is volatile: the runtime fills the variable
 * in before load, so LLVM must not fold its zero initializer. */
LLVMValueRef rodata_u64(struct cg *g, unsigned off)
{
	LLVMValueRef p = gep8(g, to_i8p(g, g->rodata), off);
	LLVMValueRef l = LLVMBuildLoad2(g->b, g->i64,
					LLVMBuildBitCast(g->b, p, LLVMPointerType(g->i64, 0), ""), "");

	LLVMSetVolatile(l, 1);
	return l;
}

/* n bytes of tp_ro at off into dst, by volatile loads: a memcpy from the
 * constant would be folded to its zero initializer. */
void rodata_copy(struct cg *g, LLVMValueRef dst, unsigned off, unsigned n)
{
	LLVMValueRef base = to_i8p(g, g->rodata);
	unsigned i = 0;

	for (; i + 8 <= n; i += 8) {
		LLVMValueRef l = LLVMBuildLoad2(g->b, g->i64, LLVMBuildBitCast(g->b,
			gep8(g, base, off + i), LLVMPointerType(g->i64, 0), ""), "");

		LLVMSetVolatile(l, 1);
		LLVMSetAlignment(l, 8);
		store_n(g, gep8(g, dst, i), l, 8);
	}
	for (; i < n; i++) {
		LLVMValueRef l = LLVMBuildLoad2(g->b, g->i8, gep8(g, base, off + i), "");

		LLVMSetVolatile(l, 1);
		store_n(g, gep8(g, dst, i), l, 1);
	}
}

void emit_copy(struct cg *g, LLVMValueRef dst, LLVMValueRef src, unsigned size)
{
	if (size <= INLINE_COPY_MAX) {
		LLVMBuildMemCpy(g->b, dst, 1, src, 1, c64(g, size));
		return;
	}
	LLVMValueRef args[] = { dst, c32(g, size), src };
	emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
}

void emit_zero(struct cg *g, LLVMValueRef dst, unsigned size)
{
	if (size <= INLINE_COPY_MAX) {
		LLVMBuildMemSet(g->b, dst, LLVMConstInt(g->i8, 0, 0), c64(g, size), 1);
		return;
	}
	if (size <= g->zero_size) {
		emit_copy(g, dst, gep8(g, to_i8p(g, g->rodata), zero_off(g)), size);
		return;
	}
	/* More than tp_ro's zeros (a large buf()): a read at address 0 fails,
	 * and the helper zeroes its destination when it fails. */
	LLVMValueRef args[] = { dst, c32(g, size), LLVMConstNull(g->i8p) };
	emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, args, 3);
}

/* Memory for a temporary of size bytes: the stack when small (the BPF
 * stack is 512 bytes), else this CPU's scratch buffer. */
LLVMValueRef temp_alloc(struct cg *g, unsigned size)
{
	if (size > 64)
		return scratch_alloc(g, size);
	size = (size + 7) & ~7u;
	/* Temporaries live within one statement (emit_stmt releases them
	 * after it), so a later statement reuses the slots: a probe with
	 * forty map stores still fits the 512-byte stack. */
	for (unsigned i = g->temps_used; i < g->ntemps; i++) {
		if (g->temps[i].size >= size) {
			struct temp t = g->temps[i];

			g->temps[i] = g->temps[g->temps_used];
			g->temps[g->temps_used++] = t;
			return to_i8p(g, t.a);
		}
	}
	LLVMBuilderRef eb = LLVMCreateBuilderInContext(g->ctx);
	LLVMTypeRef t = LLVMArrayType(g->i64, size / 8);

	LLVMPositionBuilderBefore(eb, LLVMGetFirstInstruction(g->entry));
	LLVMValueRef a = LLVMBuildAlloca(eb, t, "tmp");
	LLVMDisposeBuilder(eb);
	g->temps = xrealloc(g->temps, (g->ntemps + 1) * sizeof(*g->temps));
	g->temps[g->ntemps] = g->temps[g->temps_used];
	g->temps[g->temps_used++] = (struct temp){ a, size };
	g->ntemps++;
	return to_i8p(g, a);
}

LLVMValueRef bool64(struct cg *g, LLVMValueRef i1v)
{
	return LLVMBuildZExt(g->b, i1v, g->i64, "");
}
