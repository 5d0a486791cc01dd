// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* expand.c - probe expansion: each probe of the script becomes one instance
 * per concrete probe (wildcards, lists of specs, positional parameters in a
 * spec), and many syscalls:sys_enter_* (sys_exit_*) events of one probe are
 * folded onto one raw_syscalls attach. Runs before any expression is
 * checked and never calls back into sema.c. */
#include "checker.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/syscalls.h"
#include "kernel/tracefs.h"
#include "kernel/uelf.h"

/* ---- tracepoints ---------------------------------------------------- */

static const char *need_tracefs(struct sema *s, const struct loc *loc)
{
	char err[512];

	if (s->tracefs)
		return s->tracefs;
	s->tracefs = tracefs_root(err, sizeof(err));
	if (!s->tracefs)
		diag_error(s->diag, loc, "%s", err);
	return s->tracefs;
}

/* The format of CAT:NAME, read once per run. With quiet_enoent a missing
 * event returns NULL with errno ENOENT and no message (the caller explains
 * it better). */
static const struct tp_format *load_format(struct sema *s, const char *cat,
					   const char *name,
					   const struct loc *loc, bool quiet_enoent)
{
	char err[512];

	for (unsigned i = 0; i < s->nformats; i++)
		if (!strcmp(s->formats[i]->category, cat) &&
		    !strcmp(s->formats[i]->name, name))
			return s->formats[i];
	struct tp_format *f = tp_format_load(s->tracefs, cat, name, err, sizeof(err));
	if (!f) {
		int e = errno;

		if (!(quiet_enoent && e == ENOENT))
			diag_error(s->diag, loc, "cannot read the format of tracepoint %s:%s: %s",
				   cat, name, err);
		errno = e;
		return NULL;
	}
	s->formats = xrealloc(s->formats, (s->nformats + 1) * sizeof(*s->formats));
	s->formats[s->nformats++] = f;
	return f;
}

static bool has_wildcard(const char *p)
{
	return strpbrk(p, "*?") != NULL;
}

/* Each instance is a BPF program: more than this is surely a mistake
 * (the kernel has some 2,300 tracepoints), and would take minutes. */
#define MAX_INSTANCES 4096

static void add_instance(struct sema *s, const struct probe *p,
			 enum probe_kind kind, const char *cat,
			 const char *name, const struct tp_format *f)
{
	if (s->prog.nprobes >= MAX_INSTANCES) {
		if (!s->too_many) {
			diag_error(s->diag, &p->loc, "the script expands to more than %d probes",
				   MAX_INSTANCES);
			s->too_many = true;
		}
		return;
	}
	unsigned i = s->prog.nprobes++;

	if (s->prog.nprobes > s->probes_cap) {	/* doubling: wildcards make thousands */
		s->probes_cap = s->probes_cap ? s->probes_cap * 2 : 16;
		s->prog.probes = xrealloc(s->prog.probes, s->probes_cap * sizeof(*s->prog.probes));
		s->insts = xrealloc(s->insts, s->probes_cap * sizeof(*s->insts));
	}
	struct prog_probe *pp = &s->prog.probes[i];
	memset(pp, 0, sizeof(*pp));
	pp->kind = kind;
	if (kind == PK_TRACEPOINT) {
		pp->category = arena_strdup(s->arena, cat);
		pp->name = arena_strdup(s->arena, name);
		pp->full = arena_printf(s->arena, "tracepoint:%s:%s", cat, name);
		pp->prog_name = arena_printf(s->arena, "tp%u_%.40s", i, name);
	} else {
		static const char *const names[] = {
			[PK_BEGIN] = "BEGIN", [PK_END] = "END", [PK_INTERVAL] = "interval",
			[PK_PROFILE] = "profile",
		};
		static const char *const fn[] = {
			[PK_BEGIN] = "begin", [PK_END] = "end", [PK_INTERVAL] = "interval",
			[PK_PROFILE] = "profile",
		};
		pp->full = names[kind];
		pp->prog_name = arena_printf(s->arena, "%s%u", fn[kind], i);
	}
	if (kind == PK_UPROBE || kind == PK_URETPROBE) {
		const char *prov = kind == PK_UPROBE ? "uprobe" : "uretprobe";

		pp->category = arena_strdup(s->arena, cat);
		pp->name = arena_strdup(s->arena, name);
		pp->full = arena_printf(s->arena, "%s:%s:%s", prov, cat, name);
		pp->prog_name = arena_printf(s->arena, "tp%u_%.40s", i, *name ? name : prov);
	}
	s->insts[i] = (struct probe_inst){ .src = p, .format = f };
	pp->line = p->loc.first_line;
	pp->col = p->loc.first_column;
}

