/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* metrics.h - the script's maps as Prometheus metrics, in the text
 * exposition format 0.0.4. Pure C, like mapprint.h: the caller reads the
 * maps and hands over their raw entries; metrics_server.h serves the page. */
#ifndef TPSCRIPT_METRICS_H
#define TPSCRIPT_METRICS_H

#include <stddef.h>
#include <stdint.h>

#include "mapprint.h"
#include "front/util.h"
#include "program/program.h"

#define METRICS_CONTENT_TYPE "text/plain; version=0.0.4; charset=utf-8"
#define METRICS_DEFAULT_LIMIT 10000	/* entries of one map on a page */

/* One family name per map: "tpscript_" and the map's name in snake case
 * ("tpscript_map" for the anonymous @), unique among the maps and the
 * tracer's own metrics (a clash gets "_2", "_3"...). */
struct metrics_names {
	char **base;		/* parallel to the maps */
	unsigned n;
};

void metrics_names_init(struct metrics_names *mn, const struct map_desc *maps,
			unsigned nmaps);
void metrics_names_free(struct metrics_names *mn);

/* Append map m's family to page: # HELP, # TYPE, and a series per entry
 * (a histogram's buckets, _sum and _count), the first limit entries of
 * the n given (0: no limit). e holds the entries as mapread() returns
 * them, ncpu values each for a per-CPU map. Returns how many entries the
 * limit left out, or a negative errno (-EINVAL: a malformed description;
 * page then holds the families before it). */
long metrics_write_map(struct buf *page, const char *base, const struct map_desc *m,
		       const struct map_entry *e, size_t n, unsigned ncpu,
		       unsigned limit);

/* The tracer's own health, read at each scrape. */
struct metrics_health {
	uint64_t lost;			/* records the ring buffer had no room for */
	const uint64_t *map_full;	/* per map: updates refused, map full */
	const uint64_t *dropped;	/* per map: entries the limit left out */
	unsigned probes;		/* probes attached */
	const char *const *probe_names;	/* the traced probes, each once */
	const uint64_t *missed;		/* per probe name: events the kernel skipped */
	unsigned nprobes;
};

/* Append the tracer's own metrics: tpscript_lost_events_total,
 * tpscript_map_full_total{map}, tpscript_probes_attached,
 * tpscript_series_dropped{map}, tpscript_missed_events_total{probe}. */
void metrics_write_health(struct buf *page, const struct map_desc *maps, unsigned nmaps,
			  const struct metrics_health *h);

/* Append s (n bytes, up to a NUL) as a label value: valid UTF-8 (a bad
 * byte becomes U+FFFD), with \, " and newline escaped. */
void metrics_label_value(struct buf *page, const char *s, size_t n);

#endif
