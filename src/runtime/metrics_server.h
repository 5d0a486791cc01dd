/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* metrics_server.h - --metrics [HOST:]PORT: the maps served live to
 * Prometheus over HTTP (libmicrohttpd, in its own thread). */
#ifndef TPSCRIPT_METRICS_SERVER_H
#define TPSCRIPT_METRICS_SERVER_H

#include <stdbool.h>

#include "program/program.h"

/* Check a --metrics argument: PORT (the loopback address), HOST:PORT,
 * [IPV6]:PORT; PORT 0 takes any free port. Returns 0, or -1 after
 * printing why not. */
int metrics_check_address(const char *spec);

/* A listening socket for spec, or -1 after printing why not (the port in
 * use, an address this machine does not have). */
int metrics_listen(const char *spec);

/* What a scrape reads. Everything must outlive the server. */
struct metrics_source {
	const struct program *prog;
	const int *map_fds;	/* parallel to prog->maps */
	int stats_fd;		/* TP_STATS_MAP, or -1 */
	struct bpf_object *obj;	/* its programs' skipped events, or NULL */
	unsigned limit;		/* entries of one map on a page (0: no limit) */
};

struct metrics_server;
struct bpf_object;

/* Serve GET /metrics on listen_fd (which the server owns from now on,
 * and closes when it stops) from its own thread. Start it with the signals the main loop takes blocked, so
 * they keep going to the main thread. NULL after printing why not. */
struct metrics_server *metrics_start(int listen_fd, const struct metrics_source *src);

/* "http://127.0.0.1:9464/metrics": where it serves. */
const char *metrics_url(const struct metrics_server *ms);

/* The probes attached, for tpscript_probes_attached. */
void metrics_set_probes(struct metrics_server *ms, unsigned n);

/* Held around clear() and zero() by the main thread, and around reading
 * one map by a scrape, so that a scrape sees each map wholly before or
 * wholly after a clear() or zero(). NULL is fine: nothing to hold. */
void metrics_lock(struct metrics_server *ms);
void metrics_unlock(struct metrics_server *ms);

/* Stop serving: close every connection, end the thread. NULL is fine. */
void metrics_stop(struct metrics_server *ms);

#endif
