// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* btf.c - the object's globals and the debug info the BPF backend turns
 * into BTF: BTF-defined maps (.maps), the read-only tp_ro variable with the
 * folded syscalls' name tables, and the license. None calls back into
 * codegen.c's lowering. */
#include "cg.h"

#include <stdlib.h>
#include <string.h>

/* ---- maps ------------------------------------------------------------ */

LLVMMetadataRef di_int_array(struct cg *g, LLVMMetadataRef elem,
			     unsigned elem_bits, uint64_t n)
{
	LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(g->di, 0, (int64_t)n);

	return LLVMDIBuilderCreateArrayType(g->di, n * elem_bits, elem_bits, elem, &sub, 1);
}

LLVMMetadataRef di_ptr(struct cg *g, LLVMMetadataRef to)
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
LLVMValueRef def_map(struct cg *g, const char *name, unsigned type,
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

void add_license(struct cg *g)
{
	/* ring buffer and probe_read helpers are GPL-only: GPL, or one of
	 * the GPL-compatible licenses config license allows */
	const char *lic = g->tp->license ? g->tp->license : "GPL";
	LLVMValueRef init = LLVMConstStringInContext(g->ctx, lic, (unsigned)strlen(lic), 0);
	LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), "_license");

	LLVMSetInitializer(gv, init);
	LLVMSetSection(gv, "license");
}

/* A folded syscall instance's table: one row per syscall number up to the
 * largest taken, holding the event's probe name, empty for the others. */
unsigned mux_rows(const struct probe_inst *in)
{
	int max = 0;

	for (unsigned k = 0; k < in->mux_n; k++)
		if (in->mux_nrs[k] > max)
			max = in->mux_nrs[k];
	return (unsigned)max + 1;
}

unsigned mux_rowsize(const struct probe_inst *in)
{
	return (in->mux_namesize + 7) & ~7u;
}

/* A shared program that reads probe: one row per target, by cookie. */
unsigned name_rows(const struct prog_probe *pp, const struct probe_inst *in)
{
	return !in->mux_n && in->uses_probe && pp->ntargets > 1 ? pp->ntargets : 0;
}

unsigned name_rowsize(const struct prog_probe *pp, const struct probe_inst *in)
{
	unsigned longest = 0;

	(void)in;
	for (unsigned k = 0; k < pp->ntargets; k++)
		if (strlen(pp->targets[k].full) > longest)
			longest = (unsigned)strlen(pp->targets[k].full);
	return (longest + 1 + 7) & ~7u;
}

/* tp_ro: struct tp_rodata, then the positional parameters the programs
 * read (filled in by the runtime), then zero_size zero bytes (the initial
 * value of new aggregation entries, and the source for clearing large
 * buffers), then the folded syscall instances' name tables. */
void add_rodata(struct cg *g)
{
	const struct tprog *s = g->tp;
	unsigned size = zero_off(g) + g->zero_size;

	g->mux_off = xcalloc(s->prog->nprobes ? s->prog->nprobes : 1, sizeof(unsigned));
	for (unsigned i = 0; i < s->prog->nprobes; i++) {
		const struct prog_probe *pp = &s->prog->probes[i];
		const struct probe_inst *in = &s->insts[i];

		if (in->mux_n) {
			g->mux_off[i] = size;
			size += mux_rows(in) * mux_rowsize(in);
		} else if (name_rows(pp, in)) {
			g->mux_off[i] = size;
			size += name_rows(pp, in) * name_rowsize(pp, in);
		}
	}
	char *init = xcalloc(size, 1);
	for (unsigned i = 0; i < s->prog->nprobes; i++) {
		const struct prog_probe *pp = &s->prog->probes[i];
		const struct probe_inst *in = &s->insts[i];

		for (unsigned k = 0; k < in->mux_n; k++)
			memcpy(init + g->mux_off[i] + (unsigned)in->mux_nrs[k] * mux_rowsize(in),
			       in->mux_names[k], strlen(in->mux_names[k]));
		for (unsigned k = 0; k < name_rows(pp, in); k++)
			memcpy(init + g->mux_off[i] + k * name_rowsize(pp, in), pp->targets[k].full,
			       strlen(pp->targets[k].full));
	}
	LLVMValueRef cinit = LLVMConstStringInContext(g->ctx, init, size, 1);
	free(init);
	LLVMTypeRef t = LLVMTypeOf(cinit);
	LLVMMetadataRef ty = LLVMDIBuilderCreateQualifiedType(g->di, 0x26 /* DW_TAG_const_type */,
							      di_int_array(g, g->di_char, 8, size));

	g->rodata = LLVMAddGlobal(g->mod, t, TP_RODATA_VAR);
	LLVMSetInitializer(g->rodata, cinit);
	LLVMSetGlobalConstant(g->rodata, 1);
	LLVMSetSection(g->rodata, ".rodata");
	LLVMSetAlignment(g->rodata, 8);
	LLVMMetadataRef gve = LLVMDIBuilderCreateGlobalVariableExpression(
		g->di, g->di_cu, TP_RODATA_VAR, strlen(TP_RODATA_VAR), TP_RODATA_VAR,
		strlen(TP_RODATA_VAR), g->di_file, 0, ty, 0,
		LLVMDIBuilderCreateExpression(g->di, NULL, 0), NULL, 64);
	LLVMGlobalSetMetadata(g->rodata, LLVMGetMDKindIDInContext(g->ctx, "dbg", 3), gve);
	g->rodata_size = size;
}

