// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* begin_end.c - BEGIN and END (begin and end, current bpftrace's
 * spellings): raw_tp programs that are never attached;
 * the runtime runs BEGIN once before the trace and END once after it
 * (BPF_PROG_TEST_RUN). Their context offers no args. */
#include "provider.h"

#include <string.h>

#include "front/diag.h"
#include "front/util.h"
#include "program/tprog.h"

static void expand(struct expand_ctx *x, const struct probe *p, const struct probe_spec *sp,
		   const struct provider *self, const struct expand_ops *ops)
{
	if (sp->nparts) {
		diag_error(x->diag, &sp->loc, "%s takes no parameters", sp->provider);
		return;
	}
	unsigned before = x->prog->nprobes;

	ops->add_instance(x, p, self->kind, NULL, NULL, NULL);
	/* begin or BEGIN, as written: the probe builtin says it so */
	if (x->prog->nprobes > before && !strcmp(sp->text, self->alias))
		x->prog->probes[x->prog->nprobes - 1].full = self->alias;
}

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return "raw_tp";
}

const struct provider begin_provider = {
	.name = "BEGIN", .alias = "begin", .kind = PK_BEGIN, .usage = "BEGIN", .prog_prefix = "begin",
	.expand = expand, .section = section, .run_once = RUN_AT_START,
};

const struct provider end_provider = {
	.name = "END", .alias = "end", .kind = PK_END, .usage = "END", .prog_prefix = "end",
	.expand = expand, .section = section, .run_once = RUN_AT_END,
};
