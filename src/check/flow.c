// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* flow.c - unreachable statements (see flow.h). tpscript never runs them
 * (codegen branches away after exit() and the jumps); the warning says so
 * where they are written, as current bpftrace does. */
#include "check/flow.h"

#include <string.h>

static void flow_block(struct diag *d, const struct node *block);

/* Why what follows n in its block cannot run, or NULL when it can. */
static const char *ends(const struct node *n)
{
	switch (n->kind) {
	case N_JUMP:
		return n->jump.tok == 'r' ? "return above ends the action"
		     : n->jump.tok == 'b' ? "break above leaves the loop"
		     : "continue above goes on with the loop's next turn";
	case N_EXPR_STMT:
		if (n->expr.e->kind == N_CALL && !strcmp(n->expr.e->call.name, "exit"))
			return "exit() above ends the action";
		return NULL;
	case N_BLOCK:
		for (const struct node *s = n->block.stmts; s; s = s->next) {
			const char *why = ends(s);

			if (why)
				return why;
		}
		return NULL;
	case N_IF: {
		const char *t = n->if_.els ? ends(n->if_.then) : NULL;

		return t && ends(n->if_.els) ? "both branches of the if above end it" : NULL;
	}
	default:
		return NULL;	/* a loop may be left by its condition or a break */
	}
}

/* The blocks inside statement n. */
static void flow_stmt(struct diag *d, const struct node *n)
{
	switch (n->kind) {
	case N_BLOCK:
		flow_block(d, n);
		break;
	case N_IF:
		flow_stmt(d, n->if_.then);
		if (n->if_.els)
			flow_stmt(d, n->if_.els);
		break;
	case N_WHILE:
		flow_stmt(d, n->while_.body);
		break;
	case N_UNROLL:
		flow_stmt(d, n->unroll.body);
		break;
	case N_FOR:
		flow_stmt(d, n->for_.body);
		break;
	default:
		break;
	}
}

static void flow_block(struct diag *d, const struct node *block)
{
	const char *why = NULL;

	for (const struct node *s = block->block.stmts; s; s = s->next) {
		if (why) {	/* the first statement that cannot run, once */
			diag_warning(d, &s->loc, "unreachable statement: %s", why);
			why = NULL;
			for (const struct node *rest = s; rest; rest = rest->next)
				flow_stmt(d, rest);
			return;
		}
		flow_stmt(d, s);
		why = ends(s);
	}
}

void flow_check(struct diag *d, const struct ast *ast)
{
	for (const struct probe *p = ast->probes; p; p = p->next)
		if (p->body && p->body->kind == N_BLOCK)
			flow_block(d, p->body);
}
