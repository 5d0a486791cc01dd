/* sema.c - the checker: expands probes, resolves names, types every
 * expression and lays out the records. Errors are collected, not fatal:
 * a script gets all its errors in one run. */
#include "sema.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/syscalls.h"
#include "kernel/tracefs.h"

#define DEFAULT_STRLEN 64	/* bpftrace's default BPFTRACE_STRLEN */
#define RINGBUF_SIZE (256 * 1024)

static const struct {
	const char *name;
	enum builtin b;
} builtins[] = {
	{ "pid", B_PID }, { "tid", B_TID }, { "comm", B_COMM },
	{ "cpid", B_CPID }, { "args", B_ARGS }, { "uid", B_UID }, { "gid", B_GID },
	{ "nsecs", B_NSECS }, { "elapsed", B_ELAPSED }, { "cpu", B_CPU },
	{ "probe", B_PROBE }, { "rand", B_RAND }, { "cgroup", B_CGROUP },
	{ "kstack", B_KSTACK }, { "ustack", B_USTACK },
};

#define DEFAULT_MAP_ENTRIES 4096	/* bpftrace's BPFTRACE_MAP_KEYS_MAX */

struct type ty_int(unsigned size, bool is_signed)
{
	return (struct type){ .kind = TY_INT, .size = size, .is_signed = is_signed };
}

struct type ty_str(unsigned size)
{
	return (struct type){ .kind = TY_STR, .size = size };
}

static const char *type_name(const struct type *t);

/* "an integer", "a string": for messages. */
const char *a_type(const struct type *t)
{
	switch (t->kind) {
	case TY_INT: return "an integer";
	case TY_STR: return "a string";
	case TY_PTR: return "a pointer";
	case TY_ARGS: return "the args record";
	case TY_TUPLE: return "a tuple";
	case TY_KSYM: return "a kernel symbol";
	case TY_KSTACK: return t->user ? "a user stack" : "a kernel stack";
	case TY_INET: return "an address from ntop()";
	case TY_ARRAY: return "an array";
	case TY_AGG: return "an aggregation";
	case TY_VOID: return "nothing (a call without a value)";
	default: return "unknown";
	}
}

static const char *type_name(const struct type *t)
{
	switch (t->kind) {
	case TY_INT: return "integer";
	case TY_STR: return "string";
	case TY_PTR: return "pointer";
	case TY_ARGS: return "args record";
	case TY_VOID: return "nothing (a call without a value)";
	default: return "unknown";
	}
}

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

