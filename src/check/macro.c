// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* macro.c - macros, expanded in the syntax tree before anything is checked.
 *
 *   macro add_one(x) { x + 1 }           x: an expression, copied where x is
 *   macro inc($v) { $v += 1; $v }        $v: a variable of the caller
 *   macro reset(@m) { clear(@m); }       @m: a map of the caller
 *
 * A call is replaced by a copy of the body: each parameter by what was
 * passed (an expression parameter by a copy of the argument, evaluated
 * wherever the body names it), every other variable of the body renamed to
 * one of this expansion alone (hygiene: a macro sees the caller's variables
 * and maps only through its parameters), the macros it calls expanded in
 * turn. A body that ends with an expression (no ';') has that value: used
 * as a value, a call becomes the expression itself when the body has no
 * statements, else an N_BLOCK_EXPR (the statements, then the value); used
 * as a statement, an N_BLOCK. Definitions may overload a name by their
 * number of parameters and their kinds ($v, @m or x).
 *
 * Nodes copied from a script's macro keep their place in the macro's body,
 * marked with the expansion (loc.exp), so an error there points into the
 * macro and names each call that led to it (diag.c). tpscript's own
 * library (below, in tpscript's language) is expanded the same way, its
 * nodes placed at the call: an error in it points at the call, and names
 * the library's macro. */
#include <stdio.h>
#include <string.h>

#include "check/macro.h"
#include "check/funcs.h"
#include "front/ast.h"

#define MAX_NEST 16		/* macros inside macros */
#define MAX_NODES 200000	/* nodes copied for all expansions together */
#define MAX_DEPTH 2000		/* an expression's depth, as the parser's */

/* tpscript's library of macros: small functions of bpftrace's standard
 * library that are written in the language itself. A script's macro of the
 * same name and parameters replaces one; macros here call only each other. */
static const char stdlib_text[] =
	"macro assert(cond, msg) { if (!cond) { errorf(\"assert failed: %s\", msg); exit(1); } }\n"
	"macro is_err(ptr) { (int64)ptr < 0 && (int64)ptr >= -4095 }\n"
	"macro has_cpid() { __builtin_cpid != 0 }\n"
	"macro ppid(task) { task->real_parent->pid }\n"
	"macro ppid() { ppid(curtask) }\n"
	"macro leader_tid(task) { task->group_leader->pid }\n"
	"macro leader_tid() { leader_tid(curtask) }\n"
	"macro pcomm(task) { task->real_parent->comm }\n"
	"macro pcomm() { pcomm(curtask) }\n"
	"macro leader_comm(task) { task->group_leader->comm }\n"
	"macro leader_comm() { leader_comm(curtask) }\n"
	/* builtins called as functions: comm() is comm */
	"macro cgroup() { __builtin_cgroup }\n"
	"macro pid() { __builtin_pid }\n"
	"macro tid() { __builtin_tid }\n"
	"macro comm() { __builtin_comm }\n"
	"macro cpid() { __builtin_cpid }\n"
	"macro cpu() { __builtin_cpu }\n"
	"macro curtask() { __builtin_curtask }\n"
	"macro elapsed() { __builtin_elapsed }\n"
	"macro func() { __builtin_func }\n"
	"macro gid() { __builtin_gid }\n"
	"macro jiffies() { __builtin_jiffies }\n"
	"macro ncpus() { __builtin_ncpus }\n"
	"macro numaid() { __builtin_numaid }\n"
	"macro probe() { __builtin_probe }\n"
	"macro probetype() { __builtin_probetype }\n"
	"macro rand() { __builtin_rand }\n"
	"macro retval() { __builtin_retval }\n"
	"macro uid() { __builtin_uid }\n"
	"macro username() { __builtin_username }\n"
	"macro usermode() { __builtin_usermode }\n";

struct mx {
	struct arena *a;
	struct diag *d;
	const struct macro *user, *std;
	unsigned nexp;		/* expansions so far: each one's number */
	unsigned long nodes;	/* nodes copied so far */
	bool stop;		/* a limit was reached (and said): expand no more */
};

/* One expansion under way: the macro, what its parameters stand for, and
 * the expansion it is in (NULL: a probe). */
struct frame {
	const struct macro *m;
	struct node **args;	/* one per parameter, in the caller's terms */
	unsigned id;
	const struct frame *up;
	unsigned nest;
};

static void walk(struct mx *x, const struct frame *f, struct node **slot);

static const char *kind_words(char kind)
{
	return kind == '$' ? "a variable" : kind == '@' ? "a map" : "an expression";
}

static char arg_kind(const struct node *n)
{
	return n->kind == N_VAR ? '$' : n->kind == N_MAP && !n->map.keys ? '@' : 0;
}

/* The argument standing for parameter name of that kind, or NULL. */
static struct node *param_arg(const struct frame *f, const char *name, char kind)
{
	unsigned i = 0;

	if (!f)
		return NULL;
	for (const struct macro_param *p = f->m->params; p; p = p->next, i++)
		if (p->kind == kind && !strcmp(p->name, name))
			return f->args[i];
	return NULL;
}

static unsigned long count_nodes(const struct node *n, unsigned long limit)
{
	struct node_child kids[NODE_MAX_CHILDREN];
	unsigned long c = 1;

	for (unsigned i = 0, k = node_children(n, kids); i < k && c <= limit; i++)
		for (const struct node *ch = *kids[i].slot; ch && c <= limit;
		     ch = kids[i].list ? ch->next : NULL)
			c += count_nodes(ch, limit - c);
	return c;
}

/* A copy of n (and of its list when list), counted against MAX_NODES. */
static struct node *copy(struct mx *x, const struct node *n, bool list)
{
	struct node *head = NULL, **t = &head;

	for (; n; n = list ? n->next : NULL) {
		x->nodes += count_nodes(n, MAX_NODES);
		*t = node_clone(x->a, n);
		t = &(*t)->next;
	}
	return head;
}

/* Every node of a copied body: in expansion id, or (tpscript's library)
 * placed at the call. */
static void stamp(struct node *n, unsigned id, const struct loc *at)
{
	struct node_child kids[NODE_MAX_CHILDREN];

	for (; n; n = n->next) {
		if (at)
			n->loc = *at;
		else
			n->loc.exp = id;
		for (unsigned i = 0, k = node_children(n, kids); i < k; i++) {
			if (kids[i].list) {
				stamp(*kids[i].slot, id, at);
			} else if (*kids[i].slot) {
				struct node *only = *kids[i].slot, *next = only->next;

				only->next = NULL;
				stamp(only, id, at);
				only->next = next;
			}
		}
	}
}

static bool has_effect(const struct node *n, void *unused)
{
	(void)unused;
	return n->kind == N_CALL || n->kind == N_ASSIGN || n->kind == N_INCDEC ||
	       n->kind == N_BLOCK_EXPR || node_any_child(n, has_effect, NULL);
}

/* "a > b > a" for a call of m that recursion would repeat. */
static const char *chain(struct mx *x, const struct frame *f, const struct macro *m)
{
	const char *s = m->name;

	for (; f; f = f->up) {
		s = arena_printf(x->a, "%s > %s", f->m->name, s);
		if (f->m == m)
			break;
	}
	return s;
}

/* How well args fit m: -1 not at all, else the parameters whose kind the
 * argument has exactly ($v for $x, @m for @x). */
static int fits(const struct macro *m, struct node **args, unsigned nargs)
{
	int exact = 0;
	unsigned i = 0;

	if (m->nparams != nargs)
		return -1;
	for (const struct macro_param *p = m->params; p; p = p->next, i++) {
		char k = arg_kind(args[i]);

		if (p->kind && p->kind != k)
			return -1;
		exact += p->kind && p->kind == k;
	}
	return exact;
}

static const struct macro *best(const struct macro *list, const char *name, struct node **args,
				unsigned nargs, bool *named)
{
	const struct macro *b = NULL;
	int bs = -1;

	for (const struct macro *m = list; m; m = m->next) {
		if (strcmp(m->name, name))
			continue;
		if (named)
			*named = true;
		int s = fits(m, args, nargs);

		if (s > bs) {
			bs = s;
			b = m;
		}
	}
	return b;
}

static const char *signature(struct mx *x, const struct macro *m)
{
	const char *s = "";

	for (const struct macro_param *p = m->params; p; p = p->next)
		s = arena_printf(x->a, "%s%s%s%s", s, p == m->params ? "" : ", ",
				 p->kind == '$' ? "$" : p->kind == '@' ? "@" : "", p->name);
	return arena_printf(x->a, "%s(%s)", m->name, s);
}

/* A call of the script's macro name that fits none of its definitions. */
static void no_fit(struct mx *x, const struct node *call, const char *name, struct node **args,
		   unsigned nargs)
{
	const struct macro *same = NULL, *last = NULL;
	const char *counts = "";
	unsigned ndefs = 0;

	for (const struct macro *m = x->user; m; m = m->next) {
		if (strcmp(m->name, name))
			continue;
		ndefs++;
		last = m;
		counts = arena_printf(x->a, "%s%s%u", counts, *counts ? ", " : "", m->nparams);
		if (m->nparams == nargs && !same)
			same = m;
	}
	if (same) {
		unsigned i = 0;

		for (const struct macro_param *p = same->params; p; p = p->next, i++)
			if (p->kind && p->kind != arg_kind(args[i])) {
				diag_error(x->d, &args[i]->loc, "macro %s() takes %s for %s%s, not %s",
					   name, kind_words(p->kind), p->kind == '$' ? "$" : "@",
					   p->name, kind_words(arg_kind(args[i])));
				diag_hint(x->d, "macro %s is defined at %d:%d", signature(x, same),
					  same->name_loc.first_line, same->name_loc.first_column);
				if (p->kind == '$')
					diag_hint(x->d, "a $variable parameter is the caller's variable, "
						  "which the macro may change: pass one, like %s($x)", name);
				else
					diag_hint(x->d, "an @map parameter is the caller's map: pass "
						  "one without keys, like %s(@m)", name);
				return;
			}
	}
	if (ndefs == 1) {
		const struct macro *m = last;

		diag_error(x->d, &call->loc, "macro %s() takes %u argument%s, not %u", name,
			   m->nparams, m->nparams == 1 ? "" : "s", nargs);
		diag_hint(x->d, "macro %s is defined at %d:%d", signature(x, m),
			  m->name_loc.first_line, m->name_loc.first_column);
	} else {
		diag_error(x->d, &call->loc, "no definition of macro %s() takes %u argument%s", name,
			   nargs, nargs == 1 ? "" : "s");
		diag_hint(x->d, "its definitions take %s arguments", counts);
	}
}

/* The expansion of m called at call (an N_CALL, or a bare N_IDENT) from
 * frame f, args already expanded there. */
static struct node *expand(struct mx *x, const struct frame *f, const struct macro *m,
			   const struct node *call, struct node **args)
{
	struct frame nf = { .m = m, .args = args, .up = f, .nest = f ? f->nest + 1 : 1 };
	struct node *stmts, *value, *r;

	for (const struct frame *u = f; u; u = u->up)
		if (u->m == m) {
			diag_error(x->d, &call->loc, "macro %s() calls itself: %s", m->name,
				   chain(x, f, m));
			diag_hint(x->d, "a macro is expanded where it is called, so it cannot "
				  "recurse; use a loop");
			return NULL;
		}
	if (nf.nest > MAX_NEST) {
		diag_error(x->d, &call->loc, "macros nest more than %d deep here", MAX_NEST);
		x->stop = true;
		return NULL;
	}
	nf.id = ++x->nexp;
	struct diag_exp *e = arena_alloc(x->a, sizeof(*e));
	struct loc at = call->loc;

	e->id = nf.id;
	e->macro = m->name;
	e->std = m->std;
	e->call = call->loc;
	e->next = x->d->exps;
	x->d->exps = e;
	at.exp = nf.id;
	stmts = copy(x, m->stmts, true);
	value = copy(x, m->value, false);
	if (x->nodes > MAX_NODES) {
		diag_error(x->d, &call->loc, "the macros expand to more than %d nodes here",
			   MAX_NODES);
		x->stop = true;
		return NULL;
	}
	stamp(stmts, nf.id, m->std ? &at : NULL);
	stamp(value, nf.id, m->std ? &at : NULL);
	for (struct node **s = &stmts; *s && !x->stop; s = &(*s)->next)
		walk(x, &nf, s);
	if (value && !x->stop)
		walk(x, &nf, &value);
	if (!stmts && value)
		return value;
	r = node_new(x->a, N_BLOCK_EXPR, &call->loc);
	r->block.stmts = stmts;
	r->block.value = value;
	r->depth = value ? value->depth + 1 : 1;
	return r;
}

static bool std_named(const struct mx *x, const char *name)
{
	for (const struct macro *m = x->std; m; m = m->next)
		if (!strcmp(m->name, name))
			return true;
	return false;
}

/* The expansion of the call n (its arguments expanded), or NULL when it
 * calls no macro (a built-in function, or an unknown one: the checker
 * says so) or after an error. */
static struct node *expand_call(struct mx *x, const struct frame *f, struct node *n)
{
	unsigned nargs = (unsigned)n->call.nargs, i = 0;
	struct node **args = arena_alloc(x->a, (nargs ? nargs : 1) * sizeof(*args));
	const struct macro *m = NULL;
	bool named = false;

	for (struct node *a = n->call.args; a; a = a->next)
		args[i++] = a;
	if (!f || !f->m->std) {
		m = best(x->user, n->call.name, args, nargs, &named);
		if (m && fits(m, args, nargs) < 0)
			m = NULL;
	}
	if (!m) {
		m = best(x->std, n->call.name, args, nargs, NULL);
		if (m && fits(m, args, nargs) < 0)
			m = NULL;
	}
	if (!m) {
		if (named && !func_find(n->call.name) && !std_named(x, n->call.name))
			no_fit(x, n, n->call.name, args, nargs);
		return NULL;
	}
	return expand(x, f, m, n, args);
}

/* A bare name: a macro without parameters (one(), written one). */
static const struct macro *ident_macro(struct mx *x, const struct frame *f, const char *name)
{
	for (const struct macro *m = f && f->m->std ? x->std : x->user; m; m = m->next)
		if (!m->nparams && !strcmp(m->name, name))
			return m;
	return NULL;
}

/* Replace *slot by r, keeping its place in a list. */
static void replace(struct node **slot, struct node *r)
{
	r->next = (*slot)->next;
	*slot = r;
}

static void walk_kids(struct mx *x, const struct frame *f, struct node *n)
{
	struct node_child kids[NODE_MAX_CHILDREN];
	unsigned depth = 0;

	for (unsigned i = 0, k = node_children(n, kids); i < k; i++)
		for (struct node **s = kids[i].slot; *s && !x->stop;
		     s = kids[i].list ? &(*s)->next : NULL) {
			walk(x, f, s);
			if ((*s)->depth > depth)
				depth = (*s)->depth;
			if (!kids[i].list)
				break;
		}
	/* an expansion may deepen its caller's expression */
	if (depth + 1 > n->depth && n->kind != N_EXPR_STMT && n->kind != N_BLOCK) {
		n->depth = depth + 1;
		if (n->depth > MAX_DEPTH && n->kind < N_EXPR_STMT && !x->stop) {
			diag_error(x->d, &n->loc, "with its macros expanded, this expression "
				   "nests too deeply (more than %d operations)", MAX_DEPTH);
			x->stop = true;
		}
	}
}

static void walk(struct mx *x, const struct frame *f, struct node **slot)
{
	struct node *n = *slot, *r, *arg;

	switch (n->kind) {
	case N_VAR:
		if ((arg = param_arg(f, n->id.name, '$')))
			n->id.name = arg->id.name;
		else if (f)	/* the body's own: this expansion's alone */
			n->id.name = arena_printf(x->a, "%s#m%u", n->id.name, f->id);
		return;
	case N_MAP:
		if ((arg = param_arg(f, n->map.name, '@'))) {
			n->map.name = arg->map.name;
		} else if (f && !f->m->std) {
			diag_error(x->d, &n->loc, "macro %s() uses map @%s, which it was not given",
				   f->m->name, n->map.name);
			diag_hint(x->d, "a macro reaches a map only through a parameter: "
				  "macro %s(@%s, ...), called as %s(@%s, ...)", f->m->name,
				  n->map.name, f->m->name, n->map.name);
		}
		walk_kids(x, f, n);
		return;
	case N_IDENT:
		if ((arg = param_arg(f, n->id.name, 0))) {
			replace(slot, copy(x, arg, false));
			return;
		}
		const struct macro *m = ident_macro(x, f, n->id.name);

		if (m && (r = expand(x, f, m, n, NULL)))
			replace(slot, r);
		return;
	case N_CALL:
		walk_kids(x, f, n);
		if (!x->stop && (r = expand_call(x, f, n)))
			replace(slot, r);
		return;
	case N_ASSIGN:
		if (n->assign.decl && param_arg(f, n->assign.lhs->id.name, '$')) {
			diag_error(x->d, &n->assign.lhs->loc, "let $%s hides macro %s()'s parameter $%s",
				   n->assign.lhs->id.name, f->m->name, n->assign.lhs->id.name);
			diag_hint(x->d, "name the macro's own variable otherwise");
		}
		walk_kids(x, f, n);
		return;
	case N_EXPR_STMT: {
		struct node *e = n->expr.e, *stmts, **t;

		walk(x, f, &n->expr.e);
		e = n->expr.e;
		if (e->kind != N_BLOCK_EXPR)
			return;
		/* a macro called as a statement: a block, its value dropped
		 * unless computing it does something */
		stmts = e->block.stmts;
		for (t = &stmts; *t; t = &(*t)->next)
			;
		if (e->block.value && has_effect(e->block.value, NULL)) {
			*t = node_new(x->a, N_EXPR_STMT, &e->block.value->loc);
			(*t)->expr.e = e->block.value;
		}
		n->kind = N_BLOCK;
		n->block.stmts = stmts;
		n->block.value = NULL;
		return;
	}
	default:
		walk_kids(x, f, n);
		return;
	}
}

/* The script's definitions: each name and parameter list once. */
static void check_defs(struct mx *x)
{
	for (const struct macro *m = x->user; m; m = m->next) {
		for (const struct macro_param *p = m->params; p; p = p->next)
			for (const struct macro_param *q = p->next; q; q = q->next)
				if (p->kind == q->kind && !strcmp(p->name, q->name)) {
					diag_error(x->d, &q->loc, "macro %s() has two parameters named "
						   "%s%s", m->name, p->kind == '$' ? "$"
						   : p->kind == '@' ? "@" : "", p->name);
					break;
				}
		for (const struct macro *o = x->user; o != m; o = o->next) {
			const struct macro_param *p = m->params, *q = o->params;

			if (strcmp(o->name, m->name) || o->nparams != m->nparams)
				continue;
			while (p && p->kind == q->kind) {
				p = p->next;
				q = q->next;
			}
			if (!p) {
				diag_error(x->d, &m->name_loc, "macro %s is defined twice", signature(x, m));
				diag_hint(x->d, "first at %d:%d; definitions of one name differ in "
					  "their parameters' number or kinds", o->name_loc.first_line,
					  o->name_loc.first_column);
				break;
			}
		}
	}
}

/* tpscript's library, parsed once per compile (it is small). */
static const struct macro *load_std(struct arena *a, struct diag *d)
{
	static const struct source src = { "tpscript-macros", stdlib_text,
					   sizeof(stdlib_text) - 1 };
	struct diag sd;
	struct ast lib;

	diag_init(&sd, &src, d->out);
	if (parse_library(a, &sd, &lib) < 0)
		return NULL;
	for (struct macro *m = lib.macros; m; m = m->next)
		m->std = true;
	return lib.macros;
}

int macro_expand(struct arena *a, struct diag *d, struct ast *ast)
{
	struct mx x = { .a = a, .d = d, .user = ast->macros };
	int before = d->errors;

	x.std = load_std(a, d);
	check_defs(&x);
	if (d->errors > before)
		return -1;
	for (struct probe *p = ast->probes; p && !x.stop; p = p->next) {
		if (p->pred)
			walk(&x, NULL, &p->pred);
		if (p->body)
			walk(&x, NULL, &p->body);
	}
	return d->errors > before ? -1 : 0;
}
