// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* usdt.c - the usdt provider: usdt:BINARY:[PROVIDER:]NAME (U:), user
 * space's statically defined tracepoints, from the binary's .note.stapsdt
 * notes (kernel/usdt.c reads them, kernel/uelf.c once per binary).
 *
 * One program per probe (PROVIDER:NAME), attached as a uprobe at every
 * site of it, each with the site's spec id as its attach cookie; the
 * program reads argN through the spec (codegen/usdt.c). A probe guarded
 * by a semaphore has it incremented by the kernel while the uprobe is
 * attached (the uprobe's reference counter offset), in every process that
 * maps the binary, or with -p in that process only.
 *
 * Why not libbpf's bpf_program__attach_usdt: libbpf 1.1 refuses an
 * operand relative to a symbol (-4@ut_counter(%rip), what gcc writes for
 * a global variable), failing the whole probe; and the checker reads the
 * notes anyway (wildcards, errors naming the binary's probes, -lv, the
 * argument count). The programs keep libbpf's BPF-side layout, so the
 * specs mean what they mean to libbpf. */
#include "provider.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/report.h"
#include "front/util.h"
#include "program/tprog.h"
#include "kernel/uelf.h"
#include "kernel/usdt.h"
#include "list.h"

/* PROVIDER and NAME of a site matching the patterns. */
static bool site_matches(const struct usdt_site *st, const char *prov, const char *name)
{
	return glob_match(prov, st->provider) && glob_match(name, st->name);
}

/* Is site k the first of its probe (PROVIDER:NAME) in the notes? */
static bool first_of_probe(const struct uelf *e, size_t k)
{
	for (size_t j = 0; j < k; j++)
		if (!strcmp(e->sites[j].provider, e->sites[k].provider) &&
		    !strcmp(e->sites[j].name, e->sites[k].name))
			return false;
	return true;
}

/* usdt:BINARY:[PROVIDER:]NAME; without PROVIDER, a probe of that name
 * from any provider. */
static void expand_usdt(struct expand_ctx *x, const struct probe *p, const struct probe_spec *sp,
			const struct provider *self, const struct expand_ops *ops)
{
	if (sp->nparts < 2 || sp->nparts > 3 || !*sp->parts[0] || !*sp->parts[1] ||
	    (sp->nparts == 3 && !*sp->parts[2])) {
		diag_error(x->diag, &sp->loc, "usdt needs a binary and a probe: "
			   "usdt:BINARY:[PROVIDER:]NAME");
		return;
	}
	struct loc bloc = part_loc(sp, 0), ploc = sp->loc;
	ploc.first_column = part_loc(sp, 1).first_column;
	char *path;
	const struct uelf *e = probe_binary(x, sp, &path);
	if (!e)
		return;
	if (!e->nsites) {
		diag_error(x->diag, &bloc, "%s has no USDT probes (%s)", path,
			   e->has_notes ? "its .note.stapsdt section holds none"
					: "no .note.stapsdt section");
		free(path);
		return;
	}
	const char *prov = sp->nparts == 3 ? sp->parts[1] : "*";
	const char *name = sp->parts[sp->nparts - 1];
	size_t before = x->prog->nprobes;
	for (size_t k = 0; k < e->nsites; k++) {
		const struct usdt_site *st = &e->sites[k];
		if (site_matches(st, prov, name) && first_of_probe(e, k))
			ops->add_instance(x, p, self->kind, path,
					  arena_printf(x->arena, "%s:%s", st->provider, st->name),
					  NULL);
	}
	if (x->prog->nprobes == before) {
		const char *want = sp->nparts == 3 ? arena_printf(x->arena, "%s:%s", prov, name)
						   : name;
		diag_error(x->diag, &ploc, "no USDT probe '%s' in %s", want, path);
		char **names = arena_alloc(x->arena, (e->nsites + 1) * sizeof(*names));
		struct buf all = { 0 };
		size_t n = 0;
		for (size_t k = 0; k < e->nsites; k++) {
			if (!first_of_probe(e, k))
				continue;
			names[n] = arena_printf(x->arena, "%s:%s", e->sites[k].provider,
						e->sites[k].name);
			buf_printf(&all, "%s%s", n ? ", " : "", names[n]);
			n++;
		}
		if (!has_wildcard(want))
			diag_suggest(x->diag, names, "", want);
		diag_hint(x->diag, "its probes: %s", all.data);
		free(all.data);
	}
	free(path);
}

/* A probe's sites: PROVIDER:NAME split. */
static void split_probe(const char *probe, char *prov, size_t plen, const char **name)
{
	const char *colon = strchr(probe, ':');

	*name = colon ? colon + 1 : probe;
	snprintf(prov, plen, "%.*s", colon ? (int)(colon - probe) : 0, probe);
}

static int spec_args(const struct prog_probe *pp, const char **why)
{
	char err[512], prov[256];
	const char *name;
	const struct uelf *e = uelf_get(pp->category, err, sizeof(err));
	int n = USDT_ARGS_MAX;

	*why = NULL;
	if (!e)
		return 0;
	split_probe(pp->name, prov, sizeof(prov), &name);
	for (size_t k = 0; k < e->nsites; k++) {
		const struct usdt_site *st = &e->sites[k];
		if (strcmp(st->provider, prov) || strcmp(st->name, name))
			continue;
		if (st->nargs < n) {
			n = st->nargs;
			*why = st->bad;
		}
	}
	return n;
}

/* The spec ids of one run: the specs written to the object's spec map,
 * one per distinct spec (sites that read alike share one; in a PIE or a
 * shared library each site has its own: its address in the file is the
 * spec's usdt_cookie, from which uaddr() is corrected where it was
 * loaded). */
static struct {
	const struct bpf_object *obj;
	struct usdt_bpf_spec specs[USDT_SPECS_MAX];
	unsigned n;
} ids;

static int spec_id(struct bpf_map *m, const struct usdt_bpf_spec *sp)
{
	for (unsigned k = 0; k < ids.n; k++)
		if (!memcmp(&ids.specs[k], sp, sizeof(*sp)))
			return (int)k;
	if (ids.n == USDT_SPECS_MAX) {
		errno = E2BIG;
		return -1;
	}
	uint32_t key = ids.n;
	if (bpf_map__update_elem(m, &key, sizeof(key), sp, sizeof(*sp), BPF_ANY) < 0)
		return -1;
	ids.specs[ids.n] = *sp;
	return (int)ids.n++;
}

/* Every site of the probe: a uprobe at its file offset, its spec id the
 * cookie, its semaphore (as a file offset too) the kernel's to count. The
 * notes are read again here: a cached program may outlive a rebuild. */
static int attach_usdt(struct bpf_program *p, const struct prog_probe *pp, struct attach_ctx *a)
{
	char why[512], prov[256];
	const char *name;
	const struct uelf *e = uelf_get(pp->category, why, sizeof(why));
	struct bpf_map *m = bpf_object__find_map_by_name(a->obj, TP_USDT_SPECS_MAP);
	unsigned sites = 0;

	if (!e) {
		a->error("cannot attach %s: %s", pp->full, why);
		return -1;
	}
	if (!m) {
		a->error("internal error: no map %s", TP_USDT_SPECS_MAP);
		return -1;
	}
	if (ids.obj != a->obj) {
		ids.obj = a->obj;
		ids.n = 0;
	}
	split_probe(pp->name, prov, sizeof(prov), &name);
	for (size_t k = 0; k < e->nsites; k++) {
		const struct usdt_site *st = &e->sites[k];
		uint64_t off, sema_off = 0;
		struct usdt_bpf_spec spec;

		if (strcmp(st->provider, prov) || strcmp(st->name, name))
			continue;
		if (uelf_offset(e, st->pc, &off) < 0 ||
		    (st->sema && uelf_offset(e, st->sema, &sema_off) < 0)) {
			a->error("cannot attach %s: its site at %#llx is in no loaded segment",
				 pp->full, (unsigned long long)st->pc);
			return -1;
		}
		usdt_bpf_spec(st, &spec);
		if (e->pie)
			spec.usdt_cookie = st->pc;
		int id = spec_id(m, &spec);
		if (id < 0) {
			a->error("cannot attach %s: the spec of its site at %#llx: %s", pp->full,
				 (unsigned long long)st->pc, strerror(errno));
			return -1;
		}
		LIBBPF_OPTS(bpf_uprobe_opts, opts, .ref_ctr_offset = (size_t)sema_off,
			    .bpf_cookie = (uint64_t)id);
		struct bpf_link *l = bpf_program__attach_uprobe_opts(p, a->pid > 0 ? a->pid : -1,
								     pp->category, (size_t)off,
								     &opts);
		if (!l) {
			a->error("cannot attach %s at %#llx: %s", pp->full,
				 (unsigned long long)st->pc, strerror(errno));
			return -1;
		}
		a->add_link(a, l);
		sites++;
	}
	if (!sites) {
		a->error("cannot attach %s: %s has no such probe any more", pp->full, pp->category);
		return -1;
	}
	return 0;
}

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return "uprobe";
}