/* The span of part i (0: the category) of a one-line probe spec. */
static struct loc part_loc(const struct probe_spec *sp, int i)
{
	struct loc l = sp->loc;

	if (l.first_line != l.last_line)
		return l;
	l.first_column += (int)strlen(sp->provider) + 1;
	for (int k = 0; k < i; k++)
		l.first_column += (int)strlen(sp->parts[k]) + 1;
	l.last_column = l.first_column + (int)strlen(sp->parts[i]) - 1;
	if (l.last_column < l.first_column)
		l.last_column = l.first_column;
	return l;
}

/* A tracepoint spec matched nothing: say which part is wrong, with the
 * closest names. Listing happens only here, on the error path. */
static void unknown_tracepoint(struct sema *s, const struct probe_spec *sp)
{
	const char *catpat = sp->parts[0], *namepat = sp->parts[1];
	char **names = has_wildcard(catpat) ? NULL : tracefs_list(s->tracefs, catpat);

	if (names) {
		struct loc nl = part_loc(sp, 1);

		if (has_wildcard(namepat))
			diag_error(s->diag, &nl, "no tracepoint matches %s:%s", catpat, namepat);
		else
			diag_error(s->diag, &nl, "unknown tracepoint %s:%s", catpat, namepat);
		diag_suggest(s->diag, names, "", namepat);
		tracefs_names_free(names);
		return;
	}
	char **cats = tracefs_list(s->tracefs, NULL);
	bool cat_known = false;
	struct loc cl = part_loc(sp, 0);

	for (char **c = cats; c && *c; c++)
		cat_known |= glob_match(catpat, *c);
	if (cat_known) {
		struct loc nl = part_loc(sp, 1);

		diag_error(s->diag, &nl, "no tracepoint matches %s:%s", catpat, namepat);
	} else {
		diag_error(s->diag, &cl, "no tracepoint category matches '%s'", catpat);
		diag_suggest(s->diag, cats, "", catpat);
	}
	tracefs_names_free(cats);
}

static bool subtree_uses_args(const struct node *n, bool allow_ret);

/* Expand one "tracepoint:CAT:NAME" (wildcards allowed) into instances. */
static void expand_tracepoint(struct sema *s, const struct probe *p,
			      const struct probe_spec *sp)
{
	if (sp->nparts != 2 || !*sp->parts[0] || !*sp->parts[1]) {
		diag_error(s->diag, &sp->loc, "a tracepoint probe is written tracepoint:CATEGORY:NAME");
		diag_hint(s->diag, "for example tracepoint:syscalls:sys_enter_openat; "
			  "the names are in %s", "/sys/kernel/tracing/available_events");
		return;
	}
	if (!need_tracefs(s, &sp->loc))
		return;
	const char *catpat = sp->parts[0], *namepat = sp->parts[1];
	const struct tp_format *f;

	/* The common case reads one format file and lists no directory. */
	if (!has_wildcard(catpat) && !has_wildcard(namepat)) {
		f = load_format(s, catpat, namepat, &sp->loc, true);
		if (f)
			add_instance(s, p, PK_TRACEPOINT, catpat, namepat, f);
		else if (errno == ENOENT)
			unknown_tracepoint(s, sp);
		return;
	}

	char **cats = tracefs_list(s->tracefs, NULL);
	unsigned found = 0;
	/* Syscall events may be folded onto one raw_syscalls attach (see
	 * mux_syscalls): their formats are read only if they are not. */
	bool defer = !subtree_uses_args(p->pred, true) && !subtree_uses_args(p->body, true);

	if (!cats) {
		diag_error(s->diag, &sp->loc, "cannot list %s/events: %s", s->tracefs,
			   strerror(errno));
		return;
	}
	for (char **c = cats; *c; c++) {
		if (!glob_match(catpat, *c))
			continue;
		char **names = tracefs_list(s->tracefs, *c);
		for (char **n = names; n && *n; n++) {
			if (!glob_match(namepat, *n))
				continue;
			if (defer && !strcmp(*c, "syscalls")) {
				add_instance(s, p, PK_TRACEPOINT, *c, *n, NULL);
				found++;
				continue;
			}
			f = load_format(s, *c, *n, &sp->loc, false);
			if (f) {
				add_instance(s, p, PK_TRACEPOINT, *c, *n, f);
				found++;
			}
		}
		tracefs_names_free(names);
	}
	tracefs_names_free(cats);
	if (!found)
		unknown_tracepoint(s, sp);
}

