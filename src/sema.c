/* sema.c - the checker: expands probes, resolves names, types every
 * expression and lays out the records. Errors are collected, not fatal:
 * a script gets all its errors in one run. */
#include "sema.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tracefs.h"

#define DEFAULT_STRLEN 64	/* bpftrace's default BPFTRACE_STRLEN */
#define RINGBUF_SIZE (256 * 1024)

static const struct func funcs[] = {
	{ "printf", F_PRINTF, 1, 64, "printf(\"format\", args...)" },
	{ "print", F_PRINT, 1, 1, "print(value)" },
	{ "str", F_STR, 1, 2, "str(pointer [, length])" },
	{ "exit", F_EXIT, 0, 0, "exit()" },
};

static const struct {
	const char *name;
	enum builtin b;
} builtins[] = {
	{ "pid", B_PID }, { "tid", B_TID }, { "comm", B_COMM },
	{ "cpid", B_CPID }, { "args", B_ARGS },
};

struct ctx {
	struct probe_inst *inst;
	struct prog_probe *pp;
};

static struct type ty_int(unsigned size, bool is_signed)
{
	return (struct type){ .kind = TY_INT, .size = size, .is_signed = is_signed };
}

static struct type ty_str(unsigned size)
{
	return (struct type){ .kind = TY_STR, .size = size };
}

static const char *type_name(const struct type *t);

