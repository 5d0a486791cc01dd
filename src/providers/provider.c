// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* provider.c - the table of probe kinds (see provider.h). */
#include "provider.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"
#include "front/diag.h"
#include "front/report.h"
#include "kernel/uelf.h"

const struct provider *const providers[] = {
	&tracepoint_provider,
	&rawtracepoint_provider,
	&uprobe_provider,
	&uretprobe_provider,
	&usdt_provider,
	&begin_provider,
	&end_provider,
	&interval_provider,
	&profile_provider,
	NULL,
};

const struct provider *provider_find(const char *name)
{
	for (unsigned i = 0; providers[i]; i++)
		if (!strcmp(providers[i]->name, name) ||
		    (providers[i]->alias && !strcmp(providers[i]->alias, name)))
			return providers[i];
	return NULL;
}

/* A pattern that starts with a provider's name or alias and a colon goes
 * to that provider's list hook; CAT:NAME to the tracepoint provider's
 * (which reads CAT:NAME as tracepoints, and lists uprobes). No pattern,
 * '*' or a bare word (matched anywhere in a name) name no kind: every kernel
 * kind lists its matches, tracepoints first, and none matching is the one
 * error. */
int providers_list(FILE *out, const char *pattern, enum list_mode mode)
{
	const char *colon = pattern ? strchr(pattern, ':') : NULL;

	if (colon && colon - pattern < 32) {
		char prov[32];

		snprintf(prov, sizeof(prov), "%.*s", (int)(colon - pattern), pattern);
		const struct provider *pv = provider_find(prov);
		if (pv && pv->list)
			return pv->list(out, pattern, mode, NULL);
	}
	if (colon)
		return tracepoint_provider.list(out, pattern, mode, NULL);
	const struct provider *const kinds[] = { &tracepoint_provider, &rawtracepoint_provider };
	unsigned found = 0;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		int rc = kinds[i]->list(out, pattern, mode, &found);

		if (rc)
			return rc;
	}
	if (!found) {
		report_error("no tracepoint or raw tracepoint matches '%s'", pattern ? pattern : "");
		return 1;
	}
	return 0;
}

const struct provider *provider_of(enum probe_kind kind)
{
	for (unsigned i = 0; providers[i]; i++)
		if (providers[i]->kind == kind)
			return providers[i];
	return NULL;
}

bool has_wildcard(const char *p)
{
	return strpbrk(p, "*?") != NULL;
}

/* The span of part i (0: the category) of a one-line probe spec. */
struct loc part_loc(const struct probe_spec *sp, int i)
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

const struct uelf *probe_binary(struct expand_ctx *x, const struct probe_spec *sp, char **path)
{
	struct loc bloc = part_loc(sp, 0);
	char why[512];
	const struct uelf *e;

	*path = uelf_resolve(sp->parts[0], x->filter_pid, why, sizeof(why));
	/* A library found through the -p process's maps: that process's. */
	if (x->filter_pid && !strchr(sp->parts[0], '/'))
		x->prog->pid_fixed = true;
	if (!*path) {
		diag_error(x->diag, &bloc, "cannot find the binary '%s': %s", sp->parts[0], why);
		return NULL;
	}
	e = uelf_get(*path, why, sizeof(why));
	if (!e) {
		diag_error(x->diag, &bloc, "cannot read the binary '%s': %s", sp->parts[0], why);
		free(*path);
		*path = NULL;
	}
	return e;
}
