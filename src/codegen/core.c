// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* core.c - kernel struct accesses compiled with CO-RE relocations.
 *
 * Every member of a kernel struct or union is reached through LLVM's
 * llvm.preserve.struct.access.index (or .union.) intrinsic, carrying the
 * debug-info type of the struct it steps into. LLVM's BPF backend turns
 * each chain of them into one .BTF.ext field relocation ("task_struct,
 * member 0:57") whose offset libbpf rewrites at load for the running
 * kernel: an object or --aot executable built against one kernel's
 * layouts reads the right bytes on another.
 *
 * The debug-info types are built from the kernel's BTF, with only the
 * members the script uses (libbpf matches structs and members by name; the
 * offsets here are only the first guess). In the IR a struct is one i64 per
 * member used: the offset comes from the relocation, never from an LLVM
 * layout. The pass
 * that lowers the intrinsics runs from the pass builder's pipeline-start
 * hook, so the pipeline must hold a default<O...> element (codegen.c).
 *
 * The script's own struct types (check/stypes.h) are not in the kernel's
 * BTF: their members are reached by plain offsets.
 *
 * Bitfields are read as libbpf's BPF_CORE_READ_BITFIELD_PROBED does: their
 * byte offset, byte size and shifts are relocations too
 * (llvm.bpf.preserve.field.info).
 *
 * LLVM 14's lowering pass keeps, across modules, one global per access
 * chain, keyed by the struct's name and the member path, and reuses it in
 * the next module of the process that makes the same access: after the
 * first module is freed, a dangling one (the second compile of --aot,
 * reloc.c, crashed on it). A module after the first one of the process
 * names its structs with a libbpf "flavor" suffix, NAME___N, which libbpf
 * ignores when it matches them against the kernel's types: its keys are
 * new, and its relocations resolve the same. */
#include "cg.h"

#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "check/funcid.h"
#include "kernel/kbtf.h"
#include "kernel/tracefs.h"
#include "program/tprog.h"

/* A struct or union the script steps into: its IR and debug-info types
 * and the members used, in BTF order (a member's position here is its
 * index in the debug-info type). */
struct core_rec {
	uint32_t id;
	LLVMTypeRef ir;
	LLVMMetadataRef di;
	unsigned *members;
	unsigned nmembers;
};

static struct core_rec *rec_find(struct cg *g, uint32_t id)
{
	for (unsigned i = 0; i < g->nrecs; i++)
		if (g->recs[i].id == id)
			return &g->recs[i];
	return NULL;
}

static void use_member(struct cg *g, uint32_t rec, unsigned idx)
{
	struct core_rec *r = rec_find(g, rec);

	if (!r) {	/* idx ~0u: the struct only, no member */
		if (g->nrecs == g->recs_cap) {
			g->recs_cap = g->recs_cap ? g->recs_cap * 2 : 8;
			g->recs = realloc(g->recs, g->recs_cap * sizeof(*g->recs));
			if (!g->recs)
				abort();
		}
		r = &g->recs[g->nrecs++];
		*r = (struct core_rec){ .id = rec };
	}
	if (idx == ~0u)
		return;
	for (unsigned i = 0; i < r->nmembers; i++)
		if (r->members[i] == idx)
			return;
	r->members = realloc(r->members, (r->nmembers + 1) * sizeof(*r->members));
	if (!r->members)
		abort();
	unsigned i = r->nmembers++;
	while (i > 0 && r->members[i - 1] > idx) {
		r->members[i] = r->members[i - 1];
		i--;
	}
	r->members[i] = idx;
}

static void show(struct cg *g, uint32_t id, const struct rec_arg *ra, LLVMValueRef addr,
		 LLVMValueRef dst, bool user);

static bool collect(const struct node *n, void *arg)
{
	struct cg *g = arg;

	if (n->kind == N_MEMBER && n->member.kmem && !kbtf_is_script(g->tp->btf,
								     n->member.kmem->steps[0].rec_id))
		for (unsigned i = 0; i < n->member.kmem->nsteps; i++)
			use_member(g, n->member.kmem->steps[i].rec_id, n->member.kmem->steps[i].index);
	if (n->kind == N_CALL && n->call.fn && n->call.fn->id == F_PRINT && n->call.args &&
	    n->call.args->type.kind == TY_KOBJ)
		show(g, n->call.args->type.btf_id, &g->tp->prog->recs[n->call.rec_id].args[0],
		     NULL, NULL, false);
	if (n->type.kind == TY_KOBJ && n->type.shape)	/* read as a value */
		show(g, n->type.btf_id, n->type.shape, NULL, NULL, false);
	if (n->kind == N_CALL && n->call.fn && n->call.fn->id == F_PRINT && n->call.args &&
	    n->call.args->type.kind == TY_ARGS) {	/* a raw tracepoint's structs by value */
		const struct rec_arg *ra = &g->tp->prog->recs[n->call.rec_id].args[0];

		for (unsigned i = 0; i < ra->nelems; i++) {
			const struct tp_field *f = tp_format_field(n->call.args->type.format,
								   ra->elems[i].name);

			if (f && f->kind == FK_RECORD)
				show(g, f->btf_id, &ra->elems[i], NULL, NULL, false);
		}
	}
	node_any_child(n, collect, g);
	return false;
}

void core_collect(struct cg *g)
{
	g->btf = g->tp->btf;	/* show() walks it */
	for (unsigned i = 0; i < g->tp->prog->nprobes; i++) {
		if (g->tp->insts[i].pred)
			collect(g->tp->insts[i].pred, g);
		collect(g->tp->insts[i].body, g);
	}
	g->btf = g->tp->btf;
}

/* Modules this process compiled before the current one. */
static unsigned modules_before;

void core_free(struct cg *g)
{
	if (g->nrecs)
		modules_before++;
	for (unsigned i = 0; i < g->nrecs; i++)
		free(g->recs[i].members);
	free(g->recs);
}

static LLVMMetadataRef di_record(struct cg *g, uint32_t id);

/* The debug-info type of a member: integers and enums as themselves,
 * pointers as void * (CO-RE accepts any pointer for a pointer), structs
 * and unions with their used members, arrays of those. */
static LLVMMetadataRef di_of(struct cg *g, uint32_t id, int depth)
{
	uint32_t sid = kbtf_skip(g->btf, id, NULL);
	const struct btf_type *t = sid ? btf__type_by_id(g->btf, sid) : NULL;
	const char *name;

	if (!t || depth > 8)
		return g->di_u64;
	name = btf__name_by_offset(g->btf, t->name_off);
	switch (btf_kind(t)) {
	case BTF_KIND_INT: {
		unsigned enc = btf_int_encoding(t);
		unsigned dw = enc & BTF_INT_BOOL ? 0x02 /* DW_ATE_boolean */
			      : enc & BTF_INT_CHAR ? (enc & BTF_INT_SIGNED ? 0x06 : 0x08)
			      : enc & BTF_INT_SIGNED ? 0x05 : 0x07;

		return LLVMDIBuilderCreateBasicType(g->di, name, strlen(name), t->size * 8, dw,
						    LLVMDIFlagZero);
	}
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		/* CO-RE matches enums by name; the enumerators are not needed */
		return LLVMDIBuilderCreateEnumerationType(g->di, g->di_file, name, strlen(name),
							  g->di_file, 0, t->size * 8, 0, NULL, 0,
							  g->di_u64);
	case BTF_KIND_PTR:
		return di_ptr(g, NULL);
	case BTF_KIND_ARRAY: {
		const struct btf_array *a = btf_array(t);
		LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(g->di, 0, a->nelems);

		return LLVMDIBuilderCreateArrayType(g->di, kbtf_size(g->btf, sid) * 8, 0,
						    di_of(g, a->type, depth + 1), &sub, 1);
	}
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return di_record(g, sid);
	default:
		return g->di_u64;
	}
}

static LLVMMetadataRef di_record(struct cg *g, uint32_t id)
{
	struct core_rec *r = rec_find(g, id);
	const struct btf_type *t = btf__type_by_id(g->btf, id);
	const char *name = btf__name_by_offset(g->btf, t->name_off);
	uint64_t bits = (uint64_t)t->size * 8;
	LLVMMetadataRef *m;
	unsigned n;

	if (!r) {	/* stepped over, not into: no members needed */
		use_member(g, id, ~0u);
		r = rec_find(g, id);
	}
	if (r->di)
		return r->di;
	n = r->nmembers;
	m = calloc(n ? n : 1, sizeof(*m));
	if (!m)
		abort();
	/* di_of may add structs to g->recs (moving them): r is found again
	 * after the members */
	for (unsigned i = 0; i < n; i++) {
		unsigned idx = rec_find(g, id)->members[i];
		const struct btf_member *bm = btf_members(t) + idx;
		const char *mn = btf__name_by_offset(g->btf, bm->name_off);
		unsigned bsz = btf_member_bitfield_size(t, idx);
		uint64_t off = btf_member_bit_offset(t, idx);
		LLVMMetadataRef mt = di_of(g, bm->type, 0);

		if (bsz)
			m[i] = LLVMDIBuilderCreateBitFieldMemberType(
				g->di, g->di_file, mn, strlen(mn), g->di_file, 0, bsz, off,
				off & ~31ull, LLVMDIFlagZero, mt);
		else
			m[i] = LLVMDIBuilderCreateMemberType(
				g->di, g->di_file, mn, strlen(mn), g->di_file, 0,
				kbtf_size(g->btf, bm->type) * 8, 0, off, LLVMDIFlagZero, mt);
	}
	r = rec_find(g, id);
	char *name_buf = (char *)name;
	if (modules_before && *name) {
		size_t len = strlen(name) + 16;

		name_buf = malloc(len);
		if (!name_buf)
			abort();
		snprintf(name_buf, len, "%s___%u", name, modules_before);
		name = name_buf;
	}
	if (btf_is_union(t))
		r->di = LLVMDIBuilderCreateUnionType(g->di, g->di_file, name, strlen(name),
						     g->di_file, 0, bits, 0, LLVMDIFlagZero, m, n,
						     0, "", 0);
	else
		r->di = LLVMDIBuilderCreateStructType(g->di, g->di_file, name, strlen(name),
						      g->di_file, 0, bits, 0, LLVMDIFlagZero, NULL,
						      m, n, 0, NULL, "", 0);
	free(m);
	if (name_buf != name)
		free(name_buf);
	return r->di;
}

static LLVMTypeRef ir_record(struct cg *g, struct core_rec *r)
{
	if (!r->ir) {
		const struct btf_type *t = btf__type_by_id(g->btf, r->id);
		const char *name = btf__name_by_offset(g->btf, t->name_off);
		char buf[160];

		if (name && *name)
			snprintf(buf, sizeof(buf), "%s.%s", btf_is_union(t) ? "union" : "struct", name);
		else
			snprintf(buf, sizeof(buf), "%s.anon.%u", btf_is_union(t) ? "union" : "struct",
				 r->id);
		r->ir = LLVMStructCreateNamed(g->ctx, buf);
		/* Where LLVM's pass merges a chain of accesses into one
		 * relocation, it turns the inner ones into plain GEPs, which
		 * need an element at each index: one i64 per member used (the
		 * offsets come from the relocation, never from this). i64,
		 * not i8: LLVM's pass takes the struct's alignment from it and
		 * refuses a bitfield that crosses it. */
		unsigned n = r->nmembers ? r->nmembers : 1;
		LLVMTypeRef *el = calloc(n, sizeof(*el));
		if (!el)
			abort();
		for (unsigned i = 0; i < n; i++)
			el[i] = g->i64;
		LLVMStructSetBody(r->ir, el, n, 0);
		free(el);
	}
	return r->ir;
}

/* One step: the address of member idx of the struct or union at p. */
static LLVMValueRef access(struct cg *g, LLVMValueRef p, const struct kbtf_step *st,
			   LLVMValueRef *callp)
{
	LLVMMetadataRef di = di_record(g, st->rec_id);	/* first: it may move g->recs */
	struct core_rec *r = rec_find(g, st->rec_id);
	const struct btf_type *t = btf__type_by_id(g->btf, st->rec_id);
	LLVMTypeRef rt = ir_record(g, r), rpt = LLVMPointerType(rt, 0);
	unsigned di_idx = 0;
	bool uni = btf_is_union(t);
	LLVMValueRef call;

	while (di_idx < r->nmembers && r->members[di_idx] != st->index)
		di_idx++;
	p = LLVMBuildBitCast(g->b, p, rpt, "");
	if (uni) {
		/* overloaded on its result and its base: both the union */
		LLVMTypeRef tys[] = { rpt, rpt };
		unsigned iid = LLVMLookupIntrinsicID("llvm.preserve.union.access.index", 32);
		LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, iid, tys, 2);
		LLVMValueRef args[] = { p, c32(g, di_idx) };

		call = LLVMBuildCall2(g->b, LLVMIntrinsicGetType(g->ctx, iid, tys, 2), fn, args, 2, "");
	} else {
		LLVMTypeRef tys[] = { g->i8p, rpt };
		unsigned iid = LLVMLookupIntrinsicID("llvm.preserve.struct.access.index", 33);
		LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, iid, tys, 2);
		LLVMValueRef args[] = { p, c32(g, di_idx), c32(g, di_idx) };

		call = LLVMBuildCall2(g->b, LLVMIntrinsicGetType(g->ctx, iid, tys, 2), fn, args, 3, "");
		/* the verifier of LLVM's pass wants the pointee type said */
		LLVMAddCallSiteAttribute(call, 1, LLVMCreateTypeAttribute(
			g->ctx, LLVMGetEnumAttributeKindForName("elementtype", 11), rt));
	}
	LLVMSetMetadata(call, LLVMGetMDKindID("llvm.preserve.access.index", 26),
			LLVMMetadataAsValue(g->ctx, di));
	if (callp)
		*callp = call;
	return to_i8p(g, call);
}

