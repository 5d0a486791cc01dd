/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* parser.y - the grammar of tpscript. Each action is one constructor call;
 * the lexer (lexer.l) decides which '/' ends a predicate and which '>'
 * closes a < ... > block, so the grammar itself has no conflicts. */
%define api.pure full
%locations
%define parse.error verbose
%expect 0

%code requires {
#include "front/ast.h"
#define YYLTYPE struct loc
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1
typedef void *yyscan_t;
struct parse_ctx {
	struct arena *arena;
	struct diag *diag;
	struct ast *ast;
	bool too_deep;
};
}

%code {
#include <ctype.h>
#include <string.h>

#include "front/lexstate.h"
#include "lexer.h"

/* Whether the source just before loc, spaces skipped, is the word w. */
static bool after_word(const struct source *src, const YYLTYPE *loc, const char *w)
{
	size_t off = 0, wl = strlen(w);
	int line = 1;

	while (off < src->len && line < loc->first_line)
		if (src->text[off++] == '\n')
			line++;
	off += (size_t)(loc->first_column > 0 ? loc->first_column - 1 : 0);
	if (off > src->len)
		return false;
	while (off > 0 && (src->text[off - 1] == ' ' || src->text[off - 1] == '\t'))
		off--;
	return off >= wl && !memcmp(src->text + off - wl, w, wl) &&
	       (off == wl || !(isalnum((unsigned char)src->text[off - wl - 1]) ||
			       src->text[off - wl - 1] == '_'));
}

static void yyerror(YYLTYPE *loc, yyscan_t scanner, struct parse_ctx *ctx,
		    const char *msg)
{
	struct lex_state *ls = yyget_extra(scanner);

	/* bison's words for its stack limit (YYMAXDEPTH, 10000) */
	if (!strcmp(msg, "memory exhausted")) {
		diag_error(ctx->diag, loc, "the script nests too deeply (at most 10000 levels)");
		return;
	}
	diag_error(ctx->diag, loc, "%s", msg);
	if (strstr(msg, "unexpected struct") || strstr(msg, "unexpected union") ||
	    after_word(ctx->diag->src, loc, "struct") || after_word(ctx->diag->src, loc, "union"))
		diag_hint(ctx->diag, "a kernel type is written 'struct NAME' in a cast to a "
			  "pointer, (struct task_struct *)p, and in sizeof(struct NAME) and "
			  "offsetof(struct NAME, member)");
	if (ls->in_if_cond && !strstr(msg, "expecting") &&
	    (strstr(msg, "unexpected identifier") || strstr(msg, "unexpected variable") ||
	     strstr(msg, "unexpected map")))
		diag_hint(ctx->diag, "an if's statements go in braces: if (cond) { ... }");
	if (ls->depth > 0 && ls->depth <= (int)sizeof(ls->stack) &&
	    ls->stack[ls->depth - 1] == '<')
		diag_hint(ctx->diag, "in a < ... > block every statement ends with ';', "
			  "and the closing '>' comes after one");
}

#define A (ctx->arena)

/* Operator chains nest as deep as they are long ("1+1+...+1" is a tree
 * of depth N), and checking walks them recursively: past this depth the
 * script is refused, not the stack overflowed. */
#define MAX_EXPR_DEPTH 2000

static unsigned deeper(const struct node *a, const struct node *b)
{
	unsigned d = a ? a->depth : 0;

	if (b && b->depth > d)
		d = b->depth;
	return d + 1;
}

/* n, or NULL after an error when it nests too deeply. */
static struct node *depth_ok(struct parse_ctx *ctx, struct node *n)
{
	if (n->depth <= MAX_EXPR_DEPTH)
		return n;
	if (!ctx->too_deep)
		diag_error(ctx->diag, &n->loc, "this expression nests too deeply (more than %d operations)",
			   MAX_EXPR_DEPTH);
	ctx->too_deep = true;
	return NULL;
}

/* $$ = x, aborting the parse if x nests too deeply. */
#define EXPR(x) do { if (!(yyval.node = depth_ok(ctx, (x)))) YYABORT; } while (0)

static struct node *mk_bin(struct parse_ctx *ctx, enum op op, struct node *l,
			   struct node *r, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_BINOP, loc);

	n->bin.op = op;
	n->bin.l = l;
	n->bin.r = r;
	n->depth = deeper(l, r);
	return n;
}

static struct node *mk_un(struct parse_ctx *ctx, enum op op, struct node *e,
			  const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_UNOP, loc);

	n->un.op = op;
	n->un.e = e;
	n->depth = deeper(e, NULL);
	return n;
}

static struct node *mk_assign(struct parse_ctx *ctx, enum op op,
			      struct node *lhs, struct node *rhs,
			      const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_ASSIGN, loc);

	n->assign.op = op;
	n->assign.lhs = lhs;
	n->assign.rhs = rhs;
	return n;
}

static struct node *mk_let(struct parse_ctx *ctx, char *name, const YYLTYPE *vloc,
			   struct node *init, const YYLTYPE *loc)
{
	struct node *v = node_new(ctx->arena, N_VAR, vloc);
	struct node *n = mk_assign(ctx, OP_NONE, v, init, loc);

	v->id.name = name;
	n->assign.decl = true;
	return n;
}

static struct node *mk_zero(struct parse_ctx *ctx, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_INT, loc);

	n->num = 0;
	return n;
}

static struct node *mk_incdec(struct parse_ctx *ctx, struct node *e, bool inc,
			      bool post, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_INCDEC, loc);

	n->incdec.e = e;
	n->incdec.inc = inc;
	n->incdec.post = post;
	n->depth = deeper(e, NULL);
	return n;
}

static struct node *mk_if(struct parse_ctx *ctx, struct node *c,
			  struct node *then, struct node *els,
			  const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_IF, loc);

	n->if_.c = c;
	n->if_.then = then;
	n->if_.els = els;
	return n;
}

static struct node *mk_for(struct parse_ctx *ctx, char *var, const YYLTYPE *vloc,
			   struct node *iter, struct node *end, struct node *body,
			   const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_FOR, loc);

	n->for_.var = node_new(ctx->arena, N_VAR, vloc);
	n->for_.var->id.name = var;
	n->for_.iter = iter;
	n->for_.end = end;
	n->for_.body = body;
	return n;
}

