// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* reloc.c - where the tracepoint field offsets are in the compiled code, so
 * that an artifact can be relocated to a kernel that lays a field out
 * elsewhere (runtime/relocate.c patches them at load).
 *
 * Found by compiling the program a second time with every field it reads
 * moved by a distinct amount, and comparing the two objects instruction by
 * instruction: an instruction whose offset or immediate differs by field
 * k's amount holds field k's offset. The amounts, 8 * 3^k, keep 8-byte
 * alignment, and no difference of two of them is a third, so an offset
 * computed from another field's (base + other - base) is caught as not
 * matching. A probe's exit-time program (TP_AT_EXIT_SUFFIX: a str() of a
 * syscall's argument read at the exit) is compared too; its relocations
 * say so (at_exit). A probe whose two objects differ in any other way (shape,
 * registers, an unexplained difference), or that copies args as a whole
 * (print(args)), is not relocatable: its fields must keep their layout.
 * The code that runs is the first object, unchanged: relocation costs
 * nothing per event. */
#include "codegen/reloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <gelf.h>
#include <linux/bpf.h>

#include "kernel/tracefs.h"

#define MAX_SHIFTED 8		/* 8 * 3^7 + an offset still fits insn.off */

static int quiet(enum libbpf_print_level lvl, const char *fmt, va_list ap)
{
	(void)lvl, (void)fmt, (void)ap;
	return 0;
}

static int64_t shift_of(unsigned k)
{
	int64_t d = 8;

	while (k--)
		d *= 3;
	return d;
}

/* The k of a difference, or -1. */
static int shift_index(int64_t d)
{
	for (unsigned k = 0; k < MAX_SHIFTED; k++)
		if (shift_of(k) == d)
			return (int)k;
	return -1;
}

struct moved {
	struct tp_field *f;	/* in a format the checker loaded */
	unsigned offset;	/* its own offset */
	int k;			/* its shift, -1 if none */
};

/* Compare probe i's program (at_exit: its exit-time one, which must be
 * in both objects or in neither) in the two objects; add its
 * relocations. */
static bool compare(struct program *p, unsigned i, bool at_exit, struct bpf_object *o0,
		    struct bpf_object *o1, const struct moved *mv, unsigned nmv, struct arena *a,
		    unsigned *cap)
{
	char name[256];
	snprintf(name, sizeof(name), "%s%s", p->probes[i].prog_name,
		 at_exit ? TP_AT_EXIT_SUFFIX : "");
	struct bpf_program *p0 = bpf_object__find_program_by_name(o0, name);
	struct bpf_program *p1 = bpf_object__find_program_by_name(o1, name);

	if (at_exit && !p0 && !p1)
		return true;
	if (!p0 || !p1 || bpf_program__insn_cnt(p0) != bpf_program__insn_cnt(p1))
		return false;
	const struct bpf_insn *a0 = bpf_program__insns(p0), *a1 = bpf_program__insns(p1);
	unsigned first = p->nrelocs;
	for (size_t n = 0; n < bpf_program__insn_cnt(p0); n++) {
		const struct bpf_insn *x = &a0[n], *y = &a1[n];

		if (x->code != y->code || x->dst_reg != y->dst_reg || x->src_reg != y->src_reg)
			goto bad;
		for (int which = 0; which < 2; which++) {
			int64_t d = which ? (int64_t)y->imm - x->imm : (int64_t)y->off - x->off;

			if (!d)
				continue;
			int k = shift_index(d);
			unsigned f;

			for (f = 0; f < p->nfields; f++) {
				if (p->fields[f].probe != i)
					continue;
				bool found = false;
				for (unsigned m = 0; m < nmv; m++)
					found |= mv[m].k == k && mv[m].k >= 0 &&
						 !strcmp(mv[m].f->name, p->fields[f].name) &&
						 mv[m].offset == p->fields[f].offset;
				if (found)
					break;
			}
			if (k < 0 || f == p->nfields)
				goto bad;
			if (p->nrelocs == *cap) {
				struct prog_reloc *grown;

				*cap = *cap ? *cap * 2 : 32;
				grown = arena_alloc(a, *cap * sizeof(*grown));
				if (p->nrelocs)
					memcpy(grown, p->relocs, p->nrelocs * sizeof(*grown));
				p->relocs = grown;
			}
			p->relocs[p->nrelocs++] = (struct prog_reloc){
				.field = f, .insn = (unsigned)n, .imm = which == 1,
				.at_exit = at_exit,
			};
		}
	}
	return true;
bad:
	p->nrelocs = first;
	return false;
}

/* An ELF object's .text: the functions the probes call (a for loop's
 * body, run by bpf_loop). NULL and 0 when there is none. */
