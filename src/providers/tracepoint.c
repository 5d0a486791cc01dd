// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* tracepoint.c - the tracepoint provider: tracepoint:CATEGORY:NAME (t:),
 * wildcards allowed. Its instances read the event's record as args (the
 * fields of events/CAT/NAME/format); many syscalls:sys_enter_* (or
 * sys_exit_*) events of one probe are folded onto one raw_syscalls attach
 * (the syscall fold); the programs go in "tracepoint/CAT/NAME" sections and
 * attach with bpf_program__attach_tracepoint; -l lists them (list.c). */
#include "provider.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/util.h"
#include "program/tprog.h"
#include "kernel/syscalls.h"
#include "kernel/tracefs.h"
#include "providers/list.h"

/* A tracepoint spec matched nothing: say which part is wrong, with the
 * closest names. Listing happens only here, on the error path. */
static void unknown_tracepoint(struct expand_ctx *x, const struct probe_spec *sp)
{
	const char *catpat = sp->parts[0], *namepat = sp->parts[1];
	char **names = has_wildcard(catpat) ? NULL : tracefs_list(x->tracefs, catpat);

	if (names) {
		struct loc nl = part_loc(sp, 1);

		if (has_wildcard(namepat))
			diag_error(x->diag, &nl, "no tracepoint matches %s:%s", catpat, namepat);
		else
			diag_error(x->diag, &nl, "unknown tracepoint %s:%s", catpat, namepat);
		diag_suggest(x->diag, names, "", namepat);
		tracefs_names_free(names);
		return;
	}
	char **cats = tracefs_list(x->tracefs, NULL);
	bool cat_known = false;
	struct loc cl = part_loc(sp, 0);

	for (char **c = cats; c && *c; c++)
		cat_known |= glob_match(catpat, *c);
	if (cat_known) {
		struct loc nl = part_loc(sp, 1);

		diag_error(x->diag, &nl, "no tracepoint matches %s:%s", catpat, namepat);
	} else {
		diag_error(x->diag, &cl, "no tracepoint category matches '%s'", catpat);
		diag_suggest(x->diag, cats, "", catpat);
	}
	tracefs_names_free(cats);
}

static bool subtree_uses_args(const struct node *n, bool allow_ret);

/* Expand one "tracepoint:CAT:NAME" (wildcards allowed) into instances. */
static void expand_tracepoint(struct expand_ctx *x, const struct probe *p,
			      const struct probe_spec *sp, const struct provider *self,
			      const struct expand_ops *ops)
{
	if (sp->nparts != 2 || !*sp->parts[0] || !*sp->parts[1]) {
		diag_error(x->diag, &sp->loc, "a tracepoint probe is written tracepoint:CATEGORY:NAME");
		diag_hint(x->diag, "for example tracepoint:syscalls:sys_enter_openat; "
			  "the names are in %s", "/sys/kernel/tracing/available_events");
		return;
	}
	if (!ops->need_tracefs(x, &sp->loc))
		return;
	const char *catpat = sp->parts[0], *namepat = sp->parts[1];
	const struct tp_format *f;

	/* The common case reads one format file and lists no directory. */
	if (!has_wildcard(catpat) && !has_wildcard(namepat)) {
		f = ops->load_format(x, catpat, namepat, &sp->loc, true);
		if (f)
			ops->add_instance(x, p, PK_TRACEPOINT, catpat, namepat, f);
		else if (errno == ENOENT)
			unknown_tracepoint(x, sp);
		return;
	}

	char **cats = tracefs_list(x->tracefs, NULL);
	unsigned found = 0;
	/* Syscall events may be folded onto one raw_syscalls attach (see
	 * mux_syscalls): their formats are read only if they are not. */
	bool defer = !subtree_uses_args(p->pred, true) && !subtree_uses_args(p->body, true);

	if (!cats) {
		diag_error(x->diag, &sp->loc, "cannot list %s/events: %s", x->tracefs,
			   strerror(errno));
		return;
	}
	for (char **c = cats; *c; c++) {
		if (!glob_match(catpat, *c))
			continue;
		char **names = tracefs_list(x->tracefs, *c);
		for (char **n = names; n && *n; n++) {
			if (!glob_match(namepat, *n))
				continue;
			if (defer && !strcmp(*c, "syscalls")) {
				ops->add_instance(x, p, PK_TRACEPOINT, *c, *n, NULL);
				found++;
				continue;
			}
			f = ops->load_format(x, *c, *n, &sp->loc, false);
			if (f) {
				ops->add_instance(x, p, PK_TRACEPOINT, *c, *n, f);
				found++;
			}
		}
		tracefs_names_free(names);
	}
	tracefs_names_free(cats);
	if (!found)
		unknown_tracepoint(x, sp);
}