static struct node *mk_jump(struct parse_ctx *ctx, int tok, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_JUMP, loc);

	n->jump.tok = tok;
	return n;
}

static struct node *mk_block(struct parse_ctx *ctx, struct node *stmts,
			     const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_BLOCK, loc);

	n->block.stmts = stmts;
	return n;
}

static struct node *mk_stmt(struct parse_ctx *ctx, struct node *e)
{
	struct node *n;

	if (e->kind == N_ASSIGN || e->kind == N_INCDEC)
		return e;
	n = node_new(ctx->arena, N_EXPR_STMT, &e->loc);
	n->expr.e = e;
	return n;
}

static struct node *as_value(struct parse_ctx *ctx, struct node *st);

/* A block's statements as a value: the statements but the last, then the
 * last one's value (it must have no ';' after it). NULL after an error. */
static struct node *block_value(struct parse_ctx *ctx, struct node *stmts,
				const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_BLOCK_EXPR, loc), *last = stmts, **tail;

	if (!stmts) {
		diag_error(ctx->diag, loc, "an empty block has no value");
		return NULL;
	}
	for (tail = &n->block.stmts, last = stmts; last->next; last = last->next)
		tail = &last->next;
	*tail = NULL;
	n->block.stmts = last == stmts ? NULL : stmts;
	if (!last->nosemi) {
		diag_error(ctx->diag, &last->loc, "a block used as a value ends with an "
			   "expression, without ';' after it");
		diag_hint(ctx->diag, "{ $a = 1; $a + 1 } is 2");
		return NULL;
	}
	if (!(n->block.value = as_value(ctx, last)))
		return NULL;
	n->depth = n->block.value->depth + 1;
	return n;
}

/* The value of a statement that ends a block used as a value: an
 * expression's; a block's; an if-else's, as c ? then : else. */
static struct node *as_value(struct parse_ctx *ctx, struct node *st)
{
	switch (st->kind) {
	case N_EXPR_STMT:
		return st->expr.e;
	case N_INCDEC:
		return st;
	case N_BLOCK:
		return block_value(ctx, st->block.stmts, &st->loc);
	case N_IF: {
		struct node *t = node_new(ctx->arena, N_TERNARY, &st->loc);

		if (!st->if_.els) {
			diag_error(ctx->diag, &st->loc, "an if without else has no value");
			diag_hint(ctx->diag, "if (c) { a } else { b } is a when c holds, else b");
			return NULL;
		}
		t->tern.c = st->if_.c;
		t->tern.from_if = true;
		if (!(t->tern.t = as_value(ctx, st->if_.then)) ||
		    !(t->tern.f = as_value(ctx, st->if_.els)))
			return NULL;
		t->depth = deeper(deeper(t->tern.c, t->tern.t) > t->tern.f->depth ? t->tern.c
				  : t->tern.f, t->tern.t);
		return t;
	}
	default:
		diag_error(ctx->diag, &st->loc, "this statement has no value to end a block "
			   "used as a value");
		return NULL;
	}
}

/* e evaluated and its value dropped, without the warning: _ = e */
static struct node *mk_discard(struct parse_ctx *ctx, struct node *e, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_EXPR_STMT, loc);

	n->expr.e = e;
	n->expr.discard = true;
	return n;
}

static struct node *mk_field(struct parse_ctx *ctx, char *name, struct node *e,
			     const YYLTYPE *loc)
{
	struct node *f = node_new(ctx->arena, N_TUPLE, loc);

	f->tuple.elems = e;
	f->tuple.n = 1;
	f->tuple.names = arena_alloc(ctx->arena, sizeof(char *));
	f->tuple.names[0] = name;
	f->depth = e->depth;
	return f;
}

/* (a = 1, b = "x"): a tuple whose elements have names */
static struct node *mk_record(struct parse_ctx *ctx, struct node *fields, const YYLTYPE *loc)
{
	struct node *r = node_new(ctx->arena, N_TUPLE, loc), **tail = &r->tuple.elems;
	int i = 0;

	for (struct node *f = fields; f; f = f->next)
		r->tuple.n++;
	r->tuple.names = arena_alloc(ctx->arena, (size_t)r->tuple.n * sizeof(char *));
	for (struct node *f = fields; f; f = f->next, i++) {
		for (int k = 0; k < i; k++)
			if (!strcmp(r->tuple.names[k], f->tuple.names[0])) {
				diag_error(ctx->diag, &f->loc, "the record has two fields named '%s'",
					   f->tuple.names[0]);
				return r;
			}
		r->tuple.names[i] = f->tuple.names[0];
		*tail = f->tuple.elems;
		tail = &f->tuple.elems->next;
		if (f->depth + 1 > r->depth)
			r->depth = f->depth + 1;
	}
	return r;
}

static struct node *mk_call(struct parse_ctx *ctx, char *name,
			    struct node *args, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_CALL, loc);

	n->call.name = name;
	n->call.args = args;
	for (struct node *a = args; a; a = a->next) {
		n->call.nargs++;
		if (a->depth + 1 > n->depth)
			n->depth = a->depth + 1;
	}
	return n;
}

static struct node *mk_member(struct parse_ctx *ctx, struct node *base,
			      char *name, bool arrow, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_MEMBER, loc);

	n->member.base = base;
	n->member.name = name;
	n->member.arrow = arrow;
	n->depth = deeper(base, NULL);
	return n;
}

static struct node *mk_size(struct parse_ctx *ctx, enum node_kind k, char *tname,
			     struct node *e, char *member, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, k, loc);

	n->size.tname = tname;
	n->size.e = e;
	n->size.member = member;
	n->depth = deeper(e, NULL);
	return n;
}

static struct node *mk_cast(struct parse_ctx *ctx, char *to, bool record, unsigned nptr,
			    struct node *e, const YYLTYPE *loc)
{
	struct node *c = node_new(ctx->arena, N_CAST, loc);

	c->cast.to = to;
	c->cast.record = record;
	c->cast.nptr = nptr;
	c->cast.e = e;
	c->depth = deeper(e, NULL);
	return c;
}

