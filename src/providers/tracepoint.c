// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* tracepoint.c - the tracepoint provider: tracepoint:CATEGORY:NAME (t:),
 * wildcards allowed. Its instances read the event's record as args (the
 * fields of events/CAT/NAME/format); many syscalls:sys_enter_* (or
 * sys_exit_*) events of one probe are folded onto one raw_syscalls attach
 * (the syscall fold); the other instances of a probe whose code is the same
 * share one program (share_programs), attached to each of their tracepoints
 * with its index as the attach cookie: as a raw tracepoint when the action
 * reads no field, through perf events when it does (docs/internals.md,
 * "Attaching tracepoints"); -l lists them (list.c). */
#include "provider.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/report.h"
#include "front/util.h"
#include "program/tprog.h"
#include "kernel/raw_tp.h"
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
	/* Formats are read only where they are used: a probe that reads no
	 * field is attached without them (as a raw tracepoint, see
	 * share_programs), and syscall events may be folded onto one
	 * raw_syscalls attach (see mux_syscalls): theirs are read only if they
	 * are not. */
	bool fieldless = !subtree_uses_args(p->pred, false) && !subtree_uses_args(p->body, false);
	bool defer = !subtree_uses_args(p->pred, true) && !subtree_uses_args(p->body, true);

	if (!cats) {
		diag_error(x->diag, &sp->loc, "cannot list %s/events: %s", x->tracefs,
			   strerror(errno));
		return;
	}
	for (char **c = cats; *c; c++) {
		if (!glob_match(catpat, *c))
			continue;
		/* ftrace's events are the tracers' own records, not tracepoints
		 * (available_events leaves them out): nothing attaches to them. */
		if (has_wildcard(catpat) && !strcmp(*c, "ftrace"))
			continue;
		char **names = tracefs_list(x->tracefs, *c);
		for (char **n = names; n && *n; n++) {
			if (!glob_match(namepat, *n))
				continue;
			if (fieldless || (defer && !strcmp(*c, "syscalls"))) {
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

struct args_walk {
	bool allow_ret;		/* args.ret does not count */
	struct buf *used;	/* NULL: stop at the first use */
	bool any;		/* args is read */
};

/* One node of the walk: true (stop) once args is found, unless every
 * field is wanted. */
static bool args_walk(const struct node *n, void *arg)
{
	struct args_walk *w = arg;

	if (n->kind == N_IDENT) {
		if (strcmp(n->id.name, "args"))
			return false;
		w->any = true;
		if (w->used)
			buf_printf(w->used, "*\n");
		return !w->used;
	}
	if (n->kind == N_MEMBER && n->member.name && n->member.base->kind == N_IDENT &&
	    !strcmp(n->member.base->id.name, "args")) {
		if (w->allow_ret && !strcmp(n->member.name, "ret"))
			return false;
		w->any = true;
		if (w->used)
			buf_printf(w->used, "%s\n", n->member.name);
		return !w->used;
	}
	return node_any_child(n, args_walk, w);
}

/* Does n read args, other than args.ret (sys_exit_* and raw sys_exit
 * share it)? With used, also note every field read in it, one "name\n"
 * each, and "*\n" for args as a whole. */
static bool args_use(const struct node *n, bool allow_ret, struct buf *used)
{
	struct args_walk w = { allow_ret, used, false };

	if (n)
		args_walk(n, &w);
	return w.any;
}

static bool subtree_uses_args(const struct node *n, bool allow_ret)
{
	return args_use(n, allow_ret, NULL);
}

/* Which way a syscalls:* instance goes: 1 for sys_enter_*, 2 for
 * sys_exit_*, 0 when it is no syscall event or its number is unknown. */
static int syscall_dir(const struct prog_probe *pp)
{
	int d;

	if (pp->kind != PK_TRACEPOINT || strcmp(pp->category, "syscalls"))
		return 0;
	if (!strncmp(pp->name, "sys_enter_", 10))
		d = 1;
	else if (!strncmp(pp->name, "sys_exit_", 9))
		d = 2;
	else
		return 0;
	return syscall_nr(pp->name + (d == 1 ? 10 : 9)) < 0 ? 0 : d;
}

/* Fold the n syscall instances of one probe and one way (dir) in probes
 * and insts into one instance on raw_syscalls, at out. */
static bool fold_syscalls(struct expand_ctx *x, const struct expand_ops *ops,
			  const struct prog_probe *probes,
			  const struct probe_inst *insts, unsigned n, int dir, unsigned first,
			  unsigned out)
{
	const char *raw = dir == 1 ? "sys_enter" : "sys_exit";
	const struct probe *src = insts[0].src;
	const struct tp_format *f = ops->load_format(x, "raw_syscalls", raw, &src->loc, false);
	unsigned k = 0, longest = 0;

	if (!f)
		return false;
	struct probe_inst in = { .src = src, .format = f };
	struct prog_probe pp = probes[0];

	in.mux_nrs = arena_alloc(x->arena, n * sizeof(int));
	in.mux_names = arena_alloc(x->arena, n * sizeof(char *));
	for (unsigned i = 0; k < n; i++) {
		if (syscall_dir(&probes[i]) != dir)
			continue;
		size_t len = strlen(probes[i].full);

		in.mux_nrs[k] = syscall_nr(probes[i].name + (dir == 1 ? 10 : 9));
		in.mux_names[k++] = probes[i].full;
		if (len > longest)
			longest = (unsigned)len;
	}
	in.mux_n = n;
	in.mux_namesize = longest + 1;
	pp.category = "raw_syscalls";
	pp.name = raw;
	pp.full = arena_printf(x->arena, "tracepoint:syscalls:%s_*", raw);
	pp.prog_name = arena_printf(x->arena, "tp%u_%s", first, raw);	/* first is free: in the fold */
	pp.attach = AM_FOLD;
	pp.targets = arena_alloc(x->arena, sizeof(*pp.targets));
	pp.targets[0] = (struct tp_target){
		.category = "raw_syscalls", .name = raw,
		.full = arena_printf(x->arena, "tracepoint:raw_syscalls:%s", raw),
	};
	pp.ntargets = 1;
	pp.nnamed = n;
	x->prog->probes[out] = pp;
	x->insts[out] = in;
	return true;
}

static void mux_syscalls(struct expand_ctx *x, const struct expand_ops *ops)
{
	unsigned out = 0;
	struct prog_probe *probes = NULL;
	struct probe_inst *insts = NULL;

	for (unsigned i = 0; i < x->prog->nprobes;) {
		unsigned end = i + 1;

		while (end < x->prog->nprobes && x->insts[end].src == x->insts[i].src)
			end++;
		/* The probe's instances are rewritten in place: work on a copy. */
		unsigned n = end - i, count[3] = { 0 }, first[3] = { 0 };
		const struct probe *src = x->insts[i].src;
		bool fold[3] = { false };

		probes = xrealloc(probes, n * sizeof(*probes));
		insts = xrealloc(insts, n * sizeof(*insts));
		memcpy(probes, &x->prog->probes[i], n * sizeof(*probes));
		memcpy(insts, &x->insts[i], n * sizeof(*insts));
		for (unsigned k = n; k-- > 0;) {
			int d = syscall_dir(&probes[k]);

			count[d]++;
			first[d] = i + k;
		}
		for (int d = 1; d <= 2; d++)
			if (count[d] >= MUX_MIN && !subtree_uses_args(src->pred, d == 2) &&
			    !subtree_uses_args(src->body, d == 2) &&
			    fold_syscalls(x, ops, probes + (first[d] - i), insts + (first[d] - i),
					  count[d], d, first[d], out)) {
				fold[d] = true;
				out++;
			}
		bool fieldless = !subtree_uses_args(src->pred, false) &&
				 !subtree_uses_args(src->body, false);
		for (unsigned k = 0; k < n; k++) {
			struct probe_inst *in = &insts[k];
			const struct prog_probe *pp = &probes[k];

			if (fold[syscall_dir(pp)] && syscall_dir(pp))
				continue;
			if (pp->kind == PK_TRACEPOINT && !in->format && !fieldless) {	/* deferred */
				in->format = ops->load_format(x, pp->category, pp->name, &in->src->loc, false);
				if (!in->format)
					continue;
			}
			x->prog->probes[out] = *pp;
			x->insts[out] = *in;
			out++;
		}
		i = end;
	}
	free(probes);
	free(insts);
	x->prog->nprobes = out;
}

/* ---- one program for many tracepoints -------------------------------- */

/* str() or buf() of an args field somewhere in n? */
static bool reads_arg_string(const struct node *n, void *arg)
{
	if (n->kind == N_CALL && n->call.name && (!strcmp(n->call.name, "str") ||
						  !strcmp(n->call.name, "buf")) &&
	    args_use(n->call.args, false, NULL))
		return true;
	return node_any_child(n, reads_arg_string, arg);
}

/* A sys_enter_* action that reads a user string or buffer may finish at the
 * syscall's exit, in a second program on that one syscall (codegen's
 * emit_defer_if_cold): such an instance keeps a program of its own. */
static bool keeps_for_exit(const struct probe_inst *in)
{
	const struct tp_format *f = in->format;

	if (!f || strcmp(f->category, "syscalls") || strncmp(f->name, "sys_enter_", 10))
		return false;
	return (in->src->pred && reads_arg_string(in->src->pred, NULL)) ||
	       (in->src->body && reads_arg_string(in->src->body, NULL));
}

/* What the code of a tracepoint instance depends on: every field its
 * action reads, as the format lays it out ("" when it reads none). Two
 * instances of one probe with the same key compile to the same program.
 * An instance that reads a field its tracepoint lacks gets a key of its
 * own, so its error is reported as before. */
static const char *layout_key(struct expand_ctx *x, const struct probe_inst *in, unsigned idx)
{
	struct buf used = { 0 }, key = { 0 };
	const char *k;

	buf_append(&key, "", 0);
	args_use(in->src->pred, false, &used);
	args_use(in->src->body, false, &used);
	if (!used.len) {
		buf_free(&used);
		buf_free(&key);
		return "";
	}
	buf_append(&used, "", 1);
	bool whole = !strncmp(used.data, "*\n", 2) || strstr(used.data, "\n*\n");
	const struct tp_format *f = in->format;
	for (size_t i = 0; f && i < f->nfields; i++) {
		const struct tp_field *fl = &f->fields[i];
		size_t len = strlen(fl->name);
		const char *at = used.data;

		if (!whole) {	/* is it used? */
			while ((at = strstr(at, fl->name)) &&
			       !((at == used.data || at[-1] == '\n') && at[len] == '\n'))
				at += len;
			if (!at)
				continue;
		}
		buf_printf(&key, "%s %s %u %u %d %d %u %u %d;", fl->name, fl->type, fl->offset,
			   fl->size, fl->is_signed, (int)fl->kind, fl->elem_size, fl->count, fl->user);
	}
	/* Every used name must have been found. */
	for (char *p = used.data, *nl; f && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		if (strcmp(p, "*") && !tp_format_field(f, p)) {
			buf_printf(&key, "!%u", idx);
			break;
		}
	}
	if (!f || keeps_for_exit(in))
		buf_printf(&key, "!%u", idx);
	k = arena_strdup(x->arena, key.data);
	buf_free(&used);
	buf_free(&key);
	return k;
}

/* Tracepoint instances of one probe whose code is the same become one
 * program attached to each of their tracepoints (its targets), probe told
 * apart by the attach cookie. An action that reads no field runs as a
 * raw tracepoint program (detaching one is ~1,000 times cheaper than a
 * perf event here), with a tracepoint program for the tracepoints the
 * kernel has no raw tracepoint for; one that reads fields keeps the
 * format's record, so the perf event. */
static void share_programs(struct expand_ctx *x)
{
	unsigned out = 0;
	const char **keys = xcalloc(x->prog->nprobes ? x->prog->nprobes : 1, sizeof(char *));
	unsigned *leader = xcalloc(x->prog->nprobes ? x->prog->nprobes : 1, sizeof(unsigned));

	for (unsigned i = 0; i < x->prog->nprobes;) {
		unsigned end = i + 1;

		while (end < x->prog->nprobes && x->insts[end].src == x->insts[i].src)
			end++;
		/* leader[k]: the first instance of k's group (k itself if it
		 * leads one); each group's targets, in order. */
		for (unsigned k = i; k < end; k++) {
			const struct prog_probe *pp = &x->prog->probes[k];

			leader[k] = k;
			if (pp->kind != PK_TRACEPOINT || x->insts[k].mux_n)
				continue;
			keys[k] = layout_key(x, &x->insts[k], k);
			for (unsigned j = i; j < k; j++) {
				if (leader[j] == j && keys[j] && !strcmp(keys[j], keys[k])) {
					leader[k] = j;
					break;
				}
			}
		}
		for (unsigned k = i; k < end; k++) {
			struct prog_probe pp = x->prog->probes[k];

			if (leader[k] != k)
				continue;
			if (keys[k]) {
				unsigned n = 0, sys = 0;

				for (unsigned j = k; j < end; j++)
					n += leader[j] == k;
				pp.targets = arena_alloc(x->arena, n * sizeof(*pp.targets));
				for (unsigned j = k; j < end; j++) {
					const struct prog_probe *m = &x->prog->probes[j];

					if (leader[j] != k)
						continue;
					pp.targets[pp.ntargets++] = (struct tp_target){
						.category = m->category, .name = m->name, .full = m->full,
					};
					sys += !strcmp(m->category, "syscalls");
				}
				pp.nnamed = n;
				/* syscalls:* events are no tracepoints: their raw
				 * attach fails, so a program only for them is a
				 * tracepoint program. */
				pp.attach = !*keys[k] && sys < n ? AM_RAW : AM_PERF;
				if (pp.attach == AM_RAW)
					pp.fallback_name = arena_printf(x->arena, "tp%u_pe_%.37s", k, pp.name);
			}
			x->prog->probes[out] = pp;
			x->insts[out] = x->insts[k];
			out++;
		}
		i = end;
	}
	free(keys);
	free(leader);
	x->prog->nprobes = out;
}

/* After every probe is expanded: the syscall fold, then the sharing of
 * programs among the tracepoints left. */
static void finish(struct expand_ctx *x, const struct expand_ops *ops)
{
	mux_syscalls(x, ops);
	share_programs(x);
}

/* args.NAME: the record's field, read where the format file puts it. */
static const struct tp_field *field(const struct probe_inst *in, const char *name)
{
	return tp_format_field(in->format, name);
}

/* An AM_RAW program is a raw_tp one (its fallback, a "tracepoint" one:
 * codegen); the others name their first tracepoint, as libbpf expects. */
static const char *section(const struct prog_probe *pp, struct arena *a)
{
	if (pp->attach == AM_RAW)
		return "raw_tp";
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

/* -v: how a tracepoint was attached. */
static void say(const struct attach_ctx *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void say(const struct attach_ctx *a, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (!a->verbose)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	report_note("%s", msg);
}

/* The program on each of its tracepoints, the target's index as the
 * attach cookie (probe's row in a shared program). An AM_RAW program goes
 * as a raw tracepoint; where the kernel has none of that name (syscalls:*
 * events are not tracepoints; some events are named otherwise than
 * theirs), its fallback goes through a perf event instead. AM_PERF and
 * AM_FOLD programs go through perf events. */
static int attach_targets(struct bpf_program *p, const struct prog_probe *pp,
			  struct attach_ctx *a)
{
	struct bpf_program *fb = pp->fallback_name
		? bpf_object__find_program_by_name(a->obj, pp->fallback_name) : NULL;

	for (unsigned k = 0; k < pp->ntargets; k++) {
		const struct tp_target *t = &pp->targets[k];
		int raw_errno = 0;

		if (pp->attach == AM_RAW) {
			int fd = raw_tp_open(bpf_program__fd(p), t->name, k);

			if (fd >= 0) {
				a->add_fd(a, fd);
				say(a, "%s: raw tracepoint (program %s, cookie %u)", t->full,
				    pp->prog_name, k);
				continue;
			}
			raw_errno = errno;
			if (!fb) {
				a->error("cannot attach %s: %s", t->full, strerror(errno));
				return -1;
			}
		}
		LIBBPF_OPTS(bpf_tracepoint_opts, topts, .bpf_cookie = k);
		struct bpf_program *use = pp->attach == AM_RAW ? fb : p;
		struct bpf_link *l = bpf_program__attach_tracepoint_opts(use, t->category, t->name,
									 &topts);
		if (!l) {
			/* An artifact run: relocate_check warned of the
			 * wildcard's tracepoints this kernel lacks. */
			if (t->wildcard && errno == ENOENT)
				continue;
			a->error("cannot attach %s: %s", t->full, strerror(errno));
			return -1;
		}
		a->add_link(a, l);
		if (pp->attach == AM_FOLD)
			say(a, "%s (%u tracepoints): syscall fold, one perf event on %s (program %s)",
			    pp->full, pp->nnamed, t->full, pp->prog_name);
		else if (raw_errno)
			say(a, "%s: perf event, no raw tracepoint of that name (%s) (program %s, "
			    "cookie %u)", t->full, strerror(raw_errno), bpf_program__name(use), k);
		else
			say(a, "%s: perf event (program %s, cookie %u)", t->full, pp->prog_name, k);
	}
	return 0;
}

static int attach(struct bpf_program *p, const struct prog_probe *pp, struct attach_ctx *a)
{
	if (attach_targets(p, pp, a) < 0)
		return -1;
	/* Its program for the syscall's exit, if it has one: such a program
	 * serves one sys_enter_* tracepoint (share_programs keeps it alone). */
	char xname[256];
	snprintf(xname, sizeof(xname), "%s" TP_AT_EXIT_SUFFIX, pp->prog_name);
	p = bpf_object__find_program_by_name(a->obj, xname);
	if (p && !strncmp(pp->name, "sys_enter_", 10)) {
		char ename[256];

		snprintf(ename, sizeof(ename), "sys_exit_%s", pp->name + 10);
		struct bpf_link *l = bpf_program__attach_tracepoint(p, pp->category, ename);
		if (!l) {
			a->error("cannot attach %s's exit (%s): %s", pp->full, ename,
				 strerror(errno));
			return -1;
		}
		a->add_link(a, l);
		say(a, "%s: perf event on %s for strings read at the syscall's exit (program %s)",
		    pp->full, ename, xname);
	}
	return 0;
}

const struct provider tracepoint_provider = {
	.name = "tracepoint", .alias = "t", .kind = PK_TRACEPOINT,
	.usage = "tracepoint:CATEGORY:NAME (or t:)", .prog_prefix = "tp",
	.expand = expand_tracepoint, .finish = finish, .field = field,
	.section = section, .pid_filter = true, .exit_section = exit_section,
	.attach = attach, .list = list_tracepoints,
};