/* "an integer", "a string": for messages. */
static const char *a_type(const struct type *t)
{
	switch (t->kind) {
	case TY_INT: return "an integer";
	case TY_STR: return "a string";
	case TY_PTR: return "a pointer";
	case TY_ARGS: return "the args record";
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
static void suggest(struct sema *s, char **list, const char *prefix,
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

static void add_instance(struct sema *s, const struct probe *p,
			 enum probe_kind kind, const char *cat,
			 const char *name, const struct tp_format *f)
{
	unsigned i = s->prog.nprobes++;

	s->prog.probes = xrealloc(s->prog.probes, s->prog.nprobes * sizeof(*s->prog.probes));
	s->insts = xrealloc(s->insts, s->prog.nprobes * sizeof(*s->insts));
	struct prog_probe *pp = &s->prog.probes[i];
	memset(pp, 0, sizeof(*pp));
	pp->kind = kind;
	if (kind == PK_TRACEPOINT) {
		pp->category = arena_strdup(s->arena, cat);
		pp->name = arena_strdup(s->arena, name);
		pp->full = arena_printf(s->arena, "tracepoint:%s:%s", cat, name);
		pp->prog_name = arena_printf(s->arena, "tp%u_%.40s", i, name);
	} else {
		pp->full = kind == PK_BEGIN ? "BEGIN" : "END";
		pp->prog_name = arena_printf(s->arena, "%s%u",
					     kind == PK_BEGIN ? "begin" : "end", i);
	}
	s->insts[i] = (struct probe_inst){ .src = p, .format = f };
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

static void expand_probes(struct sema *s, struct ast *ast)
{
	for (const struct probe *p = ast->probes; p; p = p->next) {
		for (const struct probe_spec *sp = p->specs; sp; sp = sp->next) {
			const char *prov = sp->provider;

			if (!strcmp(prov, "BEGIN") || !strcmp(prov, "END")) {
				if (sp->nparts) {
					diag_error(s->diag, &sp->loc, "%s takes no parameters", prov);
					continue;
				}
				add_instance(s, p, prov[0] == 'B' ? PK_BEGIN : PK_END, NULL, NULL, NULL);
			} else if (!strcmp(prov, "tracepoint") || !strcmp(prov, "t")) {
				expand_tracepoint(s, p, sp);
			} else {
				diag_error(s->diag, &sp->loc, "unknown probe type '%s'", prov);
				diag_hint(s->diag, "tpscript knows tracepoint:CATEGORY:NAME (or t:), BEGIN and END");
				if (!strcmp(prov, "kprobe") || !strcmp(prov, "kretprobe") || !strcmp(prov, "k"))
					diag_hint(s->diag, "kprobes are not supported; a tracepoint near the function "
						  "is often the stable alternative");
			}
		}
	}
}

/* ---- expressions ---------------------------------------------------- */

static void check_expr(struct sema *s, struct ctx *c, struct node *n);

static unsigned add_record(struct sema *s, enum rec_type type)
{
	unsigned id = s->prog.nrecs++;

	s->prog.recs = xrealloc(s->prog.recs, s->prog.nrecs * sizeof(*s->prog.recs));
	memset(&s->prog.recs[id], 0, sizeof(s->prog.recs[id]));
	s->prog.recs[id].type = type;
	s->prog.recs[id].size = sizeof(struct rec_hdr);
	return id;
}

/* Lay the arguments of a printf/print call out in its record. */
static void layout_args(struct sema *s, struct rec_desc *r, struct node *args)
{
	unsigned off = sizeof(struct rec_hdr), n = 0;

	for (struct node *a = args; a; a = a->next)
		n++;
	r->args = arena_alloc(s->arena, (n ? n : 1) * sizeof(*r->args));
	r->nargs = n;
	n = 0;
	for (struct node *a = args; a; a = a->next, n++) {
		struct rec_arg *ra = &r->args[n];

		ra->offset = off;
		if (a->type.kind == TY_STR) {
			ra->kind = RA_STR;
			ra->size = a->type.size;
		} else {
			ra->kind = RA_INT;
			ra->size = 8;
			ra->is_signed = a->type.kind == TY_INT && a->type.is_signed;
			ra->is_ptr = a->type.kind == TY_PTR;
		}
		off += (ra->size + 7) & ~7u;
	}
	r->size = off;
}

static bool is_value(const struct type *t)
{
	return t->kind == TY_INT || t->kind == TY_STR || t->kind == TY_PTR;
}

static bool is_intlike(const struct type *t)
{
	return t->kind == TY_INT || t->kind == TY_PTR;
}

static void check_printf(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *f = n->call.args;
	char err[256];
	size_t off;

	if (f->kind != N_STR) {
		diag_error(s->diag, &f->loc, "printf's first argument must be a string literal (the format)");
		return;
	}
	unsigned id = add_record(s, REC_PRINTF);
	struct rec_desc *r = &s->prog.recs[id];
	n->call.rec_id = (int)id;
	r->fmt = f->str.s;
	if (fmt_parse(f->str.s, &r->parsed, &off, err, sizeof(err)) < 0) {
		struct loc l = f->loc;

		/* Point into the literal when it is on one line. */
		if (l.first_line == l.last_line && (size_t)l.first_column + 1 + off <= (size_t)l.last_column) {
			l.first_column += 1 + (int)off;
			l.last_column = l.first_column;
		}
		diag_error(s->diag, &l, "invalid printf format: %s", err);
		return;
	}
	unsigned want = (unsigned)r->parsed.nconvs, got = (unsigned)n->call.nargs - 1;
	if (want != got) {
		diag_error(s->diag, &n->loc, "printf format has %u conversion%s but %u argument%s follow%s",
			   want, want == 1 ? "" : "s", got, got == 1 ? "" : "s", got == 1 ? "s" : "");
		return;
	}
	unsigned i = 0;
	for (struct node *a = f->next; a; a = a->next, i++) {
		const struct conv *cv = &r->parsed.convs[i];
		int len = (int)(cv->end - cv->start);
		const char *spec = r->fmt + cv->start;

		if (a->type.kind == TY_NONE)
			continue;	/* already reported */
		switch (cv->arg) {
		case CONV_STR:
			if (a->type.kind != TY_STR) {
				diag_error(s->diag, &a->loc, "'%.*s' wants a string, but this is %s",
					   len, spec, a_type(&a->type));
				if (a->type.kind == TY_PTR)
					diag_hint(s->diag, "read the string it points to with str()");
			}
			break;
		case CONV_INT:
		case CONV_PTR:
			if (!is_intlike(&a->type))
				diag_error(s->diag, &a->loc, "'%.*s' wants an integer, but this is %s",
					   len, spec, a_type(&a->type));
			break;
		}
	}
	layout_args(s, r, f->next);
}

static void check_call(struct sema *s, struct ctx *c, struct node *n)
{
	const struct func *fn = NULL;

	for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
		if (!strcmp(funcs[i].name, n->call.name))
			fn = &funcs[i];
	for (struct node *a = n->call.args; a; a = a->next)
		if (!(fn && fn->id == F_PRINTF && a == n->call.args))
			check_expr(s, c, a);
	if (!fn) {
		char *names[sizeof(funcs) / sizeof(funcs[0]) + 1] = { 0 };

		for (size_t i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
			names[i] = (char *)funcs[i].name;
		diag_error(s->diag, &n->loc, "unknown function '%s'", n->call.name);
		suggest(s, names, "", n->call.name);
		return;
	}
	n->call.fn = fn;
	if (n->call.nargs < fn->min_args || n->call.nargs > fn->max_args) {
		diag_error(s->diag, &n->loc, "%s() takes %s%d argument%s, not %d",
			   fn->name, fn->min_args == fn->max_args ? "" :
			   n->call.nargs < fn->min_args ? "at least " : "at most ",
			   n->call.nargs < fn->min_args ? fn->min_args : fn->max_args,
			   (n->call.nargs < fn->min_args ? fn->min_args : fn->max_args) == 1 ? "" : "s",
			   n->call.nargs);
		diag_hint(s->diag, "usage: %s", fn->usage);
		return;
	}
	switch (fn->id) {
	case F_PRINTF:
		if (n->call.args->kind == N_STR)
			n->call.args->type = ty_str((unsigned)n->call.args->str.len + 1);
		check_printf(s, c, n);
		n->type.kind = TY_VOID;
		break;
	case F_PRINT: {
		struct node *a = n->call.args;

		if (!is_value(&a->type)) {
			if (a->type.kind != TY_NONE)
				diag_error(s->diag, &a->loc, "print() cannot print %s", a_type(&a->type));
			return;
		}
		unsigned id = add_record(s, REC_PRINT);
		n->call.rec_id = (int)id;
		layout_args(s, &s->prog.recs[id], a);
		n->type.kind = TY_VOID;
		break;
	}
	case F_STR: {
		struct node *a = n->call.args;
		unsigned size = s->strlen;

		if (a->type.kind == TY_STR) {
			size = a->type.size;
		} else if (!is_intlike(&a->type)) {
			if (a->type.kind != TY_NONE)
				diag_error(s->diag, &a->loc, "str() reads a string from an address, but this is %s",
					   a_type(&a->type));
			return;
		}
		if (a->next) {
			struct node *len = a->next;

			if (len->kind != N_INT || len->num == 0) {
				diag_error(s->diag, &len->loc, "str()'s length must be a positive integer literal");
				return;
			}
			if (len->num + 1 < size)
				size = (unsigned)len->num + 1;
		}
		n->type = ty_str(size);
		break;
	}
	case F_EXIT:
		n->call.rec_id = (int)add_record(s, REC_EXIT);
		n->type.kind = TY_VOID;
		break;
	}
}

static void check_member(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *base = n->member.base;

	check_expr(s, c, base);
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
	n->member.field = fld;
	switch (fld->kind) {
	case FK_INT:
		n->type = ty_int(fld->size, fld->is_signed);
		break;
	case FK_PTR:
		n->type = (struct type){ .kind = TY_PTR, .size = 8, .user = fld->user };
		break;
	case FK_CHARS:
		n->type = ty_str(fld->size);
		break;
	case FK_DATALOC_STR:
		n->type = ty_str(s->strlen);
		break;
	default:
		diag_error(s->diag, &n->loc, "field '%s' has type '%s', which tpscript cannot read yet",
			   fld->name, fld->type);
		break;
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

static void check_expr(struct sema *s, struct ctx *c, struct node *n)
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
	case N_MAP:
	case N_POSPARAM:
	case N_INDEX:
		diag_error(s->diag, &n->loc, "%s are not supported yet",
			   n->kind == N_VAR ? "scratch variables" : n->kind == N_MAP ? "maps" :
			   n->kind == N_POSPARAM ? "positional parameters" : "array indexes");
		break;
	default:
		diag_error(s->diag, &n->loc, "this is a statement, not an expression");
		break;
	}
}

static void check_stmt(struct sema *s, struct ctx *c, struct node *n)
{
	switch (n->kind) {
	case N_EXPR_STMT:
		check_expr(s, c, n->expr.e);
		if (n->expr.e->kind != N_CALL && n->expr.e->type.kind != TY_NONE)
			diag_warning(s->diag, &n->loc, "this expression's value is unused");
		break;
	case N_BLOCK:
		for (struct node *st = n->block.stmts; st; st = st->next)
			check_stmt(s, c, st);
		break;
	case N_IF:
		check_expr(s, c, n->if_.c);
		if (n->if_.c->type.kind != TY_NONE && !is_intlike(&n->if_.c->type))
			diag_error(s->diag, &n->if_.c->loc, "a condition must be an integer, not %s",
				   a_type(&n->if_.c->type));
		check_stmt(s, c, n->if_.then);
		if (n->if_.els)
			check_stmt(s, c, n->if_.els);
		break;
	case N_ASSIGN:
	case N_INCDEC:
		diag_error(s->diag, &n->loc, "assignments are not supported yet");
		break;
	default:
		check_expr(s, c, n);
		break;
	}
}

int sema_check(struct sema *s, struct ast *ast)
{
	if (!s->strlen)
		s->strlen = DEFAULT_STRLEN;
	s->prog.ringbuf_size = RINGBUF_SIZE;
	expand_probes(s, ast);
	if (s->diag->errors)
		return -1;

	/* Check each instance's own copy. When a probe's body has errors,
	 * stop at its first failing instance: the same mistake in 300 expanded
	 * tracepoints is one mistake. */
	const struct probe *failed = NULL;
	for (unsigned i = 0; i < s->prog.nprobes; i++) {
		struct probe_inst *in = &s->insts[i];
		struct ctx c = { .inst = in, .pp = &s->prog.probes[i] };
		int before = s->diag->errors;

		if (in->src == failed)
			continue;
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
		if (s->diag->errors > before)
			failed = in->src;
	}
	return s->diag->errors ? -1 : 0;
}

void sema_free(struct sema *s)
{
	for (unsigned i = 0; i < s->prog.nrecs; i++)
		fmt_free(&s->prog.recs[i].parsed);
	free(s->prog.recs);
	free(s->prog.probes);
	free(s->insts);
	free(s->prog.elf);
	for (unsigned i = 0; i < s->nformats; i++)
		tp_format_free(s->formats[i]);
	free(s->formats);
	memset(s, 0, sizeof(*s));
}