/* "struct NAME", "union NAME" */
static char *rec_name(struct parse_ctx *ctx, const char *tag, const char *name)
{
	size_t l = strlen(tag) + 1 + strlen(name) + 1;
	char *s = arena_alloc(ctx->arena, l);

	snprintf(s, l, "%s %s", tag, name);
	return s;
}

/* A struct or union of a definition: by name, or with its members. */
static struct cdecl_rec *mk_rec(struct parse_ctx *ctx, bool is_union, char *name,
				bool body, struct cdecl_member *members, const YYLTYPE *loc)
{
	struct cdecl_rec *r = arena_alloc(ctx->arena, sizeof(*r));

	r->loc = *loc;
	r->is_union = is_union;
	r->name = name;
	r->has_body = body;
	r->members = members;
	return r;
}

static struct cdecl_member *mk_decl(struct parse_ctx *ctx, unsigned nptr, char *name,
				    struct cdecl_member *dims, const YYLTYPE *loc)
{
	struct cdecl_member *m = dims ? dims : arena_alloc(ctx->arena, sizeof(*m));

	m->loc = *loc;
	m->nptr = nptr;
	m->name = name;
	return m;
}

/* Gives each declarator of a list the type: the words (the last of which
 * was taken as the first declarator's name) or the struct. */
static struct cdecl_member *typed_decls(struct cdecl_member *list, char *words,
					struct cdecl_rec *rec)
{
	for (struct cdecl_member *m = list; m; m = m->next) {
		m->words = words;
		m->rec = rec;
	}
	return list;
}

static struct cdecl_member *decls_append(struct cdecl_member *list, struct cdecl_member *m)
{
	struct cdecl_member *t = list;

	if (!list)
		return m;
	while (t->next)
		t = t->next;
	t->next = m;
	return list;
}

static struct macro_param *mk_mparam(struct parse_ctx *ctx, char *name, char kind,
				     const YYLTYPE *loc)
{
	struct macro_param *p = arena_alloc(ctx->arena, sizeof(*p));

	p->loc = *loc;
	p->name = name;
	p->kind = kind;
	return p;
}

/* A macro definition, appended to the script's (source order). */
static void add_macro(struct parse_ctx *ctx, char *name, const YYLTYPE *name_loc,
		      struct macro_param *params, struct node *stmts, struct node *value,
		      const YYLTYPE *loc)
{
	struct macro *m = arena_alloc(ctx->arena, sizeof(*m));
	struct macro **t = &ctx->ast->macros;

	m->loc = *loc;
	m->name_loc = *name_loc;
	m->name = name;
	m->params = params;
	for (struct macro_param *p = params; p; p = p->next)
		m->nparams++;
	m->stmts = stmts;
	m->value = value;
	while (*t)
		t = &(*t)->next;
	*t = m;
}

static struct enum_item *mk_eitem(struct parse_ctx *ctx, char *name, bool has_value,
				  int64_t value, const YYLTYPE *loc)
{
	struct enum_item *e = arena_alloc(ctx->arena, sizeof(*e));

	e->loc = *loc;
	e->name = name;
	e->has_value = has_value;
	e->value = value;
	return e;
}

/* An enum definition, appended to the script's (source order). */
static struct enum_def *mk_enum(struct parse_ctx *ctx, char *name, struct enum_item *items,
				const YYLTYPE *loc)
{
	struct enum_def *d = arena_alloc(ctx->arena, sizeof(*d));
	struct enum_def **t = &ctx->ast->enums;

	d->loc = *loc;
	d->name = name;
	d->items = items;
	while (*t)
		t = &(*t)->next;
	*t = d;
	return d;
}

static struct config_set *mk_cfg(struct parse_ctx *ctx, char *name, enum config_val kind,
				 const YYLTYPE *vloc, const YYLTYPE *loc)
{
	struct config_set *c = arena_alloc(ctx->arena, sizeof(*c));

	c->loc = *loc;
	c->vloc = *vloc;
	c->name = name;
	c->kind = kind;
	return c;
}

static struct config_set *cfg_append(struct config_set *list, struct config_set *c)
{
	struct config_set **t = &list;

	while (*t)
		t = &(*t)->next;
	*t = c;
	return list;
}

static struct node *mk_index(struct parse_ctx *ctx, struct node *base,
			     struct node *index, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_INDEX, loc);

	n->index.base = base;
	n->index.index = index;
	n->depth = deeper(base, index);
	return n;
}

static struct node *mk_map(struct parse_ctx *ctx, char *name,
			   struct node *keys, const YYLTYPE *loc)
{
	struct node *n = node_new(ctx->arena, N_MAP, loc);

	n->map.name = name;
	n->map.keys = keys;
	return n;
}

static struct node *mk_leaf(struct parse_ctx *ctx, enum node_kind k,
			    const YYLTYPE *loc)
{
	return node_new(ctx->arena, k, loc);
}

static struct node *node_prepend(struct node *list, struct node *n)
{
	n->next = list;
	return n;
}

static struct node *node_reverse(struct node *n)
{
	struct node *out = NULL;

	while (n) {
		struct node *next = n->next;

		n->next = out;
		out = n;
		n = next;
	}
	return out;
}

static struct probe *probes_reverse(struct probe *p)
{
	struct probe *out = NULL;

	while (p) {
		struct probe *next = p->next;

		p->next = out;
		out = p;
		p = next;
	}
	return out;
}

static struct probe_spec *specs_reverse(struct probe_spec *p)
{
	struct probe_spec *out = NULL;

	while (p) {
		struct probe_spec *next = p->next;

		p->next = out;
		out = p;
		p = next;
	}
	return out;
}
}

%union {
	char *str;
	uint64_t num;
	enum op op;
	struct { char *s; size_t len; } sval;
	struct node *node;
	struct probe *probe;
	struct probe_spec *spec;
	struct cdecl_rec *rec;
	struct cdecl_member *member;
	struct { char *words; char *last; } words;
	struct macro_param *mparam;
	struct config_set *cfg;
	struct enum_item *eitem;
	struct enum_def *edef;
}
%param {yyscan_t scanner}
%parse-param {struct parse_ctx *ctx}