/* -l 'usdt:BINARY[:[PROVIDER:]NAME]' (U:): the binary's probes, one a
 * line; -lv adds each site, its semaphore and its arguments' specs. */
int list_usdt(FILE *out, const char *pattern, enum list_mode mode)
{
	const char *bin = strchr(pattern, ':') + 1;
	const char *colon = strchr(bin, ':');
	char *binary = xstrdup(bin), why[512];

	if (colon)
		binary[colon - bin] = '\0';
	const char *rest = colon && colon[1] ? colon + 1 : "*";
	const char *c2 = strchr(rest, ':');
	char prov[256];
	const char *name = c2 ? c2 + 1 : rest;
	snprintf(prov, sizeof(prov), "%.*s", c2 ? (int)(c2 - rest) : 1, c2 ? rest : "*");
	char *path = uelf_resolve(binary, -1, why, sizeof(why));
	const struct uelf *e = path ? uelf_get(path, why, sizeof(why)) : NULL;
	int rc = 0;

	if (!e) {
		report_error("cannot read the binary '%s': %s", binary, why);
		rc = 1;
	} else if (!e->nsites) {
		report_error("%s has no USDT probes (%s)", path,
			e->has_notes ? "its .note.stapsdt section holds none"
				     : "no .note.stapsdt section");
		rc = 1;
	}
	for (size_t k = 0; e && k < e->nsites; k++) {
		const struct usdt_site *st = &e->sites[k];
		if (!site_matches(st, prov, name) || !first_of_probe(e, k))
			continue;
		fprintf(out, "usdt:%s:%s:%s\n", path, st->provider, st->name);
		if (mode != LIST_FIELDS)
			continue;
		for (size_t j = k; j < e->nsites; j++) {
			const struct usdt_site *sj = &e->sites[j];
			char desc[160];
			if (strcmp(sj->provider, st->provider) || strcmp(sj->name, st->name))
				continue;
			fprintf(out, "    site %#llx", (unsigned long long)sj->pc);
			if (sj->sema)
				fprintf(out, ", semaphore %#llx", (unsigned long long)sj->sema);
			fprintf(out, ": %s\n", *sj->argtext ? sj->argtext : "(no arguments)");
			for (int i = 0; i < sj->nargs; i++)
				fprintf(out, "        arg%d  %s\n", i,
					usdt_arg_describe(&sj->args[i], desc, sizeof(desc)));
			if (sj->bad)
				fprintf(out, "        arg%d  not readable: %s\n", sj->nargs, sj->bad);
		}
	}
	free(path);
	free(binary);
	return rc;
}

static const char *binary(const struct prog_probe *pp)
{
	return pp->category;
}

const struct provider usdt_provider = {
	.name = "usdt", .alias = "U", .kind = PK_USDT,
	.usage = "usdt:BINARY:[PROVIDER:]NAME (U:)", .prog_prefix = "tp",
	.expand = expand_usdt, .section = section, .pid_filter = true,
	.spec_args = spec_args, .user_ctx = true, .attach = attach_usdt, .binary = binary,
	.func_why = "a USDT site is a point inside a function, often one the compiler inlined "
		    "into another, so it names no function of its own; probe names the probe",
};