/* interval:UNIT:N and profile:UNIT:N (also profile:hz:N). */

/* ---- many syscall events on one attach ------------------------------ */

/* Detaching a tracepoint costs a kernel grace period (~70 ms here), one
 * after the other: 360 syscall events take half a minute to detach. A
 * probe expanded to at least this many syscalls:sys_enter_* (or sys_exit_*)
 * events, whose action reads no per-syscall field, is attached once to
 * raw_syscalls:sys_enter (sys_exit) instead, and filters on the syscall
 * number; probe still names each syscall's event. */
#define MUX_MIN 8

static bool subtree_uses_args(const struct node *n, bool allow_ret);

static bool child_uses_args(const struct node *c, void *allow_ret)
{
	return subtree_uses_args(c, *(bool *)allow_ret);
}

/* Does n read args, other than args.ret (sys_exit_* and raw sys_exit
 * share it)? */
static bool subtree_uses_args(const struct node *n, bool allow_ret)
{
	if (!n)
		return false;
	if (n->kind == N_IDENT)
		return !strcmp(n->id.name, "args");
	if (n->kind == N_MEMBER && allow_ret && n->member.name && !strcmp(n->member.name, "ret") &&
	    n->member.base->kind == N_IDENT && !strcmp(n->member.base->id.name, "args"))
		return false;
	return node_any_child(n, child_uses_args, &allow_ret);
}

/* The syscall events of instances [from, to) all go one way: 1 for
 * sys_enter_*, 2 for sys_exit_*, 0 when not all of one kind or a number is
 * unknown. */
static int syscall_group(struct expand_ctx *x, unsigned from, unsigned to)
{
	int dir = 0;

	for (unsigned i = from; i < to; i++) {
		const struct prog_probe *pp = &x->prog->probes[i];
		int d;

		if (pp->kind != PK_TRACEPOINT || strcmp(pp->category, "syscalls"))
			return 0;
		if (!strncmp(pp->name, "sys_enter_", 10))
			d = 1;
		else if (!strncmp(pp->name, "sys_exit_", 9))
			d = 2;
		else
			return 0;
		if ((dir && d != dir) || syscall_nr(pp->name + (d == 1 ? 10 : 9)) < 0)
			return 0;
		dir = d;
	}
	return dir;
}