static LLVMMetadataRef di_s64(struct cg *g)
{
	return LLVMDIBuilderCreateBasicType(g->di, "long long", 9, 64, 5 /* DW_ATE_signed */,
					    LLVMDIFlagZero);
}

/* A struct of named members, each 64 bits unless a char array. */
static LLVMMetadataRef di_struct(struct cg *g, const char *const *names,
				 LLVMMetadataRef *types, const unsigned *offs,
				 const unsigned *sizes, unsigned n, unsigned size)
{
	LLVMMetadataRef *m = xcalloc(n ? n : 1, sizeof(*m));

	for (unsigned i = 0; i < n; i++)
		m[i] = LLVMDIBuilderCreateMemberType(g->di, g->di_file, names[i], strlen(names[i]),
						     g->di_file, 0, sizes[i] * 8, 8, offs[i] * 8,
						     LLVMDIFlagZero, types[i]);
	LLVMMetadataRef st = LLVMDIBuilderCreateStructType(g->di, g->di_file, "", 0, g->di_file, 0,
							   size * 8, 64, LLVMDIFlagZero, NULL, m, n,
							   0, NULL, "", 0);
	free(m);
	return st;
}

/* Keys (and tuple values) for BTF, so bpftool map dump shows them by
 * part: { "k0": 4242, "k1": "bash" }. */
static LLVMMetadataRef di_parts(struct cg *g, const struct key_part *parts, unsigned n,
				unsigned size, const char *prefix)
{
	if (!n)
		return g->di_u64;	/* scalar: key 0 */
	const char **names = xcalloc(n, sizeof(char *));
	LLVMMetadataRef *types = xcalloc(n, sizeof(*types));
	unsigned *offs = xcalloc(n, sizeof(unsigned)), *sizes = xcalloc(n, sizeof(unsigned));

	for (unsigned i = 0; i < n; i++) {
		names[i] = arena_printf(&g->arena, "%c%u", prefix[0], i);
		offs[i] = parts[i].offset;
		sizes[i] = parts[i].size;
		types[i] = parts[i].kind == KEY_STR || parts[i].kind == KEY_INET
			? di_int_array(g, g->di_char, 8, parts[i].size)
			: parts[i].is_signed ? di_s64(g) : g->di_u64;
	}
	LLVMMetadataRef st = di_struct(g, names, types, offs, sizes, n, size);
	free(names);
	free(types);
	free(offs);
	free(sizes);
	return st;
}

static LLVMMetadataRef di_value(struct cg *g, const struct map_desc *d)
{
	static const char *const avg[] = { "sum", "count" }, *const mm[] = { "value", "set" };
	static const unsigned offs[] = { 0, 8 }, sizes[] = { 8, 8 };

	switch (d->kind) {
	case MK_INT: case MK_SUM:
		return di_s64(g);
	case MK_COUNT:
		return g->di_u64;
	case MK_AVG: case MK_STATS:
		return di_struct(g, avg, (LLVMMetadataRef[]){ di_s64(g), g->di_u64 }, offs, sizes, 2, 16);
	case MK_MIN: case MK_MAX:
		return di_struct(g, mm, (LLVMMetadataRef[]){ di_s64(g), g->di_u64 }, offs, sizes, 2, 16);
	case MK_HIST: case MK_LHIST:	/* the buckets and the sum */
		return di_int_array(g, g->di_u64, 64, d->nbuckets + 1);
	case MK_TUPLE:
		return di_parts(g, d->vals, d->nvals, d->value_size, "v");
	default:
		return di_int_array(g, g->di_char, 8, d->value_size);
	}
}

/* The script's maps: hash maps, per-CPU for aggregations, their keys and
 * values described to BTF. */
void add_maps(struct cg *g)
{
	const struct program *p = g->tp->prog;

	g->maps = xcalloc(p->nmaps ? p->nmaps : 1, sizeof(*g->maps));
	for (unsigned i = 0; i < p->nmaps; i++) {
		const struct map_desc *d = &p->maps[i];
		LLVMMetadataRef key = d->array ? g->di_int
				      : di_parts(g, d->key, d->nkey, d->key_size, "key");
		LLVMMetadataRef val = di_value(g, d);

		g->maps[i] = def_map(g, d->bpf_name,
				     d->array ? BPF_MAP_TYPE_PERCPU_ARRAY
				     : g->tp->map_lru && g->tp->map_lru[i]	/* lruhash(N) ... */
				     ? (d->percpu ? BPF_MAP_TYPE_LRU_PERCPU_HASH : BPF_MAP_TYPE_LRU_HASH)
				     : d->percpu ? BPF_MAP_TYPE_PERCPU_HASH : BPF_MAP_TYPE_HASH,
				     d->max_entries, key, val);
		if (d->percpu && d->value_size > g->zero_size)
			g->zero_size = d->value_size;
		if (d->key_size > INLINE_COPY_MAX && d->key_size > g->zero_size)
			g->zero_size = d->key_size;
	}
}
