// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* ast.c - constructors, deep copy and the --dump=ast printer. */
#include "ast.h"

#include <inttypes.h>
#include <string.h>

struct node *node_new(struct arena *a, enum node_kind k, const struct loc *loc)
{
	struct node *n = arena_alloc(a, sizeof(*n));

	n->kind = k;
	n->loc = *loc;
	return n;
}

struct node *node_append(struct node *list, struct node *n)
{
	struct node *p = list;

	if (!list)
		return n;
	while (p->next)
		p = p->next;
	p->next = n;
	return list;
}

struct probe_spec *probe_spec_new(struct arena *a, const char *text,
				  const struct loc *loc)
{
	struct probe_spec *s = arena_alloc(a, sizeof(*s));
	const char *p = text, *colon;

	s->loc = *loc;
	s->text = arena_strdup(a, text);
	colon = strchr(p, ':');
	s->provider = colon ? arena_strndup(a, p, (size_t)(colon - p))
			    : arena_strdup(a, p);
	while (colon) {
		p = colon + 1;
		colon = strchr(p, ':');
		if (s->nparts == 3) {
			/* Too many parts: keep the rest in the last one, so
			 * sema can point at it. */
			s->nparts = 4;
			break;
		}
		s->parts[s->nparts++] = colon
			? arena_strndup(a, p, (size_t)(colon - p))
			: arena_strdup(a, p);
	}
	return s;
}

struct probe *probe_new(struct arena *a, struct probe_spec *specs,
			struct node *pred, struct node *body,
			const struct loc *loc)
{
	struct probe *p = arena_alloc(a, sizeof(*p));

	p->specs = specs;
	p->pred = pred;
	p->body = body;
	p->loc = *loc;
	return p;
}

unsigned node_children(const struct node *cn, struct node_child kids[NODE_MAX_CHILDREN])
{
	struct node *n = (struct node *)cn;	/* the slots are the caller's to write */
	unsigned k = 0;

#define ONE(f) (kids[k++] = (struct node_child){ &n->f, false, NULL })
#define LIST(f) (kids[k++] = (struct node_child){ &n->f, true, NULL })
	switch (n->kind) {
	case N_MAP: LIST(map.keys); break;
	case N_MEMBER: ONE(member.base); break;
	case N_INDEX: ONE(index.base); ONE(index.index); break;
	case N_CALL: LIST(call.args); break;
	case N_BINOP: ONE(bin.l); ONE(bin.r); break;
	case N_UNOP: ONE(un.e); break;
	case N_TERNARY: ONE(tern.c); ONE(tern.t); ONE(tern.f); break;
	case N_ASSIGN: ONE(assign.lhs); ONE(assign.rhs); break;
	case N_INCDEC: ONE(incdec.e); break;
	case N_EXPR_STMT: ONE(expr.e); break;
	case N_IF:
		ONE(if_.c);
		ONE(if_.then);
		kids[k++] = (struct node_child){ &n->if_.els, false, "else" };
		break;
	case N_BLOCK: LIST(block.stmts); break;
	case N_BLOCK_EXPR:
		LIST(block.stmts);
		kids[k++] = (struct node_child){ &n->block.value, false, "value" };
		break;
	case N_WHILE: ONE(while_.c); ONE(while_.body); break;
	case N_UNROLL: ONE(unroll.count); ONE(unroll.body); break;
	case N_FOR: ONE(for_.var); ONE(for_.iter); ONE(for_.end); ONE(for_.body); break;
	case N_CAST: ONE(cast.e); break;
	case N_SIZEOF: ONE(size.e); break;
	case N_TUPLE: LIST(tuple.elems); break;
	case N_JUMP: ONE(jump.value); break;
	case N_INT: case N_STR: case N_IDENT: case N_VAR: case N_POSPARAM: case N_PARAMCOUNT:
	case N_OFFSETOF:
		break;	/* leaves */
	}
#undef ONE
#undef LIST
	return k;
}

