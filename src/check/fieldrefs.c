// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fieldrefs.c - the tracepoint fields each probe's code reads, recorded in
 * the program (struct prog_field) so that the runtime can check them
 * against the running kernel's format files before it attaches anything,
 * wherever the artifact runs. */
#include "check/fieldrefs.h"
#include "check/state.h"

#include <string.h>

#include "kernel/tracefs.h"

struct collect {
	struct sema *s;
	unsigned probe;
	const struct tp_format *format;
	unsigned cap;
	bool whole;		/* args read as a whole (print(args)) */
};

static void add_field(struct collect *c, const struct tp_field *f)
{
	struct program *p = &c->s->prog;

	for (unsigned i = p->nfields; i-- > 0 && p->fields[i].probe == c->probe;)
		if (!strcmp(p->fields[i].name, f->name))
			return;		/* once per probe */
	if (p->nfields == c->cap) {
		struct prog_field *grown;

		c->cap = c->cap ? c->cap * 2 : 16;
		grown = arena_alloc(c->s->arena, c->cap * sizeof(*grown));
		if (p->nfields)
			memcpy(grown, p->fields, p->nfields * sizeof(*grown));
		p->fields = grown;
	}
	p->fields[p->nfields++] = (struct prog_field){
		.probe = c->probe, .name = f->name, .type = f->type,
		.offset = f->offset, .size = f->size, .is_signed = f->is_signed,
	};
}

static void walk(struct collect *c, const struct node *n);

static void walk_list(struct collect *c, const struct node *n)
{
	for (; n; n = n->next)
		walk(c, n);
}

static void walk(struct collect *c, const struct node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_IDENT:
		/* print(args), and args as a whole: every field but the common
		 * header's. */
		if (n->id.builtin == B_ARGS && c->format)
			c->whole = true;
		if (n->id.builtin == B_ARGS && c->format)
			for (size_t i = 0; i < c->format->nfields; i++)
				if (!c->format->fields[i].common)
					add_field(c, &c->format->fields[i]);
		break;
	case N_MAP: walk_list(c, n->map.keys); break;
	case N_MEMBER:
		if (n->member.field) {
			add_field(c, n->member.field);
			break;	/* the base is args itself */
		}
		walk(c, n->member.base);
		break;
	case N_INDEX: walk(c, n->index.base); walk(c, n->index.index); break;
	case N_CALL: walk_list(c, n->call.args); break;
	case N_BINOP: walk(c, n->bin.l); walk(c, n->bin.r); break;
	case N_UNOP: walk(c, n->un.e); break;
	case N_TERNARY: walk(c, n->tern.c); walk(c, n->tern.t); walk(c, n->tern.f); break;
	case N_ASSIGN: walk(c, n->assign.lhs); walk(c, n->assign.rhs); break;
	case N_INCDEC: walk(c, n->incdec.e); break;
	case N_CAST: walk(c, n->cast.e); break;
	case N_TUPLE: walk_list(c, n->tuple.elems); break;
	case N_EXPR_STMT: walk(c, n->expr.e); break;
	case N_IF: walk(c, n->if_.c); walk(c, n->if_.then); walk(c, n->if_.els); break;
	case N_BLOCK: walk_list(c, n->block.stmts); break;
	case N_BLOCK_EXPR: walk_list(c, n->block.stmts); walk(c, n->block.value); break;
	case N_JUMP: walk(c, n->jump.value); break;
	case N_WHILE: walk(c, n->while_.c); walk(c, n->while_.body); break;
	case N_FOR: walk(c, n->for_.iter); walk(c, n->for_.end); walk(c, n->for_.body); break;
	case N_UNROLL: walk(c, n->unroll.body); break;
	default: break;
	}
}

static bool has_wildcard(const char *s)
{
	return strpbrk(s, "*?") != NULL;
}

/* Was this concrete probe named through a wildcard of its source probe? */
static bool from_wildcard(const struct probe *src, const struct tp_target *t)
{
	for (const struct probe_spec *sp = src->specs; sp; sp = sp->next) {
		if (sp->nparts != 2 || (!has_wildcard(sp->parts[0]) && !has_wildcard(sp->parts[1])))
			continue;
		if (glob_match(sp->parts[0], t->category) && glob_match(sp->parts[1], t->name))
			return true;
	}
	return false;
}

void fieldrefs_collect(struct sema *s)
{
	struct collect c = { .s = s };

	s->prog.fields = NULL;
	s->prog.nfields = 0;
	for (unsigned i = 0; i < s->prog.nprobes; i++) {
		const struct probe_inst *in = &s->insts[i];
		struct prog_probe *pp = &s->prog.probes[i];

		if (pp->kind != PK_TRACEPOINT)
			continue;
		/* Each tracepoint a program serves says whether a wildcard
		 * matched it (missing, it is then skipped, not an error); the
		 * program is from a wildcard when each of them is. */
		if (!in->mux_n) {
			pp->wildcard = pp->ntargets > 0;
			for (unsigned t = 0; t < pp->ntargets; t++) {
				pp->targets[t].wildcard = from_wildcard(in->src, &pp->targets[t]);
				pp->wildcard &= pp->targets[t].wildcard;
			}
		}
		if (!in->format)
			continue;
		c.probe = i;
		c.format = in->format;
		c.whole = false;
		/* A syscall-folded probe reads the raw event's id itself. */
		if (in->mux_n) {
			const struct tp_field *id = tp_format_field(in->format, "id");

			if (id)
				add_field(&c, id);
		}
		walk(&c, in->pred);
		walk(&c, in->body);
		pp->args_whole = c.whole;
	}
}
