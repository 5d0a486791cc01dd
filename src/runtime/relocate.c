// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* relocate.c - an artifact against the running kernel's tracepoints.
 *
 * The artifact records every tracepoint field its programs read, as the
 * format file it was compiled against laid it out (struct prog_field), and
 * where in the code each offset is (struct prog_reloc, found by the
 * compiler: codegen/reloc.c). Before anything is loaded or attached, each
 * field is looked up in this kernel's format file. A field that only moved
 * is relocated: the difference is added to the offset or immediate of each
 * instruction that holds it, in the program before it is loaded, so the
 * code that runs is as fast as if compiled here. A tracepoint that is
 * gone, a field that is gone, one whose type, size or signedness differ,
 * or one that moved in a probe that cannot be relocated, stops the run
 * with the layout compiled against and the layout found. Only the format
 * files of the tracepoints whose fields are read are opened.
 *
 * So too for the binaries of uprobes and USDT probes: a uprobe finds its
 * function by name when it attaches, and uaddr()'s symbols are looked up
 * again before load (relocate_uaddrs), in the binary there then. */
#include "runtime/relocate.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include "front/diag.h"
#include "front/report.h"
#include "front/util.h"
#include "kernel/tracefs.h"
#include "kernel/uelf.h"
#include "providers/provider.h"

static void describe(char *buf, size_t len, const char *type, const char *name, unsigned offset,
		     unsigned size, bool is_signed)
{
	snprintf(buf, len, "'%s %s' at offset %u (%u byte%s, %s)", type, name, offset, size,
		 size == 1 ? "" : "s", is_signed ? "signed" : "unsigned");
}

/* Does the kernel have this tracepoint? Its id file says so without a
 * format parse. */
static bool event_exists(const char *root, const struct tp_target *t)
{
	struct buf b = { 0 };
	bool ok;

	buf_printf(&b, "%s/events/%s/%s/id", root, t->category, t->name);
	char *text = read_file(b.data, NULL);
	ok = text != NULL;
	free(text);
	buf_free(&b);
	return ok;
}

/* The fields probe i reads, against tracepoint t's format f; a field that
 * moved, in a relocatable program, gets its delta. A program serving
 * several tracepoints is relocatable only for one of them: they could
 * move apart. */
static int check_fields(const struct program *p, unsigned i, const struct tp_target *t,
			const struct tp_format *f, int *delta, bool report)
{
	const struct prog_probe *pp = &p->probes[i];
	bool relocatable = delta && pp->relocatable && pp->ntargets == 1;

	for (unsigned k = 0; k < p->nfields; k++) {
		const struct prog_field *want = &p->fields[k];
		char was[256], now[256];

		if (want->probe != i)
			continue;
		const struct tp_field *got = tp_format_field(f, want->name);
		describe(was, sizeof(was), want->type, want->name, want->offset, want->size,
			 want->is_signed);
		if (!got) {
			if (report) {
				report_error("%s reads field '%s', which this kernel's format does "
					     "not have", t->full, want->name);
				report_more("compiled against: %s", was);
			}
			return -1;
		}
		if (got->size != want->size || got->is_signed != want->is_signed ||
		    strcmp(got->type, want->type) || (got->offset != want->offset && !relocatable)) {
			describe(now, sizeof(now), got->type, got->name, got->offset, got->size,
				 got->is_signed);
			if (report) {
				report_error("%s reads field '%s', whose layout differs in this "
					     "kernel%s", t->full, want->name,
					     got->size == want->size && got->is_signed == want->is_signed &&
					     !strcmp(got->type, want->type) ? " (and this probe's code "
					     "cannot be relocated)" : "");
				report_more("compiled against: %s", was);
				report_more("this kernel has:  %s", now);
			}
			return -1;
		}
		if (got->offset != want->offset)
			delta[k] = (int)got->offset - (int)want->offset;
	}
	return 0;
}

