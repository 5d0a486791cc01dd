/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* config.h - the script's config block, config = { name = value; ... }:
 * bpftrace's settings, each checked and applied to what tpscript has. */
#ifndef TPSCRIPT_CONFIG_H
#define TPSCRIPT_CONFIG_H

#include <stdbool.h>

struct ast;
struct sema;

/* What to do with a probe that matches nothing (missing_probes). */
enum missing_probes {
	MISSING_ERROR,		/* the default: an error */
	MISSING_WARN,		/* a warning, and the probe is left out */
	MISSING_IGNORE,		/* left out silently */
};

/* Checks every setting of ast's config block and applies it to s (its
 * strlen, map_keys_max, license, missing_probes and program). A setting
 * whose environment variable was set (s->env_set) keeps the
 * environment's value, as in bpftrace. false after an error, reported
 * at the setting. */
bool config_apply(struct sema *s, const struct ast *ast);

#endif