LLVMValueRef core_member_addr(struct cg *g, LLVMValueRef p, const struct kbtf_member *km)
{
	/* the script's own types are not the kernel's: their layout is
	 * known here, and no relocation could find them */
	if (kbtf_is_script(g->btf, km->steps[0].rec_id))
		return LLVMBuildGEP2(g->b, g->i8, p, (LLVMValueRef[]){ c64(g, km->bit_off / 8) }, 1, "");
	if (km->bit_size)
		return p;	/* core_read_bits steps from the root */
	for (unsigned i = 0; i < km->nsteps; i++)
		p = access(g, p, &km->steps[i], NULL);
	return p;
}

/* What libbpf says of a field at load (relocated): enum bpf_field_info_kind */
enum { FIELD_BYTE_OFFSET = 0, FIELD_BYTE_SIZE = 1, FIELD_EXISTS = 2, FIELD_LSHIFT_U64 = 4,
       FIELD_RSHIFT_U64 = 5 };

static LLVMValueRef field_info(struct cg *g, LLVMValueRef access_call, uint64_t kind)
{
	LLVMTypeRef tys[] = { g->i8p };
	unsigned iid = LLVMLookupIntrinsicID("llvm.bpf.preserve.field.info", 28);
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, iid, tys, 1);
	LLVMValueRef args[] = { access_call, c64(g, kind) };

	return LLVMBuildCall2(g->b, LLVMIntrinsicGetType(g->ctx, iid, tys, 1), fn, args, 2, "");
}