static void mux_syscalls(struct expand_ctx *x, const struct expand_ops *ops)
{
	unsigned out = 0;

	for (unsigned i = 0; i < x->prog->nprobes;) {
		unsigned end = i + 1;

		while (end < x->prog->nprobes && x->insts[end].src == x->insts[i].src)
			end++;
		const struct probe *src = x->insts[i].src;
		int dir = end - i >= MUX_MIN ? syscall_group(x, i, end) : 0;
		if (dir && !subtree_uses_args(src->pred, dir == 2) &&
		    !subtree_uses_args(src->body, dir == 2)) {
			const char *raw = dir == 1 ? "sys_enter" : "sys_exit";
			const struct tp_format *f = ops->load_format(x, "raw_syscalls", raw, &src->loc, false);

			if (f) {
				struct probe_inst in = { .src = src, .format = f };
				struct prog_probe pp = x->prog->probes[i];
				unsigned n = end - i, longest = 0;

				in.mux_n = n;
				in.mux_nrs = arena_alloc(x->arena, n * sizeof(int));
				in.mux_names = arena_alloc(x->arena, n * sizeof(char *));
				for (unsigned k = 0; k < n; k++) {
					const struct prog_probe *p = &x->prog->probes[i + k];
					size_t len = strlen(p->full);

					in.mux_nrs[k] = syscall_nr(p->name + (dir == 1 ? 10 : 9));
					in.mux_names[k] = p->full;
					if (len > longest)
						longest = (unsigned)len;
				}
				in.mux_namesize = longest + 1;
				pp.category = "raw_syscalls";
				pp.name = raw;
				pp.full = arena_printf(x->arena, "tracepoint:syscalls:%s_*", raw);
				pp.prog_name = arena_printf(x->arena, "tp%u_%s", i, raw);	/* i is free: in the group */
				x->prog->probes[out] = pp;
				x->insts[out] = in;
				out++;
				i = end;
				continue;
			}
		}
		for (; i < end; i++) {
			struct probe_inst *in = &x->insts[i];
			const struct prog_probe *pp = &x->prog->probes[i];

			if (pp->kind == PK_TRACEPOINT && !in->format) {	/* deferred */
				in->format = ops->load_format(x, pp->category, pp->name, &in->src->loc, false);
				if (!in->format)
					continue;
			}
			x->prog->probes[out] = *pp;
			x->insts[out] = *in;
			out++;
		}
	}
	x->prog->nprobes = out;
}

/* args.NAME: the record's field, read where the format file puts it. */
static const struct tp_field *field(const struct probe_inst *in, const char *name)
{
	return tp_format_field(in->format, name);
}

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return arena_printf(a, "tracepoint/%s/%s", pp->category, pp->name);
}

/* A syscalls:sys_enter_* program can finish at the syscall's exit. Not
 * execve's and execveat's: after one succeeds, the caller's memory is
 * gone, and the exit would read the new program's. */
static const char *exit_section(const struct prog_probe *pp, struct arena *a)
{
	if (strcmp(pp->category, "syscalls") || strncmp(pp->name, "sys_enter_", 10) ||
	    !strcmp(pp->name, "sys_enter_execve") || !strcmp(pp->name, "sys_enter_execveat"))
		return NULL;
	return arena_printf(a, "tracepoint/syscalls/sys_exit_%s", pp->name + 10);
}

static int attach(struct bpf_program *p, const struct prog_probe *pp, struct attach_ctx *a)
{
	struct bpf_link *l = bpf_program__attach_tracepoint(p, pp->category, pp->name);

	if (!l) {
		a->error("cannot attach %s: %s", pp->full, strerror(errno));
		return -1;
	}
	a->add_link(a, l);
	/* Its program for the syscall's exit, if it has one. */
	char xname[256];
	snprintf(xname, sizeof(xname), "%s" TP_AT_EXIT_SUFFIX, pp->prog_name);
	p = bpf_object__find_program_by_name(a->obj, xname);
	if (p && !strncmp(pp->name, "sys_enter_", 10)) {
		char ename[256];

		snprintf(ename, sizeof(ename), "sys_exit_%s", pp->name + 10);
		l = bpf_program__attach_tracepoint(p, pp->category, ename);
		if (!l) {
			a->error("cannot attach %s's exit (%s): %s", pp->full, ename,
				 strerror(errno));
			return -1;
		}
		a->add_link(a, l);
	}
	return 0;
}

const struct provider tracepoint_provider = {
	.name = "tracepoint", .alias = "t", .kind = PK_TRACEPOINT,
	.usage = "tracepoint:CATEGORY:NAME (or t:)", .prog_prefix = "tp",
	.expand = expand_tracepoint, .finish = mux_syscalls, .field = field,
	.section = section, .pid_filter = true, .exit_section = exit_section,
	.attach = attach, .list = list_tracepoints,
};
