// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* params.c - positional parameters as load-time values.
 *
 * The checker replaces $N by a literal of its value, as before, and marks
 * the literal with N (node.param). Codegen emits a marked literal as a
 * load from tp_ro, which the runtime fills before load, so the program
 * takes any value without compiling again. Wherever the checker or codegen
 * uses a literal's value itself (a format string, a map or lhist bound, a
 * frame count, a probe's name, a constant expression), it asks through
 * lit_is or param_fix, and the parameter becomes fixed: the program is
 * right for that value only, and the runtime refuses another. */
#include "check/params.h"

#include <stdio.h>
#include <string.h>

#include "front/util.h"

static struct prog_param *slot(struct sema *s, int index)
{
	struct program *p = &s->prog;

	if (index < 0)
		return NULL;
	if ((unsigned)index >= s->params_cap) {
		unsigned cap = (unsigned)index + 8;
		struct prog_param *n = arena_alloc(s->arena, cap * sizeof(*n));

		if (p->nparams)
			memcpy(n, p->params, p->nparams * sizeof(*n));
		p->params = n;
		s->params_cap = cap;
	}
	if ((unsigned)index >= p->nparams) {
		memset(p->params + p->nparams, 0,
		       ((unsigned)index + 1 - p->nparams) * sizeof(*p->params));
		p->nparams = (unsigned)index + 1;
	}
	return &p->params[index];
}

void param_read(struct sema *s, int index, enum param_kind kind, unsigned size,
		const struct loc *loc)
{
	struct prog_param *pp = slot(s, index);

	if (!pp)
		return;
	(void)loc;
	/* Read as a string and as an integer (str($1) and $1): a slot of
	 * each, both load-time values. */
	if (pp->kind == PARAM_UNUSED)
		pp->kind = kind;
	else if (pp->kind != kind)
		pp->kind = PARAM_BOTH;
	if (kind == PARAM_STR && size > pp->size)
		pp->size = size;
}

void param_fix(struct sema *s, int index, const struct loc *loc)
{
	struct prog_param *pp = slot(s, index);

	if (!pp || pp->fixed)
		return;
	pp->fixed = true;
	char buf[32];
	snprintf(buf, sizeof(buf), "%d:%d", loc->first_line, loc->first_column);
	pp->why = arena_strdup(s->arena, buf);
}

bool lit_is(struct sema *s, const struct node *n, enum node_kind k)
{
	if (n->kind != k)
		return false;
	if (n->param)
		param_fix(s, param_index(n), &n->loc);
	return true;
}

void params_layout(struct sema *s)
{
	struct program *p = &s->prog;
	unsigned off = sizeof(struct tp_rodata);

	for (unsigned i = 0; i < p->nparams; i++) {
		struct prog_param *pp = &p->params[i];

		if (i == 0) {
			pp->offset = pp->fixed ? 0 : offsetof(struct tp_rodata, nparams);
			continue;
		}
		if (pp->kind == PARAM_UNUSED || pp->fixed)
			continue;	/* a fixed one is compiled in as a constant */
		pp->offset = off;
		off += pp->kind == PARAM_STR ? (pp->size + 7) & ~7u : 8;
		if (pp->kind == PARAM_BOTH) {
			pp->str_offset = off;
			off += (pp->size + 7) & ~7u;
		}
	}
	/* then getopt()'s options */
	for (unsigned i = 0; i < p->nopts; i++) {
		p->opts[i].offset = off;
		off += (p->opts[i].size + 7) & ~7u;
	}
	/* then the uaddr() values, which the runtime fills in too */
	for (unsigned i = 0; i < p->nuaddrs; i++) {
		p->uaddrs[i].offset = off;
		off += 8;
	}
	p->params_size = off - (unsigned)sizeof(struct tp_rodata);
}