/* A bitfield member of the struct at root, as an i64, sign-extended when
 * signed. Where it lies, how many bytes hold it and the shifts that take
 * it out of them are all relocated, as BPF_CORE_READ_BITFIELD_PROBED
 * does: read BYTE_SIZE bytes at BYTE_OFFSET into a u64, shift left by
 * LSHIFT_U64, then right by RSHIFT_U64. */
LLVMValueRef core_read_bits(struct cg *g, LLVMValueRef root, const struct kbtf_member *km,
			    bool is_signed, bool user)
{
	LLVMValueRef p = root, tmp = temp_alloc(g, 8), v, call = NULL;

	/* each field_info call takes the last access call itself */
	for (unsigned i = 0; i < km->nsteps; i++)
		p = access(g, p, &km->steps[i], &call);
	LLVMValueRef off = field_info(g, call, FIELD_BYTE_OFFSET);
	LLVMValueRef size = field_info(g, call, FIELD_BYTE_SIZE);
	LLVMValueRef lsh = field_info(g, call, FIELD_LSHIFT_U64);
	LLVMValueRef rsh = field_info(g, call, FIELD_RSHIFT_U64);
	LLVMValueRef src = LLVMBuildGEP2(g->b, g->i8, root, (LLVMValueRef[]){
		LLVMBuildZExt(g->b, off, g->i64, "") }, 1, "");
	LLVMValueRef args[] = { tmp, size, src };

	int id = read_helper(g, user ? BPF_FUNC_probe_read_user : BPF_FUNC_probe_read_kernel,
			     g->kloc);

	store_n(g, tmp, c64(g, 0), 8);
	check_helper(g, id, emit_helper(g, id, g->i64, args, 3), g->kloc);
	v = load_n(g, tmp, 8, false);
	v = LLVMBuildShl(g->b, v, LLVMBuildZExt(g->b, lsh, g->i64, ""), "");
	rsh = LLVMBuildZExt(g->b, rsh, g->i64, "");
	return is_signed ? LLVMBuildAShr(g->b, v, rsh, "") : LLVMBuildLShr(g->b, v, rsh, "");
}