%token <str> PROBE "probe name"
%token <str> IDENT "identifier"
%token <str> VAR "variable"
%token <str> MAP "map"
%token <num> INT "integer"
%token <num> POSPARAM "positional parameter"
%token <sval> STRING "string"
%token <op> OPASSIGN "compound assignment"
%token PRED_OPEN "'/' (start of a predicate)"
%token PRED_CLOSE "'/' (end of the predicate)"
%token ABLOCK_OPEN "'<' (start of a block)"
%token ABLOCK_CLOSE "'>' (end of a block)"
%token EQ "==" NE "!=" LE "<=" GE ">=" SHL "<<" SHR ">>"
%token LAND "&&" LOR "||" ARROW "->" INC "++" DEC "--"
%token IF "if" ELSE "else" WHILE "while" UNROLL "unroll"
%token BREAK "break" CONTINUE "continue" RETURN "return" PARAMCOUNT "$#"
%token FOR "for" DOTDOT ".." LET "let"
%token VBLOCK_OPEN "'{' (a block with a value)" VIF "if (as a value)"
%token <str> TYPE "type name"
%token STRUCT "struct" UNION "union" SIZEOF "sizeof" OFFSETOF "offsetof"
%token DEFSTRUCT "struct definition" DEFUNION "union definition"
%token MACRO "macro"
%token CONFIG "config"
%token DEFENUM "enum definition" ENUM "enum"

%type <probe> probe probes
%type <spec> specs spec
%type <node> pred block stmts stmt_seq simple_stmt compound_stmt
%type <node> if_stmt expr unary postfix primary lvalue map args
%type <node> exprs loop_stmt block_body let_stmt fields
%type <str> rec_type member_path
%type <num> stars
%type <rec> record_def crec
%type <member> cmembers cmember_seq cmember decl_list decl dims
%type <words> cwords
%type <mparam> mparams mparam_list mparam
%type <cfg> config_items config_seq config_item
%type <eitem> enum_items enum_list enum_item
%type <edef> enum_def

%right '?' ':'
%left LOR
%left LAND
%left '|'
%left '^'
%left '&'
%left EQ NE
%left '<' '>' LE GE
%left SHL SHR
%left '+' '-'
%left '*' '/' '%'
/* "@m [" always starts the map's keys, never an index into its value. */
%precedence MAP_ALONE
%precedence '['

%%

program: %empty				{ ctx->ast->probes = NULL; }
	| probes			{ ctx->ast->probes = probes_reverse($1); }
	;

/* Probes are kept in source order; a left-recursive list, so a script of
 * thousands of probes does not deepen the parser stack. */
/* Lists are built backwards (prepending is O(1)) and reversed once
 * complete: a script of 100,000 statements must not take quadratic time.
 * Type definitions may stand between probes; they go to their own list. */
probes:	probe				{ $$ = $1; }
	| probes probe			{ $2->next = $1; $$ = $2; }
	| record_def			{ $$ = NULL; }
	| probes record_def		{ $$ = $1; }
	| macro_def			{ $$ = NULL; }
	| probes macro_def		{ $$ = $1; }
	| enum_def			{ $$ = NULL; }
	| probes enum_def		{ $$ = $1; }
	| map_decl			{ $$ = NULL; }
	| probes map_decl		{ $$ = $1; }
	| config_block			{ $$ = NULL; }
	| probes config_block		{
		$$ = $1;
		if ($1) {
			diag_error(ctx->diag, &@2, "the config block must come before the probes");
			YYERROR;
		}
	}
	;

/* macro NAME(params) { stmts }: a body that ends with an expression
 * (no ';' after it) has that value where the macro is used as one. */
macro_def: MACRO IDENT '(' mparams ')' '{' stmt_seq '}' {
		add_macro(ctx, $2, &@2, $4, node_reverse($7), NULL, &@$);
	}
	| MACRO IDENT '(' mparams ')' '{' stmt_seq simple_stmt '}' {
		if ($8->kind == N_EXPR_STMT)
			add_macro(ctx, $2, &@2, $4, node_reverse($7), $8->expr.e, &@$);
		else
			add_macro(ctx, $2, &@2, $4, node_reverse(node_prepend($7, $8)), NULL, &@$);
	}
	;

mparams: %empty				{ $$ = NULL; }
	| mparam_list			{ $$ = $1; }
	;

mparam_list: mparam			{ $$ = $1; }
	| mparam_list ',' mparam	{
		struct macro_param *t = $1;
		while (t->next)
			t = t->next;
		t->next = $3;
		$$ = $1;
	}
	;

mparam:	IDENT				{ $$ = mk_mparam(ctx, $1, 0, &@$); }
	| VAR				{ $$ = mk_mparam(ctx, $1, '$', &@$); }
	| MAP				{ $$ = mk_mparam(ctx, $1, '@', &@$); }
	;

/* let @m = hash(N); */
map_decl: LET MAP '=' IDENT '(' INT ')' ';' {
		struct map_decl *d = arena_alloc(ctx->arena, sizeof(*d));
		struct map_decl **t = &ctx->ast->map_decls;

		d->loc = @$;
		d->kloc = (struct loc){ @4.first_line, @4.first_column, @7.last_line,
					@7.last_column };
		d->name = $2;
		d->kind = $4;
		d->entries = $6;
		while (*t)
			t = &(*t)->next;
		*t = d;
	}
	;

/* enum [NAME] { A, B = 5, C = -1, } with an optional ';' after it. */
enum_def: DEFENUM IDENT '{' enum_items '}' { $$ = mk_enum(ctx, $2, $4, &@$); }
	| DEFENUM '{' enum_items '}'	{ $$ = mk_enum(ctx, NULL, $3, &@$); }
	| enum_def ';'			{ $$ = $1; }
	;

enum_items: enum_list			{ $$ = $1; }
	| enum_list ','			{ $$ = $1; }
	;

enum_list: enum_item			{ $$ = $1; }
	| enum_list ',' enum_item	{
		struct enum_item *t = $1;
		while (t->next)
			t = t->next;
		t->next = $3;
		$$ = $1;
	}
	;

