// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* program.c - the plain-data program copied out of the checker's memory
 * (see program_copy in program.h). The copy walks every pointer the
 * contract has, which is also the walk a serialiser of it makes. */
#include "program.h"

#include <errno.h>
#include <linux/bpf.h>
#include <stdlib.h>
#include <string.h>

#include "front/util.h"

static const char *dup_str(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static void *dup_mem(struct arena *a, const void *p, size_t size)
{
	if (!p)
		return NULL;
	void *q = arena_alloc(a, size ? size : 1);
	memcpy(q, p, size);
	return q;
}

static const struct rec_arg *dup_args(struct arena *a, const struct rec_arg *in, unsigned n)
{
	struct rec_arg *out = dup_mem(a, in, n * sizeof(*in));

	for (unsigned i = 0; out && i < n; i++) {
		out[i].name = dup_str(a, in[i].name);
		out[i].elems = dup_args(a, in[i].elems, in[i].nelems);
	}
	return out;
}

static struct key_part *dup_keys(struct arena *a, const struct key_part *in, unsigned n)
{
	struct key_part *out = dup_mem(a, in, n * sizeof(*in));

	for (unsigned i = 0; out && i < n; i++) {
		out[i].name = dup_str(a, in[i].name);
		out[i].fmt = dup_str(a, in[i].fmt);
		out[i].elems = dup_keys(a, in[i].elems, in[i].nelems);
		if (in[i].shape)	/* KEY_STRUCT */
			out[i].shape = dup_args(a, in[i].shape, 1);
	}
	return out;
}

struct program *program_copy(const struct program *p)
{
	struct arena *a = xcalloc(1, sizeof(*a));
	struct program *c = arena_alloc(a, sizeof(*c));

	*c = *p;
	c->mem = a;
	c->probes = dup_mem(a, p->probes, p->nprobes * sizeof(*p->probes));
	for (unsigned i = 0; i < p->nprobes; i++) {
		struct prog_probe *pp = &c->probes[i];

		pp->category = dup_str(a, pp->category);
		pp->name = dup_str(a, pp->name);
		pp->full = dup_str(a, pp->full);
		pp->prog_name = dup_str(a, pp->prog_name);
		pp->fallback_name = dup_str(a, pp->fallback_name);
		pp->targets = dup_mem(a, pp->targets, pp->ntargets * sizeof(*pp->targets));
		for (unsigned k = 0; k < pp->ntargets; k++) {
			struct tp_target *t = &pp->targets[k];

			t->category = dup_str(a, t->category);
			t->name = dup_str(a, t->name);
			t->full = dup_str(a, t->full);
		}
	}
	c->recs = dup_mem(a, p->recs, p->nrecs * sizeof(*p->recs));
	for (unsigned i = 0; i < p->nrecs; i++) {
		struct rec_desc *r = &c->recs[i];

		r->fmt = dup_str(a, r->fmt);
		r->parsed.convs = dup_mem(a, r->parsed.convs,
					  r->parsed.nconvs * sizeof(*r->parsed.convs));
		r->args = (struct rec_arg *)dup_args(a, r->args, r->nargs);
	}
	c->maps = dup_mem(a, p->maps, p->nmaps * sizeof(*p->maps));
	for (unsigned i = 0; i < p->nmaps; i++) {
		struct map_desc *d = &c->maps[i];

		d->name = dup_str(a, d->name);
		d->bpf_name = dup_str(a, d->bpf_name);
		d->origin = dup_str(a, d->origin);
		/* Tuple parts have elements of their own (tuples in keys). */
		d->key = dup_keys(a, d->key, d->nkey);
		d->vals = dup_keys(a, d->vals, d->nvals);
	}
	c->fields = dup_mem(a, p->fields, p->nfields * sizeof(*p->fields));
	for (unsigned i = 0; i < p->nfields; i++) {
		c->fields[i].name = dup_str(a, c->fields[i].name);
		c->fields[i].type = dup_str(a, c->fields[i].type);
	}
	c->relocs = dup_mem(a, p->relocs, p->nrelocs * sizeof(*p->relocs));
	c->params = dup_mem(a, p->params, p->nparams * sizeof(*p->params));
	for (unsigned i = 0; i < p->nparams; i++)
		c->params[i].why = dup_str(a, c->params[i].why);
	c->uaddrs = dup_mem(a, p->uaddrs, p->nuaddrs * sizeof(*p->uaddrs));
	for (unsigned i = 0; i < p->nuaddrs; i++)
		c->uaddrs[i].symbol = dup_str(a, c->uaddrs[i].symbol);
	c->sites = dup_mem(a, p->sites, p->nsites * sizeof(*p->sites));
	c->opts = dup_mem(a, p->opts, p->nopts * sizeof(*p->opts));
	for (unsigned i = 0; i < p->nopts; i++) {
		c->opts[i].name = dup_str(a, c->opts[i].name);
		c->opts[i].desc = dup_str(a, c->opts[i].desc);
		c->opts[i].dflt = dup_str(a, c->opts[i].dflt);
	}
	return c;
}

const char *helper_name(unsigned id)
{
	switch (id) {
	case BPF_FUNC_map_lookup_elem: return "map_lookup_elem";
	case BPF_FUNC_map_update_elem: return "map_update_elem";
	case BPF_FUNC_map_delete_elem: return "map_delete_elem";
	case BPF_FUNC_probe_read: return "probe_read";
	case BPF_FUNC_probe_read_str: return "probe_read_str";
	case BPF_FUNC_probe_read_user: return "probe_read_user";
	case BPF_FUNC_probe_read_user_str: return "probe_read_user_str";
	case BPF_FUNC_probe_read_kernel: return "probe_read_kernel";
	case BPF_FUNC_probe_read_kernel_str: return "probe_read_kernel_str";
	case BPF_FUNC_get_current_comm: return "get_current_comm";
	case BPF_FUNC_get_stackid: return "get_stackid";
	case BPF_FUNC_send_signal: return "send_signal";
	default: return NULL;
	}
}

bool param_int(const char *t, uint64_t *value)
{
	char *end;

	if (!*t) {
		*value = 0;
		return true;
	}
	errno = 0;
	unsigned long long v = strtoull(t, &end, 0);
	if (!*end && !errno && t[0] != '-') {
		*value = v;
		return true;
	}
	errno = 0;
	long long sv = strtoll(t, &end, 0);
	if (!*end && !errno) {
		*value = (uint64_t)sv;
		return true;
	}
	return false;
}

unsigned param_str_size(size_t len, unsigned strlen)
{
	return len + 1 > strlen ? (unsigned)len + 1 : strlen;
}

void program_free(struct program *p)
{
	if (!p || !p->mem)
		return;
	struct arena *a = p->mem;

	arena_free(a);	/* p itself lives in it */
	free(a);
}

/* The bytes probe takes in a program that serves pp's tracepoints: the
 * longest name, and its NUL. */
unsigned probe_name_size(const struct prog_probe *pp)
{
	size_t longest = strlen(pp->full);

	for (unsigned k = 0; k < pp->ntargets; k++)
		if (strlen(pp->targets[k].full) > longest)
			longest = strlen(pp->targets[k].full);
	return (unsigned)longest + 1;
}