void core_read(struct cg *g, LLVMValueRef dst, LLVMValueRef src, unsigned size, bool user)
{
	LLVMValueRef args[] = { dst, c32(g, size), src };
	int id = read_helper(g, user ? BPF_FUNC_probe_read_user : BPF_FUNC_probe_read_kernel,
			     g->kloc);

	/* -kk: checked when kread_int (codegen.c) says where it is written */
	check_helper(g, id, emit_helper(g, id, g->i64, args, 3), g->kloc);
}

LLVMValueRef core_read_int(struct cg *g, LLVMValueRef src, unsigned size, bool sgn, bool user)
{
	LLVMValueRef tmp = temp_alloc(g, 8);

	/* a failed read leaves zeros, not the stack's last contents */
	store_n(g, tmp, c64(g, 0), 8);
	core_read(g, tmp, src, size, user);
	return load_n(g, tmp, size, sgn);
}

/* The address of element idx of the array (BTF id arr) at p: a CO-RE
 * array access, so the element size is the running kernel's. */
static LLVMValueRef elem_access(struct cg *g, LLVMValueRef p, uint32_t arr, unsigned idx,
				LLVMValueRef *callp);

LLVMValueRef core_elem_addr(struct cg *g, LLVMValueRef p, uint32_t arr, unsigned idx)
{
	return elem_access(g, p, arr, idx, NULL);
}