enum_item: IDENT			{ $$ = mk_eitem(ctx, $1, false, 0, &@$); }
	| IDENT '=' INT			{
		if ($3 > INT64_MAX) {
			diag_error(ctx->diag, &@3, "an enumerator's value is at most %lld",
				   (long long)INT64_MAX);
			YYERROR;
		}
		$$ = mk_eitem(ctx, $1, true, (int64_t)$3, &@$);
	}
	| IDENT '=' '-' INT		{
		if ($4 > (uint64_t)INT64_MAX + 1) {
			diag_error(ctx->diag, &@4, "an enumerator's value is at least %lld",
				   (long long)INT64_MIN);
			YYERROR;
		}
		$$ = mk_eitem(ctx, $1, true, (int64_t)(0 - $4), &@$);
	}
	;

/* config = { name = value; ... }: the last ';' may go. */
config_block: CONFIG '=' '{' config_items '}' {
		if (ctx->ast->has_config) {
			diag_error(ctx->diag, &@$, "a second config block (a script has one)");
			YYERROR;
		}
		ctx->ast->has_config = true;
		ctx->ast->config = $4;
	}
	;

config_items: config_seq		{ $$ = $1; }
	| config_seq config_item	{ $$ = cfg_append($1, $2); }
	;

config_seq: %empty			{ $$ = NULL; }
	| config_seq config_item ';'	{ $$ = cfg_append($1, $2); }
	;

config_item: IDENT '=' INT		{
		$$ = mk_cfg(ctx, $1, CFGV_INT, &@3, &@$);
		$$->num = $3;
	}
	| IDENT '=' STRING		{
		$$ = mk_cfg(ctx, $1, CFGV_STR, &@3, &@$);
		$$->str = $3.s;
	}
	| IDENT '=' IDENT		{
		$$ = mk_cfg(ctx, $1, CFGV_WORD, &@3, &@$);
		$$->str = $3;
	}
	;

/* struct Foo { int a; char name[16]; } with an optional ';' after it. */
record_def: DEFSTRUCT IDENT '{' cmembers '}' {
		$$ = mk_rec(ctx, false, $2, true, $4, &@$);
		struct cdecl_rec **t = &ctx->ast->records;
		while (*t)
			t = &(*t)->next;
		*t = $$;
	}
	| DEFUNION IDENT '{' cmembers '}' {
		$$ = mk_rec(ctx, true, $2, true, $4, &@$);
		struct cdecl_rec **t = &ctx->ast->records;
		while (*t)
			t = &(*t)->next;
		*t = $$;
	}
	| record_def ';'		{ $$ = $1; }
	;

/* Members are separated by ';'; the last may omit it. */
cmembers: cmember_seq			{ $$ = $1; }
	| cmember_seq cmember		{ $$ = decls_append($1, $2); }
	;

cmember_seq: %empty			{ $$ = NULL; }
	| cmember_seq cmember ';'	{ $$ = decls_append($1, $2); }
	;

/* "unsigned long x": the words are the type but the last, the name. */
cmember: cwords dims			{
		$$ = typed_decls(mk_decl(ctx, 0, $1.last, $2, &@$), $1.words, NULL);
	}
	| cwords dims ',' decl_list	{
		$$ = typed_decls(decls_append(mk_decl(ctx, 0, $1.last, $2, &@1), $4), $1.words, NULL);
	}
	| cwords stars IDENT dims	{
		$$ = typed_decls(mk_decl(ctx, (unsigned)$2, $3, $4, &@$),
				 $1.last ? arena_printf(ctx->arena, "%s%s%s", $1.words ? $1.words : "",
						      $1.words ? " " : "", $1.last) : $1.words, NULL);
	}
	| cwords stars IDENT dims ',' decl_list {
		$$ = typed_decls(decls_append(mk_decl(ctx, (unsigned)$2, $3, $4, &@1), $6),
				 arena_printf(ctx->arena, "%s%s%s", $1.words ? $1.words : "",
					      $1.words ? " " : "", $1.last), NULL);
	}
	| crec decl_list		{ $$ = typed_decls($2, NULL, $1); }
	| crec				{ $$ = typed_decls(mk_decl(ctx, 0, NULL, NULL, &@$), NULL, $1); }
	;

cwords: IDENT				{ $$.words = NULL; $$.last = $1; }
	| cwords IDENT			{
		$$.words = $1.words ? arena_printf(ctx->arena, "%s %s", $1.words, $1.last) : $1.last;
		$$.last = $2;
	}
	;

crec:	STRUCT IDENT			{ $$ = mk_rec(ctx, false, $2, false, NULL, &@$); }
	| UNION IDENT			{ $$ = mk_rec(ctx, true, $2, false, NULL, &@$); }
	| STRUCT '{' cmembers '}'	{ $$ = mk_rec(ctx, false, NULL, true, $3, &@$); }
	| UNION '{' cmembers '}'	{ $$ = mk_rec(ctx, true, NULL, true, $3, &@$); }
	| STRUCT IDENT '{' cmembers '}'	{ $$ = mk_rec(ctx, false, $2, true, $4, &@$); }
	| UNION IDENT '{' cmembers '}'	{ $$ = mk_rec(ctx, true, $2, true, $4, &@$); }
	;

decl_list: decl				{ $$ = $1; }
	| decl_list ',' decl		{ $$ = decls_append($1, $3); }
	;

decl:	IDENT dims			{ $$ = mk_decl(ctx, 0, $1, $2, &@$); }
	| stars IDENT dims		{ $$ = mk_decl(ctx, (unsigned)$1, $2, $3, &@$); }
	;

/* [N][M]: kept in a member (its other fields filled in by mk_decl) */
dims:	%empty				{ $$ = NULL; }
	| dims '[' INT ']'		{
		$$ = $1 ? $1 : arena_alloc(ctx->arena, sizeof(*$$));
		if ($$->ndims == CDECL_MAX_DIMS) {
			diag_error(ctx->diag, &@2, "at most %d array dimensions", CDECL_MAX_DIMS);
			YYERROR;
		}
		$$->dims[$$->ndims++] = $3;
	}
	;

stars:	'*'				{ $$ = 1; }
	| stars '*'			{ $$ = $1 + 1; }
	;

probe:	specs pred block		{ $$ = probe_new(A, specs_reverse($1), $2, $3, &@$); }
	;