bool node_any_child(const struct node *n, bool (*fn)(const struct node *c, void *arg),
		    void *arg)
{
	struct node_child kids[NODE_MAX_CHILDREN];
	unsigned k = n ? node_children(n, kids) : 0;

	for (unsigned i = 0; i < k; i++)
		for (const struct node *c = *kids[i].slot; c; c = kids[i].list ? c->next : NULL)
			if (fn(c, arg))
				return true;
	return false;
}

static struct node *clone_list(struct arena *a, const struct node *n)
{
	struct node *head = NULL, **tail = &head;

	for (; n; n = n->next) {
		*tail = node_clone(a, n);
		tail = &(*tail)->next;
	}
	return head;
}

struct node *node_clone(struct arena *a, const struct node *n)
{
	if (!n)
		return NULL;
	struct node *c = arena_alloc(a, sizeof(*c));
	struct node_child kids[NODE_MAX_CHILDREN];

	*c = *n;
	c->next = NULL;
	for (unsigned i = 0, k = node_children(c, kids); i < k; i++)
		*kids[i].slot = kids[i].list ? clone_list(a, *kids[i].slot)
					     : node_clone(a, *kids[i].slot);
	return c;
}

const char *op_str(enum op op)
{
	static const char *s[] = {
		[OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/",
		[OP_MOD] = "%", [OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^",
		[OP_SHL] = "<<", [OP_SHR] = ">>", [OP_EQ] = "==", [OP_NE] = "!=",
		[OP_LT] = "<", [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=",
		[OP_LAND] = "&&", [OP_LOR] = "||", [OP_NEG] = "-", [OP_NOT] = "!",
		[OP_BNOT] = "~", [OP_DEREF] = "*", [OP_NONE] = "=",
	};
	return s[op];
}

const char *node_kind_str(enum node_kind k)
{
	static const char *s[] = {
		[N_INT] = "int", [N_STR] = "string", [N_IDENT] = "ident",
		[N_POSPARAM] = "posparam", [N_VAR] = "var", [N_MAP] = "map",
		[N_MEMBER] = "member", [N_INDEX] = "index", [N_CALL] = "call",
		[N_BINOP] = "binop", [N_UNOP] = "unop", [N_TERNARY] = "ternary",
		[N_ASSIGN] = "assign", [N_INCDEC] = "incdec",
		[N_EXPR_STMT] = "expr", [N_IF] = "if", [N_BLOCK] = "block",
		[N_CAST] = "cast", [N_TUPLE] = "tuple", [N_PARAMCOUNT] = "paramcount",
		[N_SIZEOF] = "sizeof", [N_OFFSETOF] = "offsetof",
		[N_WHILE] = "while", [N_UNROLL] = "unroll", [N_FOR] = "for", [N_JUMP] = "jump",
		[N_BLOCK_EXPR] = "block-expr",
	};
	return s[k];
}

static void dump_str(FILE *out, const char *s, size_t len)
{
	fputc('"', out);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(out, "\\x%02x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static void dump_node(FILE *out, const struct node *n, int depth);

static void dump_list(FILE *out, const struct node *n, int depth)
{
	for (; n; n = n->next)
		dump_node(out, n, depth);
}

static void dump_node(FILE *out, const struct node *n, int depth)
{
	if (!n)
		return;
	fprintf(out, "%*s%s", depth * 2, "", node_kind_str(n->kind));
	switch (n->kind) {
	case N_INT:
		fprintf(out, " %" PRIu64, n->num);
		break;
	case N_STR:
		fputc(' ', out);
		dump_str(out, n->str.s, n->str.len);
		break;
	case N_IDENT:
	case N_VAR:
		fprintf(out, " %s", n->id.name);
		break;
	case N_POSPARAM:
		fprintf(out, " $%d", n->id.index);
		break;
	case N_MAP:
		fprintf(out, " @%s", n->map.name);
		break;
	case N_MEMBER:
		if (n->member.name)
			fprintf(out, " %s%s", n->member.arrow ? "->" : ".", n->member.name);
		else
			fprintf(out, " .%u", n->member.index);
		break;
	case N_CALL:
		fprintf(out, " %s", n->call.name);
		break;
	case N_BINOP:
		fprintf(out, " %s", op_str(n->bin.op));
		break;
	case N_UNOP:
		fprintf(out, " %s", op_str(n->un.op));
		break;
	case N_ASSIGN:
		fprintf(out, " %s%s", n->assign.op == OP_NONE ? "" : op_str(n->assign.op),
			n->assign.op == OP_NONE ? "=" : "=");
		break;
	case N_INCDEC:
		fprintf(out, " %s%s", n->incdec.post ? "post" : "pre",
			n->incdec.inc ? "++" : "--");
		break;
	case N_CAST:
		fprintf(out, " (%s%s%.*s)", n->cast.to, n->cast.nptr ? " " : "",
			(int)(n->cast.nptr < 8 ? n->cast.nptr : 8), "********");
		break;
	case N_SIZEOF:
		if (n->size.tname)
			fprintf(out, " %s", n->size.tname);
		break;
	case N_OFFSETOF:
		fprintf(out, " %s %s", n->size.tname, n->size.member);
		break;
	case N_JUMP:
		fprintf(out, " %s", n->jump.tok == 'b' ? "break" : n->jump.tok == 'c' ? "continue" : "return");
		break;
	default:
		break;
	}
	fprintf(out, " @%d:%d\n", n->loc.first_line, n->loc.first_column);
	struct node_child kids[NODE_MAX_CHILDREN];
	for (unsigned i = 0, k = node_children(n, kids); i < k; i++) {
		if (kids[i].label && *kids[i].slot)
			fprintf(out, "%*s%s\n", (depth + 1) * 2, "", kids[i].label);
		if (kids[i].list)
			dump_list(out, *kids[i].slot, depth + 1);
		else
			dump_node(out, *kids[i].slot, depth + 1);
	}
}

static void dump_rec(FILE *out, const struct cdecl_rec *r, int depth)
{
	fprintf(out, "%*s%s %s%s @%d:%d\n", depth * 2, "", r->is_union ? "union" : "struct",
		r->name ? r->name : "(anonymous)", r->has_body ? "" : " (reference)",
		r->loc.first_line, r->loc.first_column);
	for (const struct cdecl_member *m = r->members; m; m = m->next) {
		fprintf(out, "%*smember %s%s%.*s", (depth + 1) * 2, "", m->words ? m->words : "",
			m->nptr ? " " : "", (int)(m->nptr < 8 ? m->nptr : 8), "********");
		fprintf(out, " %s", m->name ? m->name : "(anonymous)");
		for (unsigned i = 0; i < m->ndims; i++)
			fprintf(out, "[%llu]", (unsigned long long)m->dims[i]);
		fprintf(out, " @%d:%d\n", m->loc.first_line, m->loc.first_column);
		if (m->rec)
			dump_rec(out, m->rec, depth + 2);
	}
}

void ast_dump(FILE *out, const struct ast *ast)
{
	for (const struct macro *m = ast->macros; m; m = m->next) {
		fprintf(out, "macro %s(", m->name);
		for (const struct macro_param *p = m->params; p; p = p->next)
			fprintf(out, "%s%s%s", p == m->params ? "" : ", ",
				p->kind == '$' ? "$" : p->kind == '@' ? "@" : "", p->name);
		fprintf(out, ") @%d:%d\n", m->loc.first_line, m->loc.first_column);
		dump_list(out, m->stmts, 1);
		if (m->value) {
			fputs("  value\n", out);
			dump_node(out, m->value, 2);
		}
	}
	for (const struct cdecl_rec *r = ast->records; r; r = r->next)
		dump_rec(out, r, 0);
	for (const struct probe *p = ast->probes; p; p = p->next) {
		fputs("probe", out);
		for (const struct probe_spec *s = p->specs; s; s = s->next)
			fprintf(out, " %s", s->text);
		fprintf(out, " @%d:%d\n", p->loc.first_line, p->loc.first_column);
		if (p->pred) {
			fputs("  predicate\n", out);
			dump_node(out, p->pred, 2);
		}
		dump_node(out, p->body, 1);
	}
}