/* A variable index: element 0's address and size, both relocated, and
 * the index checked against the array's length (BTF's): past the end,
 * the address is 0, whose read fails and gives zeros. */
LLVMValueRef core_index_addr(struct cg *g, LLVMValueRef p, uint32_t arr, LLVMValueRef idx,
			     uint64_t cidx)
{
	const struct btf_array *a = btf_array(btf__type_by_id(g->btf, arr));
	LLVMValueRef call, e0, size, at;

	if (kbtf_is_script(g->btf, arr)) {	/* its layout is known */
		if (!idx)
			idx = c64(g, cidx);
		e0 = p;
		size = c64(g, kbtf_size(g->btf, a->type));
	} else if (!idx) {
		return elem_access(g, p, arr, (unsigned)cidx, NULL);
	} else {
		e0 = elem_access(g, p, arr, 0, &call);
		size = LLVMBuildZExt(g->b, field_info(g, call, FIELD_BYTE_SIZE), g->i64, "");
	}
	at = LLVMBuildAdd(g->b, LLVMBuildPtrToInt(g->b, e0, g->i64, ""),
			  LLVMBuildMul(g->b, idx, size, ""), "");
	at = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntULT, idx, c64(g, a->nelems), ""),
			     at, c64(g, 0), "");
	return LLVMBuildIntToPtr(g->b, at, g->i8p, "");
}