specs:	spec				{ $$ = $1; }
	| specs ',' spec		{ $3->next = $1; $$ = $3; }
	;

spec:	PROBE				{ $$ = probe_spec_new(A, $1, &@1); }
	;

pred:	%empty				{ $$ = NULL; }
	| PRED_OPEN expr PRED_CLOSE	{ $$ = $2; }
	;

block:	'{' stmts '}'			{ $$ = mk_block(ctx, $2, &@$); }
	| ABLOCK_OPEN stmts ABLOCK_CLOSE { $$ = mk_block(ctx, $2, &@$); }
	;

/* Statements are separated by ';'. The last one may omit it, and an if
 * statement needs none after its braces. A statement without ';' after
 * it is marked (nosemi): the last of a block used as a value gives the
 * value. */
stmts:	stmt_seq			{ $$ = node_reverse($1); }
	| stmt_seq simple_stmt		{ $2->nosemi = true; $$ = node_reverse(node_prepend($1, $2)); }
	;

stmt_seq: %empty			{ $$ = NULL; }
	| stmt_seq simple_stmt ';'	{ $$ = node_prepend($1, $2); }
	| stmt_seq compound_stmt	{ $2->nosemi = true; $$ = node_prepend($1, $2); }
	| stmt_seq compound_stmt ';'	{ $2->nosemi = false; $$ = node_prepend($1, $2); }
	;

simple_stmt: expr			{ $$ = mk_stmt(ctx, $1); }
	| lvalue '=' expr		{ $$ = mk_assign(ctx, OP_NONE, $1, $3, &@$); }
	| lvalue OPASSIGN expr		{ $$ = mk_assign(ctx, $2, $1, $3, &@$); }
	| let_stmt			{ $$ = $1; }
	| BREAK				{ $$ = mk_jump(ctx, 'b', &@$); }
	| CONTINUE			{ $$ = mk_jump(ctx, 'c', &@$); }
	| RETURN			{ $$ = mk_jump(ctx, 'r', &@$); }
	| RETURN expr			{ $$ = mk_jump(ctx, 'r', &@$); $$->jump.value = $2; }
	/* _ = e: e's value dropped on purpose */
	| IDENT '=' expr		{
		if (strcmp($1, "_")) {
			diag_error(ctx->diag, &@1, "'%s' is not assignable: a variable is $%s, "
				   "a map @%s (and _ = e drops e's value)", $1, $1, $1);
			YYERROR;
		}
		$$ = mk_discard(ctx, $3, &@$);
	}
	;

/* let $x;  let $x = e;  let $x: type;  let $x: type = e; a variable of
 * the enclosing block. A type is written as a cast's: let $x: T = e is
 * let $x = (T)e, and let $x: T is let $x = (T)0 ("" for string). */
let_stmt: LET VAR			{ $$ = mk_let(ctx, $2, &@2, NULL, &@$); }
	| LET VAR '=' expr		{ $$ = mk_let(ctx, $2, &@2, $4, &@$); }
	| LET VAR ':' TYPE		{
		$$ = mk_let(ctx, $2, &@2, mk_cast(ctx, $4, false, 0, mk_zero(ctx, &@4), &@4), &@$);
	}
	| LET VAR ':' TYPE '=' expr	{
		$$ = mk_let(ctx, $2, &@2, mk_cast(ctx, $4, false, 0, $6, &@4), &@$);
	}
	| LET VAR ':' TYPE stars	{
		$$ = mk_let(ctx, $2, &@2, mk_cast(ctx, $4, false, (unsigned)$5, mk_zero(ctx, &@4), &@4), &@$);
	}
	| LET VAR ':' rec_type stars	{
		$$ = mk_let(ctx, $2, &@2, mk_cast(ctx, $4, true, (unsigned)$5, mk_zero(ctx, &@4), &@4), &@$);
	}
	| LET VAR ':' rec_type stars '=' expr {
		$$ = mk_let(ctx, $2, &@2, mk_cast(ctx, $4, true, (unsigned)$5, $7, &@4), &@$);
	}
	| LET VAR ':' IDENT		{
		if (strcmp($4, "string")) {
			diag_error(ctx->diag, &@4, "unknown type '%s' (a let takes int8 ... uint64, "
				   "bool, string or a pointer type)", $4);
			YYERROR;
		}
		struct node *e = mk_leaf(ctx, N_STR, &@4);
		e->str.s = "";
		$$ = mk_let(ctx, $2, &@2, e, &@$);
	}
	/* let $x: typeof(e): of e's type, zero (e is not evaluated) */
	| LET VAR ':' IDENT '(' expr ')' {
		if (strcmp($4, "typeof")) {
			diag_error(ctx->diag, &@4, "unknown type '%s' (a let takes int8 ... uint64, "
				   "bool, string, a pointer type or typeof(e))", $4);
			YYERROR;
		}
		$$ = mk_let(ctx, $2, &@2, $6, &@$);
		$$->assign.type_only = true;
	}
	| LET VAR ':' IDENT '=' expr	{
		if (strcmp($4, "string")) {
			diag_error(ctx->diag, &@4, "unknown type '%s' (a let takes int8 ... uint64, "
				   "bool, string or a pointer type)", $4);
			YYERROR;
		}
		$$ = mk_let(ctx, $2, &@2, $6, &@$);
	}
	;

compound_stmt: if_stmt			{ $$ = $1; }
	| loop_stmt			{ $$ = $1; }
	| block_body			{ $$ = $1; }
	;

block_body: '{' stmts '}'		{ $$ = mk_block(ctx, $2, &@$); }
	;

loop_stmt: WHILE '(' expr ')' block_body {
		$$ = mk_leaf(ctx, N_WHILE, &@$);
		$$->while_.c = $3;
		$$->while_.body = $5;
	}
	| UNROLL '(' expr ')' block_body {
		$$ = mk_leaf(ctx, N_UNROLL, &@$);
		$$->unroll.count = $3;
		$$->unroll.body = $5;
	}
	| FOR '(' VAR ':' expr ')' block_body {
		$$ = mk_for(ctx, $3, &@3, $5, NULL, $7, &@$);
	}
	| FOR '(' VAR ':' expr DOTDOT expr ')' block_body {
		$$ = mk_for(ctx, $3, &@3, $5, $7, $9, &@$);
	}
	/* for $kv : @m { } and for $i : a..b { }: the parentheses may go */
	| FOR VAR ':' expr block_body	{
		$$ = mk_for(ctx, $2, &@2, $4, NULL, $5, &@$);
	}
	| FOR VAR ':' expr DOTDOT expr block_body {
		$$ = mk_for(ctx, $2, &@2, $4, $6, $7, &@$);
	}
	;