/* interval:UNIT:N and profile:UNIT:N (also profile:hz:N). */
static void expand_timed(struct sema *s, const struct probe *p,
			 const struct probe_spec *sp, enum probe_kind kind)
{
	static const struct {
		const char *unit;
		uint64_t ns;
	} units[] = { { "s", 1000000000ull }, { "ms", 1000000 }, { "us", 1000 },
		      { "hz", 0 } };
	const char *kname = kind == PK_INTERVAL ? "interval" : "profile";

	if (sp->nparts != 2) {
		diag_error(s->diag, &sp->loc, "%s probes are written %s:UNIT:N, "
			   "with UNIT one of s, ms, us, hz", kname, kname);
		return;
	}
	int u = -1;
	for (int i = 0; i < 4; i++)
		if (!strcmp(sp->parts[0], units[i].unit))
			u = i;
	char *end;
	errno = 0;
	unsigned long long n = strtoull(sp->parts[1], &end, 10);
	if (u < 0) {
		struct loc l = part_loc(sp, 0);

		diag_error(s->diag, &l, "unknown unit '%s' for %s", sp->parts[0], kname);
		diag_hint(s->diag, "the units are s, ms, us and hz");
		return;
	}
	if (!*sp->parts[1] || *end || errno || n == 0 ||
	    (units[u].ns && n > UINT64_MAX / units[u].ns) || (!units[u].ns && n > 1000000)) {
		struct loc l = part_loc(sp, 1);

		diag_error(s->diag, &l, "%s needs a positive whole number of %s, not '%s'",
			   kname, sp->parts[0], sp->parts[1]);
		return;
	}
	add_instance(s, p, kind, NULL, NULL, NULL);
	struct prog_probe *pp = &s->prog.probes[s->prog.nprobes - 1];
	pp->full = arena_printf(s->arena, "%s:%s:%llu", kname, sp->parts[0], n);
	if (units[u].ns)
		pp->period_ns = n * units[u].ns;
	else
		pp->freq_hz = n;
}

/* "$1" in a probe's parts (interval:ms:$1, tracepoint:$1:$2) is the
 * positional parameter's text, as in bpftrace. */
static const struct probe_spec *subst_params(struct sema *s, const struct probe_spec *sp)
{
	bool any = false;

	for (int i = 0; i < sp->nparts && i < 3; i++)
		any |= strchr(sp->parts[i], '$') != NULL;
	if (!any)
		return sp;
	struct probe_spec *c = arena_alloc(s->arena, sizeof(*c));
	*c = *sp;
	for (int i = 0; i < sp->nparts && i < 3; i++) {
		struct buf b = { 0 };

		buf_append(&b, "", 0);
		for (const char *p = sp->parts[i]; *p; p++) {
			if (*p == '$' && p[1] >= '1' && p[1] <= '9') {
				char *end;
				long n = strtol(p + 1, &end, 10);

				if (n <= s->nparams)
					buf_printf(&b, "%s", s->params[n - 1]);
				p = end - 1;
			} else {
				buf_append(&b, p, 1);
			}
		}
		c->parts[i] = arena_strdup(s->arena, b.data);
		buf_free(&b);
	}
	return c;
}

/* uprobe:BINARY:FUNC, uretprobe:BINARY:FUNC: FUNC a function symbol,
 * FUNC+OFFSET, an address, or a pattern with '*' and '?' over the binary's
 * function symbols (kernel/uelf.c reads them, once per binary). */
static void expand_uprobe(struct sema *s, const struct probe *p, const struct probe_spec *sp,
			  enum probe_kind kind)
{
	const char *prov = kind == PK_UPROBE ? "uprobe" : "uretprobe";
	char why[512];