static LLVMValueRef elem_access(struct cg *g, LLVMValueRef p, uint32_t arr, unsigned idx,
				LLVMValueRef *callp)
{
	const struct btf_array *a = btf_array(btf__type_by_id(g->btf, arr));
	LLVMMetadataRef di = di_of(g, arr, 0);
	/* the IR types only shape the GEPs LLVM's pass may leave: the
	 * offset is the relocation's */
	LLVMTypeRef at = LLVMArrayType(g->i64, a->nelems ? a->nelems : 1);
	LLVMTypeRef tys[] = { LLVMPointerType(g->i64, 0), LLVMPointerType(at, 0) };
	unsigned iid = LLVMLookupIntrinsicID("llvm.preserve.array.access.index", 32);
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, iid, tys, 2);
	LLVMValueRef args[] = { LLVMBuildBitCast(g->b, p, tys[1], ""), c32(g, 1), c32(g, idx) };
	LLVMValueRef call = LLVMBuildCall2(g->b, LLVMIntrinsicGetType(g->ctx, iid, tys, 2), fn,
					   args, 3, "");

	LLVMAddCallSiteAttribute(call, 1, LLVMCreateTypeAttribute(
		g->ctx, LLVMGetEnumAttributeKindForName("elementtype", 11), at));
	LLVMSetMetadata(call, LLVMGetMDKindID("llvm.preserve.access.index", 26),
			LLVMMetadataAsValue(g->ctx, di));
	if (callp)
		*callp = call;
	return to_i8p(g, call);
}

/* A bitfield of one of the script's own structs at root into dst (8
 * bytes): its bytes read, then shifted out (little-endian), sign-extended
 * when signed. */
static void plain_bits(struct cg *g, LLVMValueRef dst, LLVMValueRef root,
		       const struct kbtf_member *km, bool is_signed, bool user)
{
	unsigned lo = km->bit_off % 8, nbytes = (lo + km->bit_size + 7) / 8;
	LLVMValueRef v;

	store_n(g, dst, c64(g, 0), 8);
	core_read(g, dst, gep8(g, root, km->bit_off / 8), nbytes > 8 ? 8 : nbytes, user);
	v = LLVMBuildShl(g->b, load_n(g, dst, 8, false), c64(g, 64 - lo - km->bit_size), "");
	v = is_signed ? LLVMBuildAShr(g->b, v, c64(g, 64 - km->bit_size), "")
		      : LLVMBuildLShr(g->b, v, c64(g, 64 - km->bit_size), "");
	store_n(g, dst, v, 8);
}

/* print() of a kernel struct: its layout (ktypes.c made it from the BTF)
 * and the BTF walked side by side, each member found again by name and
 * read on its own into dst, the layout's place in the record. With addr
 * NULL, only notes the members used (core_collect). */