int relocate_check(const struct program *p, bool *skip, int *delta, bool report)
{
	const char *root = NULL;
	char err[256];
	unsigned nskipped = 0;
	const char *first_skipped = NULL;
	int rc = 0;

	for (unsigned k = 0; delta && k < p->nfields; k++)
		delta[k] = 0;
	for (unsigned i = 0; i < p->nprobes && rc == 0; i++) {
		const struct prog_probe *pp = &p->probes[i];
		unsigned missing = 0;

		if (skip)
			skip[i] = false;
		if (pp->kind != PK_TRACEPOINT)
			continue;
		bool reads = false;
		for (unsigned k = 0; k < p->nfields && !reads; k++)
			reads = p->fields[k].probe == i;
		if (!root && !(root = tracefs_root(err, sizeof(err)))) {
			if (report)
				report_error("%s", err);
			return -1;
		}
		/* Every tracepoint the program serves. */
		for (unsigned t = 0; t < pp->ntargets && rc == 0; t++) {
			const struct tp_target *tg = &pp->targets[t];
			struct tp_format *f = NULL;

			if (reads) {
				f = tp_format_load(root, tg->category, tg->name, err, sizeof(err));
				if (!f && errno != ENOENT) {
					if (report)
						report_error("%s", err);
					return -1;
				}
			}
			if ((reads && !f) || (!reads && !event_exists(root, tg))) {
				/* From a wildcard, a missing event is one fewer
				 * match (attaching skips it); named outright, it
				 * is an error. */
				if (tg->wildcard && skip) {
					missing++;
					if (!nskipped++)
						first_skipped = tg->full;
					continue;
				}
				if (report)
					report_error("%s: this kernel has no such tracepoint",
						     tg->full);
				rc = -1;
				break;
			}
			rc = check_fields(p, i, tg, f, delta, report);
			tp_format_free(f);
		}
		if (skip && pp->ntargets && missing == pp->ntargets)
			skip[i] = true;
	}
	if (rc == 0 && nskipped && report)
		report_warning("%u tracepoint%s matched by a wildcard when the "
			       "script was compiled %s not in this kernel, and %s skipped (%s%s)",
			       nskipped, nskipped == 1 ? "" : "s", nskipped == 1 ? "is" : "are",
			       nskipped == 1 ? "is" : "are", first_skipped,
			       nskipped > 1 ? ", ..." : "");
	if (rc == 0 && nskipped && !report)
		rc = -1;	/* the cache: compile again, for this kernel */
	return rc;
}

/* Patch probe i's program (at_exit: its exit-time one) for the fields
 * that moved. */
static int patch(const struct program *p, unsigned i, bool at_exit, const int *delta,
		 struct bpf_object *obj)
{
	const struct prog_probe *pp = &p->probes[i];
	char name[256];
	bool any = false;

	for (unsigned r = 0; r < p->nrelocs; r++)
		any |= p->relocs[r].at_exit == at_exit && p->fields[p->relocs[r].field].probe == i &&
		       delta[p->relocs[r].field];
	if (!any)
		return 0;
	snprintf(name, sizeof(name), "%s%s", pp->prog_name, at_exit ? TP_AT_EXIT_SUFFIX : "");
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, name);
	if (!prog) {
		report_error("internal error: no program %s", name);
		return -1;
	}
	/* The exit-time program reads the record the entry kept in
	 * tp_pending: a field must still be within what it keeps. */
	struct bpf_map *pending = bpf_object__find_map_by_name(obj, TP_PENDING_MAP);
	unsigned kept = pending ? bpf_map__value_size(pending) : 0;
	size_t n = bpf_program__insn_cnt(prog);
	struct bpf_insn *insns = xmalloc((n ? n : 1) * sizeof(*insns));
	memcpy(insns, bpf_program__insns(prog), n * sizeof(*insns));
	for (unsigned r = 0; r < p->nrelocs; r++) {
		const struct prog_reloc *rl = &p->relocs[r];
		const struct prog_field *f = &p->fields[rl->field];
		int d = delta[rl->field];

		if (f->probe != i || !d || rl->at_exit != at_exit)
			continue;
		if (rl->insn >= n) {
			report_error("%s: a relocation past the end of its program", pp->full);
			goto bad;
		}
		if (at_exit && (long)f->offset + d + (long)f->size > (long)kept) {
			report_error("%s: field '%s' moved to offset %ld, past the %u bytes of its "
				     "record kept for the system call's exit", pp->full, f->name,
				     (long)f->offset + d, kept);
			goto bad;
		}
		if (rl->imm) {
			insns[rl->insn].imm += d;
		} else {
			int off = insns[rl->insn].off + d;

			if (off < INT16_MIN || off > INT16_MAX) {
				report_error("%s: field '%s' moved out of reach (offset %d)",
					     pp->full, f->name, off);
				goto bad;
			}
			insns[rl->insn].off = (int16_t)off;
		}
	}
	int err = bpf_program__set_insns(prog, insns, n);
	free(insns);
	if (err) {
		report_error("cannot relocate %s: %s", pp->full, strerror(-err));
		return -1;
	}
	return 0;