/* The condition's parentheses are those of any expression: if (x) { }
 * and if x { } are the same. */
if_stmt: IF expr block_body		{ $$ = mk_if(ctx, $2, $3, NULL, &@$); }
	| IF expr block_body ELSE block_body { $$ = mk_if(ctx, $2, $3, $5, &@$); }
	| IF expr block_body ELSE if_stmt { $$ = mk_if(ctx, $2, $3, $5, &@$); }
	;

lvalue:	VAR				{ $$ = mk_leaf(ctx, N_VAR, &@$); $$->id.name = $1; }
	| map				{ $$ = $1; }
	;

map:	MAP %prec MAP_ALONE		{ $$ = mk_map(ctx, $1, NULL, &@$); }
	| MAP '[' exprs ']'		{ $$ = mk_map(ctx, $1, node_reverse($3), &@$); }
	;

expr:	unary				{ $$ = $1; }
	| expr '?' expr ':' expr	{
		struct node *t = mk_leaf(ctx, N_TERNARY, &@$);

		t->tern.c = $1;
		t->tern.t = $3;
		t->tern.f = $5;
		t->depth = deeper(deeper($1, $3) > $5->depth ? $1 : $5, $3);
		EXPR(t);
	}
	| expr '?' ':' expr		{
		/* a ?: b is a ? a : b with a evaluated once */
		struct node *t = mk_leaf(ctx, N_TERNARY, &@$);

		t->tern.c = $1;
		t->tern.t = $1;
		t->tern.f = $4;
		t->tern.elvis = true;
		t->depth = deeper($1, $4);
		EXPR(t);
	}
	| expr LOR expr			{ EXPR(mk_bin(ctx, OP_LOR, $1, $3, &@$)); }
	| expr LAND expr		{ EXPR(mk_bin(ctx, OP_LAND, $1, $3, &@$)); }
	| expr '|' expr			{ EXPR(mk_bin(ctx, OP_OR, $1, $3, &@$)); }
	| expr '^' expr			{ EXPR(mk_bin(ctx, OP_XOR, $1, $3, &@$)); }
	| expr '&' expr			{ EXPR(mk_bin(ctx, OP_AND, $1, $3, &@$)); }
	| expr EQ expr			{ EXPR(mk_bin(ctx, OP_EQ, $1, $3, &@$)); }
	| expr NE expr			{ EXPR(mk_bin(ctx, OP_NE, $1, $3, &@$)); }
	| expr '<' expr			{ EXPR(mk_bin(ctx, OP_LT, $1, $3, &@$)); }
	| expr '>' expr			{ EXPR(mk_bin(ctx, OP_GT, $1, $3, &@$)); }
	| expr LE expr			{ EXPR(mk_bin(ctx, OP_LE, $1, $3, &@$)); }
	| expr GE expr			{ EXPR(mk_bin(ctx, OP_GE, $1, $3, &@$)); }
	| expr SHL expr			{ EXPR(mk_bin(ctx, OP_SHL, $1, $3, &@$)); }
	| expr SHR expr			{ EXPR(mk_bin(ctx, OP_SHR, $1, $3, &@$)); }
	| expr '+' expr			{ EXPR(mk_bin(ctx, OP_ADD, $1, $3, &@$)); }
	| expr '-' expr			{ EXPR(mk_bin(ctx, OP_SUB, $1, $3, &@$)); }
	| expr '*' expr			{ EXPR(mk_bin(ctx, OP_MUL, $1, $3, &@$)); }
	| expr '/' expr			{ EXPR(mk_bin(ctx, OP_DIV, $1, $3, &@$)); }
	| expr '%' expr			{ EXPR(mk_bin(ctx, OP_MOD, $1, $3, &@$)); }
	;

unary:	postfix				{ $$ = $1; }
	| '(' TYPE ')' unary		{ EXPR(mk_cast(ctx, $2, false, 0, $4, &@$)); }
	| '(' TYPE stars ')' unary	{ EXPR(mk_cast(ctx, $2, false, (unsigned)$3, $5, &@$)); }
	| '(' rec_type stars ')' unary	{ EXPR(mk_cast(ctx, $2, true, (unsigned)$3, $5, &@$)); }
	| '(' ENUM IDENT ')' unary	{
		EXPR(mk_cast(ctx, rec_name(ctx, "enum", $3), false, 0, $5, &@$));
	}
	| '*' unary			{ EXPR(mk_un(ctx, OP_DEREF, $2, &@$)); }
	| '-' unary			{ EXPR(mk_un(ctx, OP_NEG, $2, &@$)); }
	| '!' unary			{ EXPR(mk_un(ctx, OP_NOT, $2, &@$)); }
	| '~' unary			{ EXPR(mk_un(ctx, OP_BNOT, $2, &@$)); }
	| INC unary			{ EXPR(mk_incdec(ctx, $2, true, false, &@$)); }
	| DEC unary			{ EXPR(mk_incdec(ctx, $2, false, false, &@$)); }
	;

postfix: primary			{ $$ = $1; }
	| postfix '.' IDENT		{ EXPR(mk_member(ctx, $1, $3, false, &@$)); }
	| postfix ARROW IDENT		{ EXPR(mk_member(ctx, $1, $3, true, &@$)); }
	| postfix '.' INT		{
		EXPR(mk_member(ctx, $1, NULL, false, &@$));
		$$->member.index = (unsigned)($3 > 255 ? 255 : $3);
	}
	| postfix '[' expr ']'		{ EXPR(mk_index(ctx, $1, $3, &@$)); }
	| postfix INC			{ EXPR(mk_incdec(ctx, $1, true, true, &@$)); }
	| postfix DEC			{ EXPR(mk_incdec(ctx, $1, false, true, &@$)); }
	;