static void show(struct cg *g, uint32_t id, const struct rec_arg *ra, LLVMValueRef addr,
		 LLVMValueRef dst, bool user)
{
	uint32_t sid = kbtf_skip(g->btf, id, NULL);
	const struct btf_type *t = btf__type_by_id(g->btf, sid);
	bool script = kbtf_is_script(g->btf, sid);

	switch (ra->kind) {
	case RA_STRUCT:
		if (ra->is_ptr) {	/* an array of structs or arrays */
			const struct btf_array *a = btf_array(t);
			uint64_t esize = kbtf_size(g->btf, a->type);

			for (unsigned i = 0; i < ra->nelems; i++)
				show(g, a->type, &ra->elems[i],
				     !addr ? NULL : script ? gep8(g, addr, i * esize)
				     : core_elem_addr(g, addr, sid, i),
				     addr ? gep8(g, dst, ra->elems[i].offset) : NULL, user);
			return;
		}
		for (unsigned i = 0; i < ra->nelems; i++) {
			const struct rec_arg *e = &ra->elems[i];
			struct kbtf_member km;

			if (!kbtf_member(g->btf, sid, e->name, &km))
				continue;	/* the checker found it */
			if (script) {	/* the script's own struct: its layout is known */
				if (!addr)
					show(g, km.type, e, NULL, NULL, user);
				else if (km.bit_size)
					plain_bits(g, gep8(g, dst, e->offset), addr, &km, e->is_signed,
						   user);
				else
					show(g, km.type, e, gep8(g, addr, km.bit_off / 8),
					     gep8(g, dst, e->offset), user);
				continue;
			}
			if (!addr) {
				for (unsigned k = 0; k < km.nsteps; k++)
					use_member(g, km.steps[k].rec_id, km.steps[k].index);
				show(g, km.type, e, NULL, NULL, user);
				continue;
			}
			/* A member the running kernel does not have (it was
			 * in the BTF compiled against) stays zero: its read
			 * is behind the relocated "exists", which the
			 * verifier sees as a constant. */
			LLVMValueRef d = gep8(g, dst, e->offset), q = addr, call = NULL;
			LLVMBasicBlockRef rd = new_block(g, "show.member");
			LLVMBasicBlockRef none = new_block(g, "show.none");
			LLVMBasicBlockRef next = new_block(g, "show.next");

			for (unsigned k = 0; k < km.nsteps; k++)
				q = access(g, q, &km.steps[k], &call);
			LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE,
					field_info(g, call, FIELD_EXISTS), c32(g, 0), ""), rd, none);
			LLVMPositionBuilderAtEnd(g->b, none);
			/* a read that fails zeroes its buffer, whatever its
			 * size (a memset of a big one would not fit) */
			core_read(g, d, LLVMConstNull(g->i8p), e->size, false);
			LLVMBuildBr(g->b, next);
			LLVMPositionBuilderAtEnd(g->b, rd);
			if (km.bit_size)
				store_n(g, d, core_read_bits(g, addr, &km, e->is_signed, user), 8);
			else
				show(g, km.type, e, core_member_addr(g, addr, &km), d, user);
			LLVMBuildBr(g->b, next);
			LLVMPositionBuilderAtEnd(g->b, next);
		}
		return;
	case RA_INT:
		/* straight into the record: a temporary per member would
		 * not fit the stack */
		if (!addr)
			return;
		store_n(g, dst, c64(g, 0), 8);
		core_read(g, dst, addr, ra->elem_size, user);
		if (ra->is_signed && ra->elem_size < 8)
			store_n(g, dst, load_n(g, dst, ra->elem_size, true), 8);
		return;
	default:	/* RA_STR, RA_ARRAY: the bytes */
		if (addr)
			core_read(g, dst, addr, ra->size, user);
		return;
	}
}

void core_show(struct cg *g, LLVMValueRef addr, const struct type *t, const struct rec_arg *ra,
	       LLVMValueRef dst)
{
	show(g, t->btf_id, ra, addr, dst, t->user);
}