	if (sp->nparts != 2 || !*sp->parts[0] || !*sp->parts[1]) {
		diag_error(s->diag, &sp->loc, "%s needs a binary and a function: %s:BINARY:FUNCTION",
			   prov, prov);
		return;
	}
	struct loc bloc = part_loc(sp, 0), floc = part_loc(sp, 1);
	char *path = uelf_resolve(sp->parts[0], s->filter_pid, why, sizeof(why));
	if (!path) {
		diag_error(s->diag, &bloc, "cannot find the binary '%s': %s", sp->parts[0], why);
		return;
	}
	const struct uelf *e = uelf_get(path, why, sizeof(why));
	if (!e) {
		diag_error(s->diag, &bloc, "cannot read the binary '%s': %s", sp->parts[0], why);
		free(path);
		return;
	}
	const char *fn = sp->parts[1];
	size_t before = s->prog.nprobes;

	if (fn[0] >= '0' && fn[0] <= '9') {	/* an address */
		char *end;
		unsigned long long a = strtoull(fn, &end, 0);
		uint64_t off;

		if (*end || uelf_offset(e, a, &off) < 0) {
			diag_error(s->diag, &floc, "'%s' is not an address in %s's loaded segments", fn,
				   path);
		} else {
			add_instance(s, p, kind, path, "", NULL);
			struct prog_probe *pp = &s->prog.probes[s->prog.nprobes - 1];
			pp->uaddr = a;
			pp->full = arena_printf(s->arena, "%s:%s:%s", prov, path, fn);
		}
		free(path);
		return;
	}
	if (strpbrk(fn, "*?")) {
		for (size_t k = 0; k < e->nfuncs; k++)
			if (glob_match(fn, e->funcs[k].name))
				add_instance(s, p, kind, path, e->funcs[k].name, NULL);
		if (s->prog.nprobes == before)
			diag_error(s->diag, &floc, "no function of %s matches '%s'", path, fn);
		free(path);
		return;
	}
	char name[256];
	const char *plus = strchr(fn, '+');
	unsigned long long off = 0;
	snprintf(name, sizeof(name), "%.*s", plus ? (int)(plus - fn) : (int)strlen(fn), fn);
	if (plus) {
		char *end;
		off = strtoull(plus + 1, &end, 0);
		if (!plus[1] || *end) {
			diag_error(s->diag, &floc, "'%s' is not FUNCTION+OFFSET", fn);
			free(path);
			return;
		}
	}
	const struct uelf_func *f = uelf_func(e, name);
	if (!f) {
		diag_error(s->diag, &floc, "no function '%s' in %s%s", name, path,
			   e->has_symtab ? "" : " (it has no symbol table: stripped, only exported "
						"functions are known)");
		char **names = arena_alloc(s->arena, (e->nfuncs + 1) * sizeof(*names));
		for (size_t k = 0; k < e->nfuncs; k++)
			names[k] = e->funcs[k].name;
		diag_suggest(s->diag, names, "", name);
	} else if (off && f->size && off >= f->size) {
		diag_error(s->diag, &floc, "offset %llu is past the end of '%s' (%llu bytes)", off,
			   name, (unsigned long long)f->size);
	} else {
		add_instance(s, p, kind, path, name, NULL);
		struct prog_probe *pp = &s->prog.probes[s->prog.nprobes - 1];
		pp->uaddr = off;
		if (off)
			pp->full = arena_printf(s->arena, "%s:%s:%s+%llu", prov, path, name, off);
	}
	free(path);
}