primary: INT				{ $$ = mk_leaf(ctx, N_INT, &@$); $$->num = $1; }
	| STRING			{
		$$ = mk_leaf(ctx, N_STR, &@$);
		$$->str.s = $1.s;
		$$->str.len = $1.len;
	}
	| IDENT				{
		/* true and false: bool literals (the checker keeps the mark) */
		if (!strcmp($1, "true") || !strcmp($1, "false")) {
			$$ = mk_leaf(ctx, N_INT, &@$);
			$$->num = $1[0] == 't';
			$$->type.is_bool = true;
		} else {
			$$ = mk_leaf(ctx, N_IDENT, &@$);
			$$->id.name = $1;
		}
	}
	| VAR				{ $$ = mk_leaf(ctx, N_VAR, &@$); $$->id.name = $1; }
	| POSPARAM			{ $$ = mk_leaf(ctx, N_POSPARAM, &@$); $$->id.index = (int)$1; }
	| map				{ $$ = $1; }
	| IDENT '(' args ')'		{ EXPR(mk_call(ctx, $1, $3, &@$)); }
	| '(' expr ')'			{ $$ = $2; }
	| '(' expr ',' exprs ')'	{
		$$ = mk_leaf(ctx, N_TUPLE, &@$);
		$$->tuple.elems = node_append($2, node_reverse($4));
		for (struct node *e = $$->tuple.elems; e; e = e->next)
			$$->tuple.n++;
	}
	| '(' fields ')'		{ $$ = mk_record(ctx, node_reverse($2), &@$); }
	| PARAMCOUNT			{ $$ = mk_leaf(ctx, N_PARAMCOUNT, &@$); }
	/* { stmts; e }: a block whose value is its last expression */
	| VBLOCK_OPEN stmts '}'		{
		if (!($$ = block_value(ctx, $2, &@$)))
			YYERROR;
		EXPR($$);
	}
	/* if (c) { ...; a } else { ...; b }: c ? a : b */
	| VIF expr block_body ELSE block_body {
		if (!($$ = as_value(ctx, mk_if(ctx, $2, $3, $5, &@$))))
			YYERROR;
		EXPR($$);
	}
	| VIF expr block_body ELSE if_stmt {
		if (!($$ = as_value(ctx, mk_if(ctx, $2, $3, $5, &@$))))
			YYERROR;
		EXPR($$);
	}
	| SIZEOF '(' rec_type ')'	{ $$ = mk_size(ctx, N_SIZEOF, $3, NULL, NULL, &@$); }
	| SIZEOF '(' TYPE ')'		{ $$ = mk_size(ctx, N_SIZEOF, $3, NULL, NULL, &@$); }
	/* sizeof(unsigned long): C type words (one word, sizeof(int), is
	 * an expr the checker tells apart) */
	| SIZEOF '(' IDENT IDENT ')'	{
		$$ = mk_size(ctx, N_SIZEOF, arena_printf(ctx->arena, "%s %s", $3, $4), NULL,
			     NULL, &@$);
	}
	| SIZEOF '(' IDENT IDENT IDENT ')' {
		$$ = mk_size(ctx, N_SIZEOF, arena_printf(ctx->arena, "%s %s %s", $3, $4, $5),
			     NULL, NULL, &@$);
	}
	| SIZEOF '(' expr ')'		{ EXPR(mk_size(ctx, N_SIZEOF, NULL, $3, NULL, &@$)); }
	| OFFSETOF '(' rec_type ',' member_path ')' {
		$$ = mk_size(ctx, N_OFFSETOF, $3, NULL, $5, &@$);
	}
	;

/* offsetof()'s member, through nested structs: bar.x */
member_path: IDENT
	| member_path '.' IDENT		{ $$ = arena_printf(ctx->arena, "%s.%s", $1, $3); }
	;

/* A kernel type by its tag and name (BTF says what it is). */
rec_type: STRUCT IDENT			{ $$ = rec_name(ctx, "struct", $2); }
	| UNION IDENT			{ $$ = rec_name(ctx, "union", $2); }

/* a record's fields, name = value (the name kept in a one-element tuple
 * node around the value, unwrapped by mk_record) */
fields:	IDENT '=' expr			{ $$ = mk_field(ctx, $1, $3, &@$); }
	| fields ',' IDENT '=' expr	{ $$ = node_prepend($1, mk_field(ctx, $3, $5, &@3)); }
	;

args:	%empty				{ $$ = NULL; }
	| exprs				{ $$ = node_reverse($1); }
	;

exprs:	expr				{ $$ = $1; }
	| exprs ',' expr		{ $$ = node_prepend($1, $3); }
	;

%%

static int parse(struct arena *a, struct diag *d, struct ast *out, bool library)
{
	struct lex_state ls = { .arena = a, .diag = d, .line = 1, .col = 1 };
	struct parse_ctx ctx = { .arena = a, .diag = d, .ast = out };
	yyscan_t scanner;
	YY_BUFFER_STATE bs;
	int rc;

	out->probes = NULL;
	out->records = NULL;
	out->macros = NULL;
	out->config = NULL;
	out->enums = NULL;
	out->map_decls = NULL;
	out->has_config = false;
	if (yylex_init_extra(&ls, &scanner))
		return -1;
	bs = yy_scan_bytes(d->src->text, (int)d->src->len, scanner);
	rc = yyparse(scanner, &ctx);
	yy_delete_buffer(bs, scanner);
	yylex_destroy(scanner);
	buf_free(&ls.sbuf);
	if (rc == 0 && !out->probes && !library) {
		struct loc l = { 1, 1, 1, 1, 0 };
		diag_error(d, &l, "the script has no probes");
		diag_hint(d, "a probe looks like: tracepoint:syscalls:sys_enter_openat { printf(\"%%s\\n\", str(args.filename)); }");
		return -1;
	}
	return rc == 0 && d->errors == 0 ? 0 : -1;
}

int parse_source(struct arena *a, struct diag *d, struct ast *out)
{
	return parse(a, d, out, false);
}

int parse_library(struct arena *a, struct diag *d, struct ast *out)
{
	return parse(a, d, out, true);
}