bad:
	free(insns);
	return -1;
}

int relocate_apply(const struct program *p, const int *delta, struct bpf_object *obj)
{
	for (unsigned i = 0; i < p->nprobes; i++) {
		if (!p->probes[i].relocatable)
			continue;
		if (patch(p, i, false, delta, obj) < 0 || patch(p, i, true, delta, obj) < 0)
			return -1;
	}
	return 0;
}

/* An error about uaddr() u, at its place in the script when there is one. */
static void uaddr_error(struct diag *d, const struct prog_uaddr *u, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void uaddr_error(struct diag *d, const struct prog_uaddr *u, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (d) {
		struct loc l = { u->line, u->col, u->line, u->col, 0 };

		diag_error(d, &l, "%s", msg);
	} else {
		report_error("line %d, column %d: %s", u->line, u->col, msg);
	}
}

int relocate_uaddrs(const struct program *p, char *ro, size_t size, struct diag *d)
{
	for (unsigned i = 0; i < p->nuaddrs; i++) {
		const struct prog_uaddr *u = &p->uaddrs[i];
		char why[512];

		if (u->probe >= p->nprobes || u->offset < sizeof(struct tp_rodata) ||
		    size < 8 || u->offset > size - 8) {
			report_error("internal error: uaddr(\"%s\") has no place in the read-only data",
				     u->symbol);
			return -1;
		}
		const struct prog_probe *pp = &p->probes[u->probe];
		const struct provider *pv = provider_of(pp->kind);
		const char *path = pv && pv->binary ? pv->binary(pp) : NULL;
		const struct uelf *e = path ? uelf_get(path, why, sizeof(why)) : NULL;
		if (!e) {
			uaddr_error(d, u, "uaddr(\"%s\"): cannot read the binary of %s: %s", u->symbol,
				    pp->full, path ? why : "it has none");
			return -1;
		}
		const struct uelf_func *f = uelf_symbol(e, u->symbol);
		if (!f) {
			uaddr_error(d, u, "uaddr(\"%s\"): %s has no symbol '%s' any more (the program "
				    "was compiled against another build of it)", u->symbol, path,
				    u->symbol);
			return -1;
		}
		if (e->pie != u->pie) {
			uaddr_error(d, u, "uaddr(\"%s\"): %s is now %s, and was %s when the program was "
				    "compiled: compile it again", u->symbol, path,
				    e->pie ? "loaded anywhere (a PIE or a library)" : "loaded at fixed addresses",
				    u->pie ? "loaded anywhere" : "loaded at fixed addresses");
			return -1;
		}
		uint64_t v = f->addr;
		/* A uprobe in a binary loaded anywhere: less the probe's own
		 * address in the file (a USDT probe's is its site's, in its
		 * spec); attaching finds the probe's function the same way. */
		if (u->pie && pv->address)
			v -= pv->address(pp);
		memcpy(ro + u->offset, &v, sizeof(v));
	}
	return 0;
}