void expand_probes(struct sema *s, struct ast *ast)
{
	for (const struct probe *p = ast->probes; p; p = p->next) {
		for (const struct probe_spec *sp0 = p->specs; sp0; sp0 = sp0->next) {
			const struct probe_spec *sp = subst_params(s, sp0);
			const char *prov = sp->provider;

			/* begin and end: current bpftrace's spellings */
			if (!strcmp(prov, "BEGIN") || !strcmp(prov, "END") ||
			    !strcmp(prov, "begin") || !strcmp(prov, "end")) {
				if (sp->nparts) {
					diag_error(s->diag, &sp->loc, "%s takes no parameters", prov);
					continue;
				}
				add_instance(s, p, (prov[0] | 0x20) == 'b' ? PK_BEGIN : PK_END,
					     NULL, NULL, NULL);
			} else if (!strcmp(prov, "tracepoint") || !strcmp(prov, "t")) {
				expand_tracepoint(s, p, sp);
			} else if (!strcmp(prov, "uprobe") || !strcmp(prov, "u")) {
				expand_uprobe(s, p, sp, PK_UPROBE);
			} else if (!strcmp(prov, "uretprobe") || !strcmp(prov, "ur")) {
				expand_uprobe(s, p, sp, PK_URETPROBE);
			} else if (!strcmp(prov, "interval") || !strcmp(prov, "i")) {
				expand_timed(s, p, sp, PK_INTERVAL);
			} else if (!strcmp(prov, "profile") || !strcmp(prov, "p")) {
				expand_timed(s, p, sp, PK_PROFILE);
			} else {
				diag_error(s->diag, &sp->loc, "unknown probe type '%s'", prov);
				diag_hint(s->diag, "tpscript knows tracepoint:CATEGORY:NAME (or t:), "
					  "uprobe:BINARY:FUNCTION (u:), uretprobe:BINARY:FUNCTION (ur:), "
					  "BEGIN, END, interval:UNIT:N and profile:UNIT:N");
				if (!strcmp(prov, "kprobe") || !strcmp(prov, "kretprobe") || !strcmp(prov, "k"))
					diag_hint(s->diag, "kprobes are not supported; a tracepoint near the function "
						  "is often the stable alternative");
			}
		}
	}
}

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
static int syscall_group(struct sema *s, unsigned from, unsigned to)
{
	int dir = 0;

	for (unsigned i = from; i < to; i++) {
		const struct prog_probe *pp = &s->prog.probes[i];
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

void mux_syscalls(struct sema *s)
{
	unsigned out = 0;

	for (unsigned i = 0; i < s->prog.nprobes;) {
		unsigned end = i + 1;

		while (end < s->prog.nprobes && s->insts[end].src == s->insts[i].src)
			end++;
		const struct probe *src = s->insts[i].src;
		int dir = end - i >= MUX_MIN ? syscall_group(s, i, end) : 0;
		if (dir && !subtree_uses_args(src->pred, dir == 2) &&
		    !subtree_uses_args(src->body, dir == 2)) {
			const char *raw = dir == 1 ? "sys_enter" : "sys_exit";
			const struct tp_format *f = load_format(s, "raw_syscalls", raw, &src->loc, false);

			if (f) {
				struct probe_inst in = { .src = src, .format = f };
				struct prog_probe pp = s->prog.probes[i];
				unsigned n = end - i, longest = 0;

				in.mux_n = n;
				in.mux_nrs = arena_alloc(s->arena, n * sizeof(int));
				in.mux_names = arena_alloc(s->arena, n * sizeof(char *));
				for (unsigned k = 0; k < n; k++) {
					const struct prog_probe *p = &s->prog.probes[i + k];
					size_t len = strlen(p->full);

					in.mux_nrs[k] = syscall_nr(p->name + (dir == 1 ? 10 : 9));
					in.mux_names[k] = p->full;
					if (len > longest)
						longest = (unsigned)len;
				}
				in.mux_namesize = longest + 1;
				pp.category = "raw_syscalls";
				pp.name = raw;
				pp.full = arena_printf(s->arena, "tracepoint:syscalls:%s_*", raw);
				pp.prog_name = arena_printf(s->arena, "tp%u_%s", i, raw);	/* i is free: in the group */
				s->prog.probes[out] = pp;
				s->insts[out] = in;
				out++;
				i = end;
				continue;
			}
		}
		for (; i < end; i++) {
			struct probe_inst *in = &s->insts[i];
			const struct prog_probe *pp = &s->prog.probes[i];

			if (pp->kind == PK_TRACEPOINT && !in->format) {	/* deferred */
				in->format = load_format(s, pp->category, pp->name, &in->src->loc, false);
				if (!in->format)
					continue;
			}
			s->prog.probes[out] = *pp;
			s->insts[out] = *in;
			out++;
		}
	}
	s->prog.nprobes = out;
}

/* ---- expressions ---------------------------------------------------- */