static const void *text_of(Elf *e, size_t *len)
{
	size_t shstrndx;
	Elf_Scn *scn = NULL;

	*len = 0;
	if (!e || elf_getshdrstrndx(e, &shstrndx))
		return NULL;
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		const char *name;
		Elf_Data *data;

		if (!gelf_getshdr(scn, &sh) || !(name = elf_strptr(e, shstrndx, sh.sh_name)) ||
		    strcmp(name, ".text"))
			continue;
		data = elf_getdata(scn, NULL);
		if (!data || !data->d_buf)
			return NULL;
		*len = data->d_size;
		return data->d_buf;
	}
	return NULL;
}

/* Do the two objects' called functions differ? A field they read moved
 * with the rest, but libbpf only joins their instructions to a probe's at
 * load, after relocation: such a probe is not relocatable. */
static bool text_differs(const struct object *a, const struct object *b)
{
	Elf *ea, *eb;
	size_t la, lb;
	const void *ta, *tb;
	bool differs;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return true;
	ea = elf_memory((char *)a->elf, a->elf_size);
	eb = elf_memory((char *)b->elf, b->elf_size);
	ta = text_of(ea, &la);
	tb = text_of(eb, &lb);
	differs = la != lb || (la && memcmp(ta, tb, la));
	elf_end(ea);
	elf_end(eb);
	return differs;
}

int reloc_find(const struct tprog *tp, const struct codegen_opts *o, struct diag *d,
	       const struct object *obj0, struct program *p)
{
	struct moved *mv = xcalloc(p->nfields ? p->nfields : 1, sizeof(*mv));
	unsigned nmv = 0, cap = 0;
	int rc = -1;

	p->relocs = NULL;
	p->nrelocs = 0;
	/* Move every field read, in every format it is read from: the k-th
	 * distinct field of a format by 8 * 3^k. The formats are the
	 * checker's, which the typed program points into; they are put back
	 * as they were before this returns. */
	for (unsigned f = 0; f < p->nfields; f++) {
		const struct tp_format *fmt = tp->insts[p->fields[f].probe].format;
		struct tp_field *tf = fmt ? (struct tp_field *)tp_format_field(fmt, p->fields[f].name)
					  : NULL;
		bool seen = false;
		unsigned k = 0;

		if (!tf)
			continue;
		for (unsigned m = 0; m < nmv; m++) {
			seen |= mv[m].f == tf;
			for (size_t j = 0; j < fmt->nfields; j++)
				k += mv[m].f == &fmt->fields[j];
		}
		if (seen)
			continue;
		mv[nmv] = (struct moved){ .f = tf, .offset = tf->offset,
					  .k = k < MAX_SHIFTED ? (int)k : -1 };
		if (mv[nmv].k >= 0)
			tf->offset += (unsigned)shift_of(k);
		nmv++;
	}
	libbpf_print_fn_t old = libbpf_set_print(quiet);
	struct bpf_object *o0 = bpf_object__open_mem(obj0->elf, obj0->elf_size, NULL);
	struct codegen_opts quiet_o = *o;
	quiet_o.dump_ir = NULL;
	/* The records kept for a syscall's exit: as many bytes as in the
	 * first object, whatever the moved fields' sizes imply. */
	struct bpf_map *pending = o0 ? bpf_object__find_map_by_name(o0, TP_PENDING_MAP) : NULL;
	quiet_o.pending_size = pending ? bpf_map__value_size(pending) : 0;
	struct object *obj1 = codegen_emit(tp, &quiet_o, d);
	for (unsigned m = 0; m < nmv; m++)
		mv[m].f->offset = mv[m].offset;
	if (!obj1) {
		bpf_object__close(o0);
		libbpf_set_print(old);
		free(mv);
		return -1;
	}
	struct bpf_object *o1 = bpf_object__open_mem(obj1->elf, obj1->elf_size, NULL);
	if (o0 && o1) {
		bool text_moved = text_differs(obj0, obj1);

		for (unsigned i = 0; i < p->nprobes; i++) {
			struct prog_probe *pp = &p->probes[i];
			bool any = false;

			for (unsigned f = 0; f < p->nfields; f++)
				any |= p->fields[f].probe == i;
			unsigned first = p->nrelocs;
			pp->relocatable = any && !pp->args_whole && !text_moved &&
				compare(p, i, false, o0, o1, mv, nmv, p->mem, &cap) &&
				compare(p, i, true, o0, o1, mv, nmv, p->mem, &cap);
			if (!pp->relocatable)
				p->nrelocs = first;
			for (unsigned f = 0; pp->relocatable && f < p->nfields; f++) {
				bool shifted = false;

				for (unsigned m = 0; m < nmv; m++)
					shifted |= !strcmp(mv[m].f->name, p->fields[f].name) &&
						   mv[m].offset == p->fields[f].offset && mv[m].k >= 0;
				if (p->fields[f].probe == i && !shifted)
					pp->relocatable = false;
			}
		}
		rc = 0;
	}
	bpf_object__close(o0);
	bpf_object__close(o1);
	libbpf_set_print(old);
	object_free(obj1);
	free(mv);
	return rc;
}