/* Up to three names in list closest to want, as a hint. */
void suggest(struct sema *s, char **list, const char *prefix,
	     const char *want)
{
	const char *best[3] = { 0 };
	size_t bestd[3] = { 0 }, cap = strlen(want) / 3 + 2;

	for (char **p = list; p && *p; p++) {
		size_t d = edit_distance(want, *p, cap);

		if (d > cap)
			continue;
		for (int i = 0; i < 3; i++) {
			if (!best[i] || d < bestd[i]) {
				for (int j = 2; j > i; j--) {
					best[j] = best[j - 1];
					bestd[j] = bestd[j - 1];
				}
				best[i] = *p;
				bestd[i] = d;
				break;
			}
		}
	}
	if (!best[0])
		return;
	struct buf b = { 0 };
	for (int i = 0; i < 3 && best[i]; i++)
		buf_printf(&b, "%s'%s%s'", i ? (i == 2 || !best[i + 1] ? " or " : ", ") : "",
			   prefix, best[i]);
	diag_hint(s->diag, "did you mean %s?", b.data);
	buf_free(&b);
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
		suggest(s, names, "", namepat);
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
		suggest(s, cats, "", catpat);
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

static void expand_probes(struct sema *s, struct ast *ast)
{
	for (const struct probe *p = ast->probes; p; p = p->next) {
		for (const struct probe_spec *sp0 = p->specs; sp0; sp0 = sp0->next) {
			const struct probe_spec *sp = subst_params(s, sp0);
			const char *prov = sp->provider;

			if (!strcmp(prov, "BEGIN") || !strcmp(prov, "END")) {
				if (sp->nparts) {
					diag_error(s->diag, &sp->loc, "%s takes no parameters", prov);
					continue;
				}
				add_instance(s, p, prov[0] == 'B' ? PK_BEGIN : PK_END, NULL, NULL, NULL);
			} else if (!strcmp(prov, "tracepoint") || !strcmp(prov, "t")) {
				expand_tracepoint(s, p, sp);
			} else if (!strcmp(prov, "interval") || !strcmp(prov, "i")) {
				expand_timed(s, p, sp, PK_INTERVAL);
			} else if (!strcmp(prov, "profile") || !strcmp(prov, "p")) {
				expand_timed(s, p, sp, PK_PROFILE);
			} else {
				diag_error(s->diag, &sp->loc, "unknown probe type '%s'", prov);
				diag_hint(s->diag, "tpscript knows tracepoint:CATEGORY:NAME (or t:), BEGIN, END, "
					  "interval:UNIT:N and profile:UNIT:N");
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

static bool list_uses_args(const struct node *n, bool allow_ret)
{
	for (; n; n = n->next)
		if (subtree_uses_args(n, allow_ret))
			return true;
	return false;
}

/* Does n read args, other than args.ret (sys_exit_* and raw sys_exit
 * share it)? */
static bool subtree_uses_args(const struct node *n, bool allow_ret)
{
	if (!n)
		return false;
	switch (n->kind) {
	case N_IDENT:
		return !strcmp(n->id.name, "args");
	case N_MEMBER:
		if (allow_ret && n->member.name && !strcmp(n->member.name, "ret") &&
		    n->member.base->kind == N_IDENT && !strcmp(n->member.base->id.name, "args"))
			return false;
		return subtree_uses_args(n->member.base, allow_ret);
	case N_MAP: return list_uses_args(n->map.keys, allow_ret);
	case N_INDEX:
		return subtree_uses_args(n->index.base, allow_ret) ||
		       subtree_uses_args(n->index.index, allow_ret);
	case N_CALL: return list_uses_args(n->call.args, allow_ret);
	case N_BINOP:
		return subtree_uses_args(n->bin.l, allow_ret) || subtree_uses_args(n->bin.r, allow_ret);
	case N_UNOP: return subtree_uses_args(n->un.e, allow_ret);
	case N_TERNARY:
		return subtree_uses_args(n->tern.c, allow_ret) ||
		       subtree_uses_args(n->tern.t, allow_ret) ||
		       subtree_uses_args(n->tern.f, allow_ret);
	case N_ASSIGN:
		return subtree_uses_args(n->assign.lhs, allow_ret) ||
		       subtree_uses_args(n->assign.rhs, allow_ret);
	case N_INCDEC: return subtree_uses_args(n->incdec.e, allow_ret);
	case N_CAST: return subtree_uses_args(n->cast.e, allow_ret);
	case N_TUPLE: return list_uses_args(n->tuple.elems, allow_ret);
	case N_EXPR_STMT: return subtree_uses_args(n->expr.e, allow_ret);
	case N_IF:
		return subtree_uses_args(n->if_.c, allow_ret) ||
		       subtree_uses_args(n->if_.then, allow_ret) ||
		       subtree_uses_args(n->if_.els, allow_ret);
	case N_WHILE:
		return subtree_uses_args(n->while_.c, allow_ret) ||
		       subtree_uses_args(n->while_.body, allow_ret);
	case N_UNROLL: return subtree_uses_args(n->unroll.body, allow_ret);
	case N_BLOCK: return list_uses_args(n->block.stmts, allow_ret);
	default: return false;
	}
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

static void mux_syscalls(struct sema *s)
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


unsigned add_record(struct sema *s, enum rec_type type)
{
	unsigned id = s->prog.nrecs++;

	if (s->prog.nrecs > s->recs_cap) {
		s->recs_cap = s->recs_cap ? s->recs_cap * 2 : 16;
		s->prog.recs = xrealloc(s->prog.recs, s->recs_cap * sizeof(*s->prog.recs));
		s->rec_maps = xrealloc(s->rec_maps, s->recs_cap * sizeof(*s->rec_maps));
	}
	memset(&s->prog.recs[id], 0, sizeof(s->prog.recs[id]));
	s->rec_maps[id] = NULL;
	s->prog.recs[id].type = type;
	s->prog.recs[id].size = sizeof(struct rec_hdr);
	return id;
}

static void layout_arg(struct sema *s, struct rec_arg *ra, const struct type *t,
		       unsigned off)
{
	ra->offset = off;
	if (t->kind == TY_STR) {
		ra->kind = RA_STR;
		ra->size = t->size;
	} else if (t->kind == TY_TUPLE) {
		struct rec_arg *el = arena_alloc(s->arena, t->nelems * sizeof(*el));

		ra->kind = RA_TUPLE;
		ra->size = t->size;
		ra->elems = el;
		ra->nelems = t->nelems;
		for (unsigned i = 0; i < t->nelems; i++)
			layout_arg(s, &el[i], &t->elems[i], tuple_offset(t, i));
	} else if (t->kind == TY_ARRAY) {
		ra->kind = RA_ARRAY;
		ra->size = t->size;
		ra->elem_size = t->elems[0].size;
		ra->is_signed = t->elems[0].is_signed;
		ra->count = t->nelems;
	} else if (t->kind == TY_KSYM) {
		ra->kind = RA_KSYM;
		ra->size = 8;
	} else if (t->kind == TY_KSTACK) {
		ra->kind = RA_KSTACK;
		ra->size = 8;
		ra->frames = t->size;
		ra->user_stack = t->user;
	} else if (t->kind == TY_INET) {
		ra->kind = RA_INET;
		ra->size = sizeof(struct tp_inet);
	} else {
		ra->kind = RA_INT;
		ra->size = 8;
		ra->is_signed = t->kind == TY_INT && t->is_signed;
		ra->is_ptr = t->kind == TY_PTR;
		ra->elem_size = t->kind == TY_INT ? t->size : 8;	/* the value's width */
	}
}

/* print(args): every readable field of the record, by name. The layout
 * follows the format file, so it is laid out per probe instance. */
void layout_args_struct(struct sema *s, struct rec_arg *ra, const struct tp_format *f,
			unsigned off)
{
	unsigned n = 0, at = 0;
	struct type t;

	for (size_t i = 0; i < f->nfields; i++)
		n += !f->fields[i].common && field_type(s, &f->fields[i], &t);
	struct rec_arg *el = arena_alloc(s->arena, (n ? n : 1) * sizeof(*el));
	n = 0;
	for (size_t i = 0; i < f->nfields; i++) {
		if (f->fields[i].common || !field_type(s, &f->fields[i], &t))
			continue;
		layout_arg(s, &el[n], &t, at);
		el[n].name = f->fields[i].name;
		at += (el[n].size + 7) & ~7u;
		n++;
	}
	ra->kind = RA_STRUCT;
	ra->offset = off;
	ra->elems = el;
	ra->nelems = n;
	ra->size = at;
}

/* Lay the arguments of a printf/print call out in its record. */
void layout_args(struct sema *s, struct rec_desc *r, struct node *args)
{
	unsigned off = sizeof(struct rec_hdr), n = 0;

	for (struct node *a = args; a; a = a->next)
		n++;
	r->args = arena_alloc(s->arena, (n ? n : 1) * sizeof(*r->args));
	r->nargs = n;
	n = 0;
	for (struct node *a = args; a; a = a->next, n++) {
		if (a->type.kind == TY_ARGS)
			layout_args_struct(s, &r->args[n], a->type.format, off);
		else
			layout_arg(s, &r->args[n], &a->type, off);
		/* str() cut at STRLEN is marked as cut: read one byte more to
		 * tell a string that just fits from a longer one. */
		if (a->kind == N_CALL && a->call.fn && a->call.fn->id == F_STR &&
		    a->call.args->type.kind != TY_STR && a->type.size == s->strlen) {
			r->args[n].cut_mark = true;
			r->args[n].size++;
		}
		off += (r->args[n].size + 7) & ~7u;
	}
	r->size = off;
}

/* ksym(), kstack and ntop() values: printable, usable as keys, but
 * nothing to compute with. */
static bool is_special(const struct type *t)
{
	return t->kind == TY_KSYM || t->kind == TY_KSTACK || t->kind == TY_INET;
}

/* Keys of one map must agree part by part on this. */
static int key_class(const struct type *t)
{
	if (t->kind == TY_KSTACK && t->user)
		return 1000;	/* ustack and kstack keys differ */
	return is_intlike(t) ? TY_INT : (int)t->kind;
}

bool is_value(const struct type *t)
{
	return t->kind == TY_INT || t->kind == TY_STR || t->kind == TY_PTR ||
	       t->kind == TY_TUPLE || t->kind == TY_KSYM || t->kind == TY_KSTACK ||
	       t->kind == TY_INET;
}

/* Two types hold the same kind of value (string sizes may differ). */
static bool same_shape(const struct type *a, const struct type *b)
{
	if (is_intlike(a) && is_intlike(b))
		return true;
	if (a->kind != b->kind)
		return false;
	if (a->kind != TY_TUPLE)
		return true;
	if (a->nelems != b->nelems)
		return false;
	for (unsigned i = 0; i < a->nelems; i++)
		if (!same_shape(&a->elems[i], &b->elems[i]))
			return false;
	return true;
}

/* A copy of a value's type for a variable or map to hold: integers are
 * 64-bit, strings at least min_str bytes, tuples element by element. */
static struct type holder_type(struct sema *s, const struct type *t, unsigned min_str)
{
	struct type h = { 0 };

	if (t->kind == TY_STR)
		return ty_str(t->size > min_str ? t->size : min_str);
	/* Pointers keep which memory they point into (str() needs it), and
	 * ksym/kstack/ntop values how they print. */
	if (t->kind == TY_PTR || is_special(t))
		return *t;
	if (t->kind != TY_TUPLE)
		return ty_int(8, t->kind == TY_INT ? t->is_signed : false);
	h.kind = TY_TUPLE;
	h.nelems = t->nelems;
	h.elems = arena_alloc(s->arena, t->nelems * sizeof(*h.elems));
	for (unsigned i = 0; i < t->nelems; i++)
		h.elems[i] = holder_type(s, &t->elems[i], min_str);
	h.size = tuple_offset(&h, h.nelems);
	return h;
}

/* Grow string sizes in holder h to fit value type t (same shape). */
static void widen(struct type *h, const struct type *t)
{
	if (h->kind == TY_STR && t->size > h->size)
		h->size = t->size;
	if (h->kind == TY_TUPLE) {
		for (unsigned i = 0; i < h->nelems; i++)
			widen(&h->elems[i], &t->elems[i]);
		h->size = tuple_offset(h, h->nelems);
	}
}

bool is_intlike(const struct type *t)
{
	return t->kind == TY_INT || t->kind == TY_PTR;
}

static void check_member(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *base = n->member.base;

	check_expr(s, c, base);
	if (!n->member.name) {	/* tuple.N */
		if (base->type.kind == TY_NONE)
			return;
		if (base->type.kind != TY_TUPLE) {
			diag_error(s->diag, &n->loc, ".%u takes an element of a tuple; this is %s",
				   n->member.index, a_type(&base->type));
			return;
		}
		if (n->member.index >= base->type.nelems) {
			diag_error(s->diag, &n->loc, "the tuple has %u elements: .0 to .%u",
				   base->type.nelems, base->type.nelems - 1);
			return;
		}
		n->type = base->type.elems[n->member.index];
		return;
	}
	if (base->type.kind != TY_ARGS) {
		if (base->type.kind != TY_NONE)
			diag_error(s->diag, &n->loc, "only args has fields; this is %s",
				   a_type(&base->type));
		return;
	}
	const struct tp_format *f = c->inst->format;
	const struct tp_field *fld = tp_format_field(f, n->member.name);
	if (!fld) {
		struct loc l = n->loc;
		char **names = xcalloc(f->nfields + 1, sizeof(char *));
		struct buf list = { 0 };
		unsigned k = 0;

		for (size_t i = 0; i < f->nfields; i++) {
			if (f->fields[i].common)
				continue;
			names[k++] = f->fields[i].name;
			buf_printf(&list, "%s%s %s", list.len ? ", " : "",
				   f->fields[i].type, f->fields[i].name);
		}
		/* Underline the field name, not "args.". */
		if (l.first_line == l.last_line && l.last_column - (int)strlen(n->member.name) + 1 > l.first_column)
			l.first_column = l.last_column - (int)strlen(n->member.name) + 1;
		diag_error(s->diag, &l, "tracepoint %s:%s has no field '%s'",
			   f->category, f->name, n->member.name);
		suggest(s, names, "", n->member.name);
		diag_hint(s->diag, "its fields: %s", list.len ? list.data : "(none)");
		buf_free(&list);
		free(names);
		return;
	}
	if (fld->common) {
		/* The kernel lets BPF read a tracepoint's record only past its
		 * first 8 bytes: the common_* header is off limits. */
		diag_error(s->diag, &n->loc, "'%s' is in the header every tracepoint shares, "
			   "which BPF programs cannot read", fld->name);
		diag_hint(s->diag, "pid, tid and comm tell whose event it is");
		return;
	}
	n->member.field = fld;
	if (!field_type(s, fld, &n->type))
		diag_error(s->diag, &n->loc, "field '%s' has type '%s', which tpscript cannot read",
			   fld->name, fld->type);
}

/* The type a record field reads as; false for fields that cannot be read
 * (structs by value, arrays of unknown length). */
bool field_type(struct sema *s, const struct tp_field *fld, struct type *t)
{
	unsigned isize;
	bool isgn;

	switch (fld->kind) {
	case FK_INT:
		tp_field_int(fld, &isize, &isgn);
		*t = ty_int(isize, isgn);
		return true;
	case FK_PTR:
		*t = (struct type){ .kind = TY_PTR, .size = 8, .user = fld->user };
		return true;
	case FK_CHARS:
		*t = ty_str(fld->size);
		return true;
	case FK_DATALOC_STR:
		*t = ty_str(s->strlen);
		return true;
	case FK_ARRAY:
	case FK_DATALOC_ARRAY:
		if (!fld->elem_size || fld->elem_size > 8 || (fld->elem_size & (fld->elem_size - 1)) ||
		    (fld->kind == FK_ARRAY && !fld->count))
			return false;
		*t = (struct type){ .kind = TY_ARRAY, .nelems = fld->kind == FK_ARRAY ? fld->count : 0 };
		t->elems = arena_alloc(s->arena, sizeof(*t->elems));
		*t->elems = ty_int(fld->elem_size, fld->is_signed && fld->kind == FK_ARRAY);
		t->size = fld->kind == FK_ARRAY ? fld->size : 8 + DATALOC_ARRAY_MAX;
		return true;
	default:
		return false;
	}
}

static void check_ident(struct sema *s, struct ctx *c, struct node *n)
{
	enum builtin b = B_NONE;

	for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
		if (!strcmp(builtins[i].name, n->id.name))
			b = builtins[i].b;
	n->id.builtin = b;
	switch (b) {
	case B_PID:
	case B_TID:
		n->type = ty_int(4, false);
		break;
	case B_CPID:
		n->type = ty_int(4, false);
		s->prog.uses_cpid = true;
		break;
	case B_UID:
	case B_GID:
	case B_CPU:
	case B_RAND:
		n->type = ty_int(4, false);
		break;
	case B_ELAPSED:
		s->uses_elapsed = true;
		/* fall through */
	case B_NSECS:
	case B_CGROUP:
		n->type = ty_int(8, false);
		break;
	case B_PROBE:
		n->type = ty_str(c->inst->mux_n ? c->inst->mux_namesize
						: (unsigned)strlen(c->pp->full) + 1);
		break;
	case B_KSTACK:
	case B_USTACK:
		n->type.kind = TY_KSTACK;
		n->type.user = b == B_USTACK;
		s->uses_kstack = true;
		break;
	case B_COMM:
		n->type = ty_str(16);
		break;
	case B_ARGS:
		if (c->pp->kind != PK_TRACEPOINT) {
			diag_error(s->diag, &n->loc, "args is only available in tracepoint probes, not in %s",
				   c->pp->full);
			return;
		}
		n->type.kind = TY_ARGS;
		n->type.format = c->inst->format;
		break;
	case B_NONE: {
		char *names[sizeof(builtins) / sizeof(builtins[0]) + 1] = { 0 };

		for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
			names[i] = (char *)builtins[i].name;
		diag_error(s->diag, &n->loc, "unknown identifier '%s'", n->id.name);
		suggest(s, names, "", n->id.name);
		break;
	}
	}
}

/* A string made of digits is most often a parameter such as 08, which
 * reads as an integer only when C would read it so. */
static void numeric_string_hint(struct sema *s, const struct node *str)
{
	const char *t = str ? str->str.s : NULL;

	if (!t)
		return;
	const char *d = t + (*t == '-');
	if (!*d || strspn(d, "0123456789") != strlen(d))
		return;
	if (d[0] == '0' && strpbrk(d, "89")) {
		const char *z = d + strspn(d, "0");

		diag_hint(s->diag, "'%s' is a string: a leading 0 makes a number octal, where "
			  "8 and 9 are not digits (write %.*s%s)", t, (int)(d - t), t, *z ? z : "0");
	} else {
		diag_hint(s->diag, "'%s' is a string here, not an integer", t);
	}
}

static void check_binop(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *l = n->bin.l, *r = n->bin.r;
	enum op op = n->bin.op;

	check_expr(s, c, l);
	check_expr(s, c, r);
	if (l->type.kind == TY_NONE || r->type.kind == TY_NONE)
		return;
	if (l->type.kind == TY_STR || r->type.kind == TY_STR) {
		if ((op == OP_EQ || op == OP_NE) && l->type.kind == TY_STR &&
		    r->type.kind == TY_STR) {
			n->type = ty_int(8, false);
			return;
		}
		diag_error(s->diag, &n->loc, "'%s' cannot take %s and %s%s",
			   op_str(op), a_type(&l->type), a_type(&r->type),
			   op == OP_EQ || op == OP_NE ? "" : " (strings compare with == and != only)");
		if (l->type.kind == TY_PTR || r->type.kind == TY_PTR)
			diag_hint(s->diag, "read the string a pointer points to with str()");
		numeric_string_hint(s, l->kind == N_STR ? l : r->kind == N_STR ? r : NULL);
		return;
	}
	if (!is_intlike(&l->type) || !is_intlike(&r->type)) {
		diag_error(s->diag, &n->loc, "'%s' cannot take %s and %s", op_str(op),
			   a_type(&l->type), a_type(&r->type));
		return;
	}
	bool sgn = l->type.kind == TY_INT && l->type.is_signed &&
		   r->type.kind == TY_INT && r->type.is_signed;
	/* A literal takes the signedness of the other side, as in C where a
	 * small constant converts to the other operand's type. */
	if (l->kind == N_INT && r->type.kind == TY_INT)
		sgn = r->type.is_signed;
	else if (r->kind == N_INT && l->type.kind == TY_INT)
		sgn = l->type.is_signed;
	switch (op) {
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
	case OP_LAND: case OP_LOR:
		/* Comparisons remember how to compare in is_signed; they yield
		 * 0 or 1. */
		n->type = ty_int(8, sgn);
		break;
	default:
		n->type = ty_int(8, sgn);
		break;
	}
}

static void check_var_read(struct sema *s, struct ctx *c, struct node *n);
static void check_map_read(struct sema *s, struct ctx *c, struct node *n);
static void check_posparam(struct sema *s, struct node *n);
static void check_cast(struct sema *s, struct ctx *c, struct node *n);

void check_expr(struct sema *s, struct ctx *c, struct node *n)
{
	switch (n->kind) {
	case N_INT:
		n->type = ty_int(8, true);
		break;
	case N_STR:
		n->type = ty_str((unsigned)n->str.len + 1);
		break;
	case N_IDENT:
		check_ident(s, c, n);
		break;
	case N_MEMBER:
		check_member(s, c, n);
		break;
	case N_CALL:
		check_call(s, c, n);
		break;
	case N_BINOP:
		check_binop(s, c, n);
		break;
	case N_UNOP:
		check_expr(s, c, n->un.e);
		if (n->un.e->type.kind == TY_NONE)
			break;
		if (!is_intlike(&n->un.e->type)) {
			diag_error(s->diag, &n->loc, "'%s' needs an integer, not %s",
				   op_str(n->un.op), a_type(&n->un.e->type));
			break;
		}
		n->type = ty_int(8, n->un.op == OP_NEG || n->un.e->type.is_signed);
		break;
	case N_TERNARY: {
		struct node *cnd = n->tern.c, *t = n->tern.t, *f = n->tern.f;

		check_expr(s, c, cnd);
		check_expr(s, c, t);
		check_expr(s, c, f);
		if (cnd->type.kind == TY_NONE || t->type.kind == TY_NONE || f->type.kind == TY_NONE)
			break;
		if (!is_intlike(&cnd->type)) {
			diag_error(s->diag, &cnd->loc, "a condition must be an integer, not %s",
				   a_type(&cnd->type));
			break;
		}
		if (t->type.kind == TY_STR && f->type.kind == TY_STR) {
			n->type = ty_str(t->type.size > f->type.size ? t->type.size : f->type.size);
		} else if (is_intlike(&t->type) && is_intlike(&f->type)) {
			n->type = ty_int(8, t->type.is_signed && f->type.is_signed);
		} else {
			diag_error(s->diag, &n->loc, "the two branches of '?:' differ: %s and %s",
				   type_name(&t->type), type_name(&f->type));
		}
		break;
	}
	case N_VAR:
		check_var_read(s, c, n);
		break;
	case N_MAP:
		check_map_read(s, c, n);
		break;
	case N_POSPARAM:
		check_posparam(s, n);
		break;
	case N_PARAMCOUNT:
		n->kind = N_INT;
		n->num = (uint64_t)s->nparams;
		n->type = ty_int(8, true);
		break;
	case N_CAST:
		check_cast(s, c, n);
		break;
	case N_TUPLE: {
		unsigned i = 0;

		n->type.kind = TY_TUPLE;
		n->type.nelems = (unsigned)n->tuple.n;
		n->type.elems = arena_alloc(s->arena, n->type.nelems * sizeof(*n->type.elems));
		for (struct node *e = n->tuple.elems; e; e = e->next, i++) {
			check_expr(s, c, e);
			if (e->type.kind == TY_NONE) {
				n->type.kind = TY_NONE;
				return;
			}
			if (e->type.kind != TY_STR && !is_intlike(&e->type)) {	/* not ksym... */
				diag_error(s->diag, &e->loc, "a tuple holds integers and strings, not %s",
					   a_type(&e->type));
				n->type.kind = TY_NONE;
				return;
			}
			n->type.elems[i] = e->type.kind == TY_STR ? e->type : ty_int(8, e->type.is_signed);
		}
		n->type.size = tuple_offset(&n->type, n->type.nelems);
		break;
	}
	case N_INDEX: {
		struct node *b = n->index.base, *i = n->index.index;

		check_expr(s, c, b);
		check_expr(s, c, i);
		if (b->type.kind == TY_NONE || i->type.kind == TY_NONE)
			break;
		if (b->type.kind != TY_ARRAY || b->kind != N_MEMBER) {
			diag_error(s->diag, &n->loc, "[ ] indexes an array field of args; this is %s",
				   a_type(&b->type));
			break;
		}
		if (!is_intlike(&i->type)) {
			diag_error(s->diag, &i->loc, "an index must be an integer, not %s", a_type(&i->type));
			break;
		}
		if (i->kind == N_INT && b->type.nelems && i->num >= b->type.nelems) {
			diag_error(s->diag, &i->loc, "index %llu is past the end of %s (%u elements)",
				   (unsigned long long)i->num, b->member.name, b->type.nelems);
			break;
		}
		n->type = b->type.elems[0];
		break;
	}
	default:
		diag_error(s->diag, &n->loc, "this is a statement, not an expression");
		break;
	}
}

/* ---- positional parameters and casts --------------------------------- */

static const char *posparam_text(struct sema *s, const struct node *n)
{
	return n->id.index <= s->nparams ? s->params[n->id.index - 1] : "";
}

/* $N is replaced by its value: an integer literal when it reads as one, a
 * string literal otherwise; a missing one is empty (0 as an integer), as
 * in bpftrace. */
static void check_posparam(struct sema *s, struct node *n)
{
	const char *t = posparam_text(s, n);
	char *end;

	errno = 0;
	unsigned long long v = strtoull(t, &end, 0);
	if (!*t || (!*end && !errno && t[0] != '-')) {
		n->kind = N_INT;
		n->num = *t ? v : 0;
		n->type = ty_int(8, true);
		return;
	}
	long long sv = strtoll(t, &end, 0);
	if (!*end && !errno) {
		n->kind = N_INT;
		n->num = (uint64_t)sv;
		n->type = ty_int(8, true);
		return;
	}
	posparam_as_string(s, n);
}

void posparam_as_string(struct sema *s, struct node *n)
{
	const char *t = posparam_text(s, n);

	n->kind = N_STR;
	n->str.s = arena_strdup(s->arena, t);
	n->str.len = strlen(t);
	n->type = ty_str((unsigned)n->str.len + 1);
}

static void check_cast(struct sema *s, struct ctx *c, struct node *n)
{
	const char *to = n->cast.to;
	bool sgn = to[0] != 'u';
	unsigned bits = (unsigned)atoi(to + (sgn ? 3 : 4));

	check_expr(s, c, n->cast.e);
	if (n->cast.e->type.kind == TY_NONE)
		return;
	if (!is_intlike(&n->cast.e->type)) {
		diag_error(s->diag, &n->loc, "(%s) casts an integer, not %s", to,
			   a_type(&n->cast.e->type));
		return;
	}
	n->type = ty_int(bits / 8, sgn);
}

/* ---- scratch variables ---------------------------------------------- */

#define MAX_VARS 128

static struct var *var_find(struct probe_inst *in, const char *name)
{
	for (struct var *v = in->vars; v; v = v->next)
		if (!strcmp(v->name, name))
			return v;
	return NULL;
}

static void check_var_read(struct sema *s, struct ctx *c, struct node *n)
{
	struct var *v = var_find(c->inst, n->id.name);

	if (v && v->type.kind == TY_NONE)
		return;	/* its assignment failed, and said so */
	if (!v) {
		diag_error(s->diag, &n->loc, "variable $%s is used before it is assigned", n->id.name);
		return;
	}
	n->type = v->type;
}

/* $x = e: the first assignment in the probe decides the type. Strings get
 * a buffer of STRLEN bytes at least, so later, longer values fit. */
/* A variable whose assignment failed: known, so later reads add no
 * "used before it is assigned", but typeless, so they add nothing else. */
static void poison_var(struct sema *s, struct ctx *c, const struct node *lhs)
{
	if (c->inst->nvars >= MAX_VARS || var_find(c->inst, lhs->id.name))
		return;
	struct var *v = arena_alloc(s->arena, sizeof(*v));

	v->name = lhs->id.name;
	v->loc = lhs->loc;
	v->id = c->inst->nvars++;
	v->type.kind = TY_NONE;
	v->next = c->inst->vars;
	c->inst->vars = v;
}

static void check_var_assign(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *lhs = n->assign.lhs, *rhs = n->assign.rhs;
	struct var *v = var_find(c->inst, lhs->id.name);

	check_expr(s, c, rhs);
	if (rhs->type.kind == TY_NONE) {
		poison_var(s, c, lhs);
		return;
	}
	if (!is_value(&rhs->type)) {
		poison_var(s, c, lhs);
		diag_error(s->diag, &rhs->loc, "a variable cannot hold %s", a_type(&rhs->type));
		if (rhs->type.kind == TY_AGG)
			diag_hint(s->diag, "%s() is kept in a map: @name = %s(...)", rhs->call.name,
				  rhs->call.name);
		return;
	}
	if (n->assign.op != OP_NONE) {
		if (!v) {
			diag_error(s->diag, &lhs->loc, "variable $%s is used before it is assigned",
				   lhs->id.name);
			return;
		}
		if (!is_intlike(&v->type) || !is_intlike(&rhs->type)) {
			diag_error(s->diag, &n->loc, "'%s=' needs integers", op_str(n->assign.op));
			return;
		}
		lhs->type = v->type;
		return;
	}
	if (!v) {
		/* Each lives on the 512-byte BPF stack (strings and tuples in
		 * scratch memory); a few hundred cannot all fit. */
		if (c->inst->nvars >= MAX_VARS) {
			diag_error(s->diag, &lhs->loc, "more than %d variables in one probe", MAX_VARS);
			return;
		}
		v = arena_alloc(s->arena, sizeof(*v));
		v->name = lhs->id.name;
		v->loc = lhs->loc;
		v->id = c->inst->nvars++;
		v->type = holder_type(s, &rhs->type, s->strlen);
		v->next = c->inst->vars;
		c->inst->vars = v;
	} else if (!same_shape(&v->type, &rhs->type)) {
		diag_error(s->diag, &n->loc, "variable $%s holds %s (since %d:%d), not %s",
			   v->name, a_type(&v->type), v->loc.first_line, v->loc.first_column,
			   a_type(&rhs->type));
		return;
	}
	lhs->type = v->type;
}

/* ---- maps ----------------------------------------------------------- */

struct map_info *map_lookup(struct sema *s, const char *name)
{
	for (struct map_info *m = s->maps; m; m = m->next)
		if (!strcmp(m->name, name))
			return m;
	return NULL;
}

static struct map_info *map_get(struct sema *s, const char *name,
				const struct loc *loc)
{
	struct map_info *m = map_lookup(s, name);

	if (m)
		return m;
	m = arena_alloc(s->arena, sizeof(*m));
	m->name = arena_strdup(s->arena, name);
	m->loc = *loc;
	m->next = s->maps;
	s->maps = m;
	return m;
}

void rec_set_map(struct sema *s, unsigned rec_id, struct map_info *mi)
{
	s->rec_maps[rec_id] = mi;
}

static const char *map_kind_name(enum map_kind k)
{
	static const char *const names[] = {
		[MK_INT] = "integers", [MK_STR] = "strings", [MK_COUNT] = "count()",
		[MK_SUM] = "sum()", [MK_MIN] = "min()", [MK_MAX] = "max()",
		[MK_AVG] = "avg()", [MK_STATS] = "stats()", [MK_HIST] = "hist()",
		[MK_LHIST] = "lhist()", [MK_TUPLE] = "tuples",
	};
	return names[k];
}

/* The keys of one access, against the shape the map's first use gave it:
 * the same number of parts, of the same kinds. String parts keep the
 * largest size seen (in the discovery pass), so no key is cut. */
static bool check_map_keys(struct sema *s, struct ctx *c, struct node *n,
			   struct map_info *mi)
{
	unsigned nk = 0, i = 0;
	bool ok = true;

	for (struct node *k = n->map.keys; k; k = k->next) {
		check_expr(s, c, k);
		nk++;
		if (k->type.kind == TY_NONE) {
			ok = false;
		} else if (!is_value(&k->type) || k->type.kind == TY_TUPLE) {
			diag_error(s->diag, &k->loc, "a map key cannot be %s", a_type(&k->type));
			if (k->type.kind == TY_TUPLE)
				diag_hint(s->diag, "several keys are written @m[a, b]");
			ok = false;
		}
	}
	if (!ok)
		return false;
	if (!mi->key_known) {
		mi->key_known = true;
		mi->nkeys = nk;
		mi->keys = nk ? arena_alloc(s->arena, nk * sizeof(*mi->keys)) : NULL;
		for (struct node *k = n->map.keys; k; k = k->next, i++)
			mi->keys[i] = k->type.kind == TY_STR || is_special(&k->type) ? k->type
				    : ty_int(8, k->type.kind == TY_INT && k->type.is_signed);
		return true;
	}
	if (nk != mi->nkeys) {
		diag_error(s->diag, &n->loc, "@%s has %u key%s here, but %u elsewhere", mi->name,
			   nk, nk == 1 ? "" : "s", mi->nkeys);
		return false;
	}
	for (struct node *k = n->map.keys; k; k = k->next, i++) {
		if (key_class(&k->type) != key_class(&mi->keys[i])) {
			diag_error(s->diag, &k->loc, "@%s's key %s%u is %s elsewhere, %s here",
				   mi->name, mi->nkeys > 1 ? "part " : "", i + 1,
				   a_type(&mi->keys[i]), a_type(&k->type));
			return false;
		}
		if (k->type.kind == TY_STR && k->type.size > mi->keys[i].size) {
			if (s->discovering)
				mi->keys[i].size = k->type.size;
		}
	}
	return true;
}

static void check_map_read(struct sema *s, struct ctx *c, struct node *n)
{
	struct map_info *mi = map_lookup(s, n->map.name);

	if (!mi || !mi->assigned) {
		/* While discovering, a map not assigned yet reads as an integer,
		 * so "@n = @n + 1" can teach @n its kind; the checking pass
		 * reports whatever was wrong with that guess. */
		if (s->discovering)
			n->type = ty_int(8, true);
		else if (!(mi && mi->poisoned))
			diag_error(s->diag, &n->loc, "map @%s is used but never assigned", n->map.name);
		return;
	}
	if (!check_map_keys(s, c, n, mi))
		return;
	n->map.info = mi;
	switch (mi->kind) {
	case MK_INT:
		n->type = mi->value.kind == TY_PTR ? mi->value : ty_int(8, true);
		break;
	case MK_SUM:
	case MK_MIN:
	case MK_MAX:
		n->type = ty_int(8, true);
		break;
	case MK_COUNT:
		n->type = ty_int(8, false);
		break;
	case MK_STR:
	case MK_TUPLE:
		n->type = mi->value;
		break;
	default:
		diag_error(s->diag, &n->loc, "@%s holds %s, which can only be printed", mi->name,
			   map_kind_name(mi->kind));
		break;
	}
}

static enum map_kind agg_kind(enum func_id id)
{
	switch (id) {
	case F_COUNT: return MK_COUNT;
	case F_SUM: return MK_SUM;
	case F_AVG: return MK_AVG;
	case F_MIN: return MK_MIN;
	case F_MAX: return MK_MAX;
	case F_STATS: return MK_STATS;
	case F_HIST: return MK_HIST;
	default: return MK_LHIST;
	}
}

static int64_t lit_value(const struct node *k)
{
	return (int64_t)(k->kind == N_INT ? k->num : 0 - k->un.e->num);
}

/* @m[k] = e, @m[k] op= e, @m[k] = count()... */
static void check_map_assign(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *lhs = n->assign.lhs, *rhs = n->assign.rhs;
	struct map_info *mi = map_get(s, lhs->map.name, &lhs->loc);
	enum map_kind kind;
	struct type value = { 0 };

	if (!check_map_keys(s, c, lhs, mi)) {
		if (!s->discovering)
			mi->poisoned = true;
		return;
	}
	lhs->map.info = mi;
	check_expr(s, c, rhs);
	if (rhs->type.kind == TY_NONE) {
		if (!s->discovering)
			mi->poisoned = true;
		return;
	}
	if (rhs->type.kind == TY_AGG) {
		if (n->assign.op != OP_NONE) {
			diag_error(s->diag, &n->loc, "%s() is assigned with '=', not '%s='",
				   rhs->call.name, op_str(n->assign.op));
			return;
		}
		kind = agg_kind(rhs->call.fn->id);
	} else if (rhs->type.kind == TY_STR && n->assign.op == OP_NONE) {
		kind = MK_STR;
		value = rhs->type;
	} else if (rhs->type.kind == TY_TUPLE && n->assign.op == OP_NONE) {
		kind = MK_TUPLE;
		value = holder_type(s, &rhs->type, 0);
	} else if (is_intlike(&rhs->type)) {
		kind = MK_INT;
		value = rhs->type.kind == TY_PTR ? rhs->type : ty_int(8, true);
	} else {
		diag_error(s->diag, &rhs->loc, "a map cannot hold %s", a_type(&rhs->type));
		if (!s->discovering)
			mi->poisoned = true;
		return;
	}
	if (!mi->assigned) {
		mi->assigned = true;
		mi->kind = kind;
		mi->value = value;
		mi->loc = n->loc;
		if (kind == MK_LHIST) {
			struct node *a = rhs->call.args->next;

			mi->lhist_min = lit_value(a);
			mi->lhist_max = lit_value(a->next);
			mi->lhist_step = lit_value(a->next->next);
		}
	} else if (mi->kind != kind) {
		diag_error(s->diag, &n->loc, "@%s holds %s (since %d:%d); here it is given %s",
			   mi->name, map_kind_name(mi->kind), mi->loc.first_line,
			   mi->loc.first_column, map_kind_name(kind));
		return;
	} else if (kind == MK_LHIST) {
		struct node *a = rhs->call.args->next;

		if (lit_value(a) != mi->lhist_min || lit_value(a->next) != mi->lhist_max ||
		    lit_value(a->next->next) != mi->lhist_step) {
			diag_error(s->diag, &n->loc, "@%s's lhist() has other bounds at %d:%d",
				   mi->name, mi->loc.first_line, mi->loc.first_column);
			return;
		}
	} else if ((kind == MK_STR || kind == MK_TUPLE) && !same_shape(&mi->value, &value)) {
		diag_error(s->diag, &n->loc, "@%s holds %s (since %d:%d); here it is given %s",
			   mi->name, a_type(&mi->value), mi->loc.first_line, mi->loc.first_column,
			   a_type(&value));
		return;
	} else if ((kind == MK_STR || kind == MK_TUPLE) && s->discovering) {
		widen(&mi->value, &value);
	}
	if (n->assign.op != OP_NONE && mi->kind != MK_INT) {
		diag_error(s->diag, &n->loc, "'%s=' works on maps of integers; @%s holds %s",
			   op_str(n->assign.op), mi->name, map_kind_name(mi->kind));
		return;
	}
	lhs->type = kind == MK_STR || kind == MK_TUPLE ? mi->value : ty_int(8, true);
}

static void check_incdec(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *e = n->incdec.e;

	if (e->kind == N_VAR) {
		struct var *v = var_find(c->inst, e->id.name);

		if (!v) {
			diag_error(s->diag, &e->loc, "variable $%s is used before it is assigned",
				   e->id.name);
			return;
		}
		if (!is_intlike(&v->type)) {
			diag_error(s->diag, &n->loc, "'%s' needs an integer; $%s holds %s",
				   n->incdec.inc ? "++" : "--", v->name, a_type(&v->type));
			return;
		}
		e->type = v->type;
		return;
	}
	/* @m[k]++: a map of integers, created at 0 if need be. */
	struct map_info *mi = map_get(s, e->map.name, &e->loc);
	if (!check_map_keys(s, c, e, mi))
		return;
	e->map.info = mi;
	if (!mi->assigned) {
		mi->assigned = true;
		mi->kind = MK_INT;
		mi->value = ty_int(8, true);
		mi->loc = n->loc;
	} else if (mi->kind != MK_INT) {
		diag_error(s->diag, &n->loc, "'%s' works on maps of integers; @%s holds %s",
			   n->incdec.inc ? "++" : "--", mi->name, map_kind_name(mi->kind));
		return;
	}
	e->type = ty_int(8, true);
}

static void check_cond(struct sema *s, struct ctx *c, struct node *e)
{
	check_expr(s, c, e);
	if (e->type.kind != TY_NONE && !is_intlike(&e->type))
		diag_error(s->diag, &e->loc, "a condition must be an integer, not %s",
			   a_type(&e->type));
}

static void check_stmt(struct sema *s, struct ctx *c, struct node *n)
{
	switch (n->kind) {
	case N_EXPR_STMT:
		check_expr(s, c, n->expr.e);
		if (n->expr.e->type.kind == TY_AGG)
			diag_error(s->diag, &n->loc, "%s() keeps its result in a map: @name = %s(...)",
				   n->expr.e->call.name, n->expr.e->call.name);
		else if (n->expr.e->kind != N_CALL && n->expr.e->type.kind != TY_NONE)
			diag_warning(s->diag, &n->loc, "this expression's value is unused");
		break;
	case N_BLOCK:
		for (struct node *st = n->block.stmts; st; st = st->next)
			check_stmt(s, c, st);
		break;
	case N_IF:
		check_cond(s, c, n->if_.c);
		check_stmt(s, c, n->if_.then);
		if (n->if_.els)
			check_stmt(s, c, n->if_.els);
		break;
	case N_WHILE:
		check_cond(s, c, n->while_.c);
		c->loop_depth++;
		check_stmt(s, c, n->while_.body);
		c->loop_depth--;
		break;
	case N_UNROLL:
		if (n->unroll.n < 1 || n->unroll.n > 100) {
			diag_error(s->diag, &n->loc, "unroll() repeats 1 to 100 times, not %llu",
				   (unsigned long long)n->unroll.n);
			break;
		}
		check_stmt(s, c, n->unroll.body);
		break;
	case N_JUMP:
		if (n->jump.tok != 'r' && !c->loop_depth)
			diag_error(s->diag, &n->loc, "'%s' outside a while loop",
				   n->jump.tok == 'b' ? "break" : "continue");
		break;
	case N_ASSIGN:
		if (n->assign.lhs->kind == N_VAR)
			check_var_assign(s, c, n);
		else
			check_map_assign(s, c, n);
		break;
	case N_INCDEC:
		check_incdec(s, c, n);
		break;
	default:
		check_expr(s, c, n);
		break;
	}
}

/* One pass over every instance: clone, then type the copy. */
static void check_instances(struct sema *s)
{
	/* When a probe's body has errors, stop at its first failing instance:
	 * the same mistake in 300 expanded tracepoints is one mistake. */
	const struct probe *failed = NULL;

	for (unsigned i = 0; i < s->prog.nprobes; i++) {
		struct probe_inst *in = &s->insts[i];
		struct ctx c = { .inst = in, .pp = &s->prog.probes[i] };
		int before = s->diag->errors;

		if (in->src == failed)
			continue;
		in->vars = NULL;
		in->nvars = 0;
		in->pred = node_clone(s->arena, in->src->pred);
		in->body = node_clone(s->arena, in->src->body);
		if (in->pred) {
			check_expr(s, &c, in->pred);
			if (in->pred->type.kind != TY_NONE && !is_intlike(&in->pred->type))
				diag_error(s->diag, &in->pred->loc,
					   "a predicate must be an integer (true when non-zero), not %s",
					   a_type(&in->pred->type));
		}
		check_stmt(s, &c, in->body);
		if (s->diag->errors > before && !s->discovering)
			failed = in->src;
	}
}

static void reset_records(struct sema *s)
{
	for (unsigned i = 0; i < s->prog.nrecs; i++)
		fmt_free(&s->prog.recs[i].parsed);
	free(s->prog.recs);
	free(s->rec_maps);
	s->prog.recs = NULL;
	s->rec_maps = NULL;
	s->prog.nrecs = s->recs_cap = 0;
}

static int cmp_map_name(const void *a, const void *b)
{
	const struct map_info *x = *(struct map_info *const *)a, *y = *(struct map_info *const *)b;

	return strcmp(x->name, y->name);
}

/* The maps' public descriptions, in name order (the order they print in),
 * with their key and value layouts. */
static void finish_maps(struct sema *s)
{
	unsigned n = 0;

	for (struct map_info *m = s->maps; m; m = m->next)
		n++;
	struct map_info **sorted = xcalloc(n ? n : 1, sizeof(*sorted));
	n = 0;
	for (struct map_info *m = s->maps; m; m = m->next)
		sorted[n++] = m;
	qsort(sorted, n, sizeof(*sorted), cmp_map_name);
	s->prog.maps = arena_alloc(s->arena, (n ? n : 1) * sizeof(*s->prog.maps));
	s->prog.nmaps = n;
	for (unsigned i = 0; i < n; i++) {
		struct map_info *mi = sorted[i];
		struct map_desc *d = &s->prog.maps[i];
		unsigned off = 0;

		mi->id = i;
		d->name = arena_printf(s->arena, "@%s", mi->name);
		d->bpf_name = arena_printf(s->arena, "m_%s", mi->name);
		d->kind = mi->kind;
		d->percpu = mi->kind != MK_INT && mi->kind != MK_STR && mi->kind != MK_TUPLE;
		d->nkey = mi->nkeys;
		d->key = mi->nkeys ? arena_alloc(s->arena, mi->nkeys * sizeof(*d->key)) : NULL;
		for (unsigned k = 0; k < mi->nkeys; k++) {
			const struct type *kt = &mi->keys[k];

			d->key[k].kind = kt->kind == TY_STR ? KEY_STR : kt->kind == TY_KSYM ? KEY_KSYM
				       : kt->kind == TY_KSTACK ? KEY_KSTACK
				       : kt->kind == TY_INET ? KEY_INET : KEY_INT;
			d->key[k].is_signed = kt->is_signed;
			if (kt->kind == TY_KSTACK) {
				d->key[k].frames = kt->size;
				d->key[k].user_stack = kt->user;
			}
			d->key[k].offset = off;
			d->key[k].size = kt->kind == TY_STR ? kt->size : type_slot(kt);
			off += (d->key[k].size + 7) & ~7u;
		}
		d->key_size = off ? off : 8;
		/* A scalar aggregation lives in a one-entry per-CPU array: its
		 * lookup is inlined by the verifier, no hashing. */
		if (!mi->nkeys && d->percpu) {
			d->array = true;
			d->key_size = 4;
		}
		/* The kernel builds hash keys on the 512-byte BPF stack. */
		if (d->key_size > 512) {
			diag_error(s->diag, &mi->loc, "@%s's key takes %u bytes; the kernel allows 512",
				   mi->name, d->key_size);
			diag_hint(s->diag, "string keys take BPFTRACE_STRLEN bytes (now %u); set it lower",
				  s->strlen);
		}
		d->max_entries = d->array ? 1 : s->map_keys_max ? s->map_keys_max : DEFAULT_MAP_ENTRIES;
		switch (mi->kind) {
		case MK_INT: case MK_COUNT: case MK_SUM:
			d->value_size = 8;
			break;
		case MK_STR:
			d->value_size = mi->value.size;
			break;
		case MK_TUPLE:
			d->value_size = mi->value.size;
			d->nvals = mi->value.nelems;
			d->vals = arena_alloc(s->arena, d->nvals * sizeof(*d->vals));
			for (unsigned k = 0; k < d->nvals; k++) {
				const struct type *et = &mi->value.elems[k];

				d->vals[k].kind = et->kind == TY_STR ? KEY_STR : KEY_INT;
				d->vals[k].is_signed = et->is_signed;
				d->vals[k].offset = tuple_offset(&mi->value, k);
				d->vals[k].size = et->kind == TY_STR ? et->size : 8;
			}
			break;
		case MK_MIN: case MK_MAX:
			d->value_size = sizeof(struct agg_minmax);
			break;
		case MK_AVG: case MK_STATS:
			d->value_size = sizeof(struct agg_avg);
			break;
		case MK_HIST:
			d->nbuckets = HIST_BUCKETS;
			d->value_size = HIST_BUCKETS * 8;
			break;
		case MK_LHIST:
			d->lhist_min = mi->lhist_min;
			d->lhist_max = mi->lhist_max;
			d->lhist_step = mi->lhist_step;
			d->nbuckets = (unsigned)(((uint64_t)mi->lhist_max - (uint64_t)mi->lhist_min) /
						 (uint64_t)mi->lhist_step) + 2;
			d->value_size = d->nbuckets * 8;
			break;
		}
	}
	free(sorted);
	for (unsigned r = 0; r < s->prog.nrecs; r++)
		if (s->rec_maps && s->rec_maps[r])
			s->prog.recs[r].map_id = s->rec_maps[r]->id;
}

int sema_check(struct sema *s, struct ast *ast)
{
	if (!s->strlen)
		s->strlen = DEFAULT_STRLEN;
	s->prog.strlen = s->strlen;
	s->prog.ringbuf_size = RINGBUF_SIZE;
	expand_probes(s, ast);
	if (s->diag->errors)
		return -1;
	mux_syscalls(s);

	/* Two passes: a map may be read (say in a predicate) before the
	 * probe that assigns it, so a first, silent pass learns every map's
	 * kind and key; the second checks and reports. */
	FILE *real_out = s->diag->out, *null_out = fopen("/dev/null", "w");
	if (null_out) {
		int errors = s->diag->errors, warnings = s->diag->warnings;

		s->diag->out = null_out;
		s->discovering = true;
		check_instances(s);
		s->discovering = false;
		s->diag->out = real_out;
		s->diag->errors = errors;
		s->diag->warnings = warnings;
		fclose(null_out);
		reset_records(s);
	}
	check_instances(s);
	for (struct map_info *m = s->maps; m; m = m->next)
		if (!m->assigned && !m->poisoned)
			diag_error(s->diag, &m->loc, "map @%s is used but never assigned", m->name);
	if (s->diag->errors)
		return -1;
	finish_maps(s);
	return s->diag->errors ? -1 : 0;
}

void sema_free(struct sema *s)
{
	reset_records(s);
	free(s->prog.probes);
	free(s->insts);
	free(s->prog.elf);
	for (unsigned i = 0; i < s->nformats; i++)
		tp_format_free(s->formats[i]);
	free(s->formats);
	memset(s, 0, sizeof(*s));
}
