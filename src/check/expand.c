// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* expand.c - probe expansion: each probe of the script becomes one instance
 * per concrete probe. The specs' positional parameters are substituted
 * here, then each spec goes to its provider (providers/), whose expand hook
 * calls back into the helpers here (add_instance, load_format...). Runs
 * before any expression is checked and never calls back into sema.c. */
#include "check/expand.h"
#include "check/params.h"
#include "check/state.h"
#include "check/config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "providers/provider.h"
#include "kernel/tracefs.h"

static const char *need_tracefs(struct expand_ctx *x, const struct loc *loc)
{
	struct sema *s = x->checker;
	char err[512];

	if (s->tracefs)
		return s->tracefs;
	s->tracefs = tracefs_root(err, sizeof(err));
	if (!s->tracefs)
		diag_error(s->diag, loc, "%s", err);
	x->tracefs = s->tracefs;
	return s->tracefs;
}

/* The format of CAT:NAME, read once per run. With quiet_enoent a missing
 * event returns NULL with errno ENOENT and no message (the caller explains
 * it better). */
static const struct tp_format *load_format(struct expand_ctx *x, const char *cat,
					   const char *name,
					   const struct loc *loc, bool quiet_enoent)
{
	struct sema *s = x->checker;
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


/* Each instance is a BPF program: more than this is surely a mistake
 * (the kernel has some 2,300 tracepoints), and would take minutes. */
#define MAX_INSTANCES 4096

static void add_instance(struct expand_ctx *x, const struct probe *p,
			 enum probe_kind kind, const char *cat,
			 const char *name, const struct tp_format *f)
{
	struct sema *s = x->checker;

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
		x->insts = s->insts;
	}
	struct prog_probe *pp = &s->prog.probes[i];
	memset(pp, 0, sizeof(*pp));
	pp->kind = kind;
	const struct provider *pv = provider_of(kind);
	if (cat) {	/* CATEGORY:NAME */
		pp->category = arena_strdup(s->arena, cat);
		pp->name = arena_strdup(s->arena, name);
		pp->full = arena_printf(s->arena, "%s:%s:%s", pv->name, cat, name);
		pp->prog_name = arena_printf(s->arena, "%s%u_%.40s", pv->prog_prefix, i,
					     *name ? name : pv->name);
		/* the kernel takes letters, digits, '_' and '.' in a program's
		 * name: a USDT probe's "PROVIDER:NAME" has a ':' */
		for (char *c = (char *)pp->prog_name; *c; c++)
			if (*c == ':')
				*c = '_';
	} else {
		pp->full = pv->name;
		pp->prog_name = arena_printf(s->arena, "%s%u", pv->prog_prefix, i);
	}
	pp->nnamed = 1;
	s->insts[i] = (struct probe_inst){ .src = p, .format = f };
	pp->line = p->loc.first_line;
	pp->col = p->loc.first_column;
}


/* "$1" in a probe's type or parts (interval:ms:$1, tracepoint:$1:$2,
 * BEG$1) is the positional parameter's text, as in bpftrace. */
static char *subst_part(struct sema *s, const struct probe_spec *sp, char *part)
{
	struct buf b = { 0 };

	if (!strchr(part, '$'))
		return part;
	buf_append(&b, "", 0);
	for (const char *p = part; *p; p++) {
		if (*p == '$' && p[1] >= '1' && p[1] <= '9') {
			char *end;
			long n = strtol(p + 1, &end, 10);

			if (end - (p + 1) > 5) {	/* as the lexer says of $N */
				diag_error(s->diag, &sp->loc, "positional parameters are $1 to $99999");
				p = end - 1;
				continue;
			}
			if (n <= s->nparams)
				buf_printf(&b, "%s", s->params[n - 1]);
			param_fix(s, (int)n, &sp->loc);
			p = end - 1;
		} else {
			buf_append(&b, p, 1);
		}
	}
	char *r = arena_strdup(s->arena, b.data);
	buf_free(&b);
	return r;
}

static const struct probe_spec *subst_params(struct sema *s, const struct probe_spec *sp)
{
	bool any = strchr(sp->provider, '$') != NULL;

	for (int i = 0; i < sp->nparts && i < 3; i++)
		any |= strchr(sp->parts[i], '$') != NULL;
	if (!any)
		return sp;
	if (!sp->nparts && strchr(sp->provider, '$')) {
		/* "$1" the whole probe, or its type with parts in it: split
		 * the text again, as written with the parameter's text */
		char *t = subst_part(s, sp, sp->provider);

		if (strchr(t, ':')) {
			struct probe_spec *c = probe_spec_new(s->arena, t, &sp->loc);

			c->next = sp->next;
			return c;
		}
	}
	struct probe_spec *c = arena_alloc(s->arena, sizeof(*c));
	*c = *sp;
	c->provider = subst_part(s, sp, sp->provider);
	for (int i = 0; i < sp->nparts && i < 3; i++)
		c->parts[i] = subst_part(s, sp, sp->parts[i]);
	return c;
}

static const struct expand_ops expand_ops = { add_instance, need_tracefs, load_format };

/* What the providers' hooks see of s. */
static struct expand_ctx expand_ctx(struct sema *s)
{
	return (struct expand_ctx){
		.arena = s->arena, .diag = s->diag, .filter_pid = s->filter_pid,
		.prog = &s->prog, .insts = s->insts, .tracefs = s->tracefs, .checker = s,
	};
}

void expand_probes(struct sema *s, struct ast *ast)
{
	struct expand_ctx x = expand_ctx(s);

	for (const struct probe *p = ast->probes; p; p = p->next) {
		for (const struct probe_spec *sp0 = p->specs; sp0; sp0 = sp0->next) {
			const struct probe_spec *sp = subst_params(s, sp0);
			const char *prov = sp->provider;
			const struct provider *pv = provider_find(prov);

			if (pv) {
				/* config missing_probes = warn or ignore: a probe
				 * that matches nothing is left out */
				unsigned had = s->prog.nprobes;
				int warned = s->diag->warnings;

				s->diag->demote = s->missing_probes == MISSING_WARN ? DEMOTE_WARN
						: s->missing_probes == MISSING_IGNORE ? DEMOTE_DROP
						: DEMOTE_NONE;
				pv->expand(&x, p, sp, pv, &expand_ops);
				s->diag->demote = DEMOTE_NONE;
				if (s->prog.nprobes == had && s->missing_probes != MISSING_ERROR)
					s->left_out = true;
				if (s->missing_probes == MISSING_WARN && s->prog.nprobes == had &&
				    s->diag->warnings > warned)
					diag_hint(s->diag, "left out (config missing_probes = warn)");
			} else {
				diag_error(s->diag, &sp->loc, "unknown probe type '%s'", prov);
				struct buf b = { 0 };

				for (unsigned i = 0; providers[i]; i++)
					buf_printf(&b, "%s%s", !i ? "" : providers[i + 1] ? ", " : " and ",
						   providers[i]->usage);
				diag_hint(s->diag, "tpscript knows %s", b.data);
				buf_free(&b);
				if (!strcmp(prov, "kprobe") || !strcmp(prov, "kretprobe") || !strcmp(prov, "k"))
					diag_hint(s->diag, "kprobes are not supported; a tracepoint near the function "
						  "is often the stable alternative");
			}
		}
	}
}

/* After every probe is expanded: each provider's pass over the instances
 * (the tracepoint provider's syscall fold). */
void expand_finish(struct sema *s)
{
	struct expand_ctx x = expand_ctx(s);

	for (unsigned i = 0; providers[i]; i++)
		if (providers[i]->finish)
			providers[i]->finish(&x, &expand_ops);
}
