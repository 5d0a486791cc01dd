// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* metrics_server.c - --metrics: GET /metrics served by libmicrohttpd.
 *
 * Threads. libmicrohttpd runs one thread of its own (an epoll loop over
 * the listening socket and every connection, non-blocking), so the main
 * thread's loop over the ring buffer never waits for a client: a slow
 * reader only keeps its own connection open (until the idle timeout), and
 * connections beyond the limit are refused. A scrape builds its page in
 * memory, then hands it to libmicrohttpd to send.
 *
 * What the two threads share, and how:
 * - the BPF maps: a scrape reads each map with mapread() (the kernel keeps
 *   lookups safe against the programs and against each other). clear()
 *   and zero() are the main thread's only writes to maps from user space;
 *   they run under ms->lock, and a scrape takes the same lock around its
 *   read of one map (not while it formats the page), so it sees a map
 *   wholly before or wholly after a clear() or zero(), and mapread()'s
 *   record of zeroed arrays never changes under it. The main thread waits
 *   at most for one map's read, and only when a clear() or zero() comes
 *   during one.
 * - kernel symbols and stacks (ksym, kstack keys): symbols.c locks its
 *   own caches.
 * - the program, the map fds, the names: read-only while the server runs;
 *   runtime.c stops the server before it closes the object.
 * - tpscript_probes_attached: an atomic counter.
 *
 * libmicrohttpd is opened (dlopen) when --metrics is given, not linked:
 * tpscript and every --aot executable copied from it run on hosts without
 * it, as long as they are not asked to serve. */
#include "metrics_server.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <netdb.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <microhttpd.h>

#include "mapread.h"
#include "misses.h"
#include "providers/provider.h"
#include "front/report.h"
#include "front/util.h"
#include "output/metrics.h"

#define CONN_LIMIT 256		/* open connections; more are refused */
#define CONN_TIMEOUT_S 10	/* an idle or stalled connection is closed */
#define CONN_MEMORY 16384	/* bytes a connection may hold for its request */

#define MHD_SONAME "libmicrohttpd.so.12"

/* The calls we make, with the header's own prototypes. */
static struct {
	void *dl;
	__typeof__(MHD_start_daemon) *start_daemon;
	__typeof__(MHD_stop_daemon) *stop_daemon;
	__typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
	__typeof__(MHD_add_response_header) *add_response_header;
	__typeof__(MHD_queue_response) *queue_response;
	__typeof__(MHD_destroy_response) *destroy_response;
} mhd;

static int mhd_open(void)
{
	if (mhd.dl)
		return 0;
	mhd.dl = dlopen(MHD_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!mhd.dl) {
		report_error("--metrics needs libmicrohttpd (Debian: apt-get "
			     "install libmicrohttpd12): %s", dlerror());
		return -1;
	}
#define LOAD(f) (*(void **)&mhd.f = dlsym(mhd.dl, "MHD_" #f))
	if (!LOAD(start_daemon) || !LOAD(stop_daemon) || !LOAD(create_response_from_buffer) ||
	    !LOAD(add_response_header) || !LOAD(queue_response) || !LOAD(destroy_response)) {
		report_error("--metrics: %s lacks a function: %s", MHD_SONAME,
			     dlerror());
		dlclose(mhd.dl);
		mhd.dl = NULL;
		return -1;
	}
#undef LOAD
	return 0;
}

struct metrics_server {
	struct MHD_Daemon *d;
	struct metrics_source src;
	struct metrics_names names;
	pthread_mutex_t lock;
	unsigned probes;	/* __atomic */
	unsigned ncpu;
	bool *warned;		/* per map: the limit was reported */
	char url[128];
};

/* ---- the address ------------------------------------------------------ */

/* spec -> host and port text; a bare port (or ":PORT") is the loopback
 * address: serving every interface takes saying so. */
static int split_address(const char *spec, char *host, size_t hlen, char *port, size_t plen)
{
	const char *p, *colon = strrchr(spec, ':');

	if (spec[0] == '[') {
		const char *close = strchr(spec, ']');

		if (!close || close[1] != ':' || close == spec + 1 ||
		    (size_t)(close - spec - 1) >= hlen)
			return -1;
		snprintf(host, hlen, "%.*s", (int)(close - spec - 1), spec + 1);
		p = close + 2;
	} else if (colon) {
		if (memchr(spec, ':', (size_t)(colon - spec)) || (size_t)(colon - spec) >= hlen)
			return -1;	/* an IPv6 address needs its brackets */
		snprintf(host, hlen, "%.*s", (int)(colon - spec), spec);
		p = colon + 1;
	} else {
		host[0] = '\0';
		p = spec;
	}
	if (!host[0])
		snprintf(host, hlen, "127.0.0.1");
	if (!*p || strlen(p) > 5 || strspn(p, "0123456789") != strlen(p) || atoi(p) > 65535)
		return -1;
	snprintf(port, plen, "%s", p);
	return 0;
}

int metrics_check_address(const char *spec)
{
	char host[256], port[8];

	if (split_address(spec, host, sizeof(host), port, sizeof(port)) < 0) {
		report_error("--metrics takes [HOST:]PORT (9464, "
			     "127.0.0.1:9464, [::1]:9464, 0.0.0.0:9464 for every interface), not '%s'",
			     spec);
		return -1;
	}
	return 0;
}

static int resolve(const char *spec, struct addrinfo **ai)
{
	char host[256], port[8];
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM, .ai_flags = AI_NUMERICSERV };
	int rc;

	if (metrics_check_address(spec) < 0)
		return -1;
	split_address(spec, host, sizeof(host), port, sizeof(port));
	rc = getaddrinfo(host, port, &hints, ai);
	if (rc) {
		report_error("--metrics %s: cannot resolve '%s': %s", spec,
			     host, gai_strerror(rc));
		return -1;
	}
	return 0;
}

int metrics_listen(const char *spec)
{
	struct addrinfo *ai = NULL;
	int fd = -1, one = 1;

	if (resolve(spec, &ai) < 0 || mhd_open() < 0)
		return -1;
	fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
		    ai->ai_protocol);
	if (fd < 0)
		goto err_out;
	/* A restarted service may bind while the old connections linger. */
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, ai->ai_addr, ai->ai_addrlen) < 0 || listen(fd, 64) < 0)
		goto err_out;
	freeaddrinfo(ai);
	return fd;
err_out:
	report_error("cannot serve metrics on %s: %s", spec,
		     errno == EADDRINUSE ? "the address is in use (by another process, or another "
					   "tpscript): choose another port"
		     : errno == EADDRNOTAVAIL ? "this machine has no such address"
		     : errno == EACCES ? "a port below 1024 takes privileges"
		     : strerror(errno));
	if (fd >= 0)
		close(fd);
	freeaddrinfo(ai);
	return -1;
}

/* ---- a scrape --------------------------------------------------------- */

/* The per-CPU counters of TP_STATS_MAP, summed: lost records, then
 * updates refused per map. */
static void read_stats(const struct metrics_server *ms, uint64_t *stats, unsigned nstat)
{
	uint32_t key = 0;
	uint64_t *vals;

	memset(stats, 0, nstat * sizeof(*stats));
	if (ms->src.stats_fd < 0)
		return;
	vals = xcalloc((size_t)ms->ncpu * nstat, sizeof(*vals));
	if (bpf_map_lookup_elem(ms->src.stats_fd, &key, vals) == 0)
		for (unsigned c = 0; c < ms->ncpu; c++)
			for (unsigned s = 0; s < nstat; s++)
				stats[s] += vals[(size_t)c * nstat + s];
	free(vals);
}

static void build_page(struct metrics_server *ms, struct buf *page)
{
	const struct program *p = ms->src.prog;
	unsigned nstat = TP_STAT_MAPS + p->nmaps;
	uint64_t *stats = xcalloc(nstat, sizeof(*stats));
	uint64_t *dropped = xcalloc(p->nmaps ? p->nmaps : 1, sizeof(*dropped));

	for (unsigned i = 0; i < p->nmaps; i++) {
		const struct map_desc *m = &p->maps[i];
		struct map_entry *e;
		size_t n = 0;
		long rc;

		pthread_mutex_lock(&ms->lock);
		e = mapread(ms->src.map_fds[i], m, &n);
		pthread_mutex_unlock(&ms->lock);
		if (!e) {
			/* A comment: the page stays well-formed. */
			buf_printf(page, "# tpscript: cannot read %s: %s\n", m->name, strerror(errno));
			continue;
		}
		rc = metrics_write_map(page, ms->names.base[i], m, e, n, ms->ncpu, ms->src.limit);
		mapread_free(e);
		if (rc > 0) {
			dropped[i] = (uint64_t)rc;
			if (!ms->warned[i]) {
				ms->warned[i] = true;
				report_warning("%s has %zu entries; the metrics "
					       "page shows the first %u (--metrics-limit N)", m->name, n,
					       ms->src.limit);
			}
		}
	}
	read_stats(ms, stats, nstat);
	/* Skipped events per probe name (two probes may name one tracepoint);
	 * BEGIN and END run once, by the runtime: nothing to skip. */
	const char **names = xcalloc(p->nprobes ? p->nprobes : 1, sizeof(*names));
	uint64_t *missed = xcalloc(p->nprobes ? p->nprobes : 1, sizeof(*missed));
	uint64_t *per_probe = ms->src.obj ? probe_misses(ms->src.obj, p) : NULL;
	unsigned nnames = 0;

	for (unsigned i = 0; per_probe && i < p->nprobes; i++) {
		unsigned j;

		if (provider_of(p->probes[i].kind)->run_once != RUN_NEVER)
			continue;
		for (j = 0; j < nnames && strcmp(names[j], p->probes[i].full); j++)
			;
		if (j == nnames)
			names[nnames++] = p->probes[i].full;
		missed[j] += per_probe[i];
	}
	struct metrics_health h = {
		.lost = stats[TP_STAT_LOST],
		.map_full = stats + TP_STAT_MAPS,
		.dropped = dropped,
		.probes = __atomic_load_n(&ms->probes, __ATOMIC_RELAXED),
		.probe_names = names, .missed = missed, .nprobes = nnames,
	};
	metrics_write_health(page, p->maps, p->nmaps, &h);
	free(per_probe);
	free(names);
	free(missed);
	free(stats);
	free(dropped);
}

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *text,
			     const char *allow)
{
	struct MHD_Response *r;
	enum MHD_Result ret;

	r = mhd.create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
	if (!r)
		return MHD_NO;
	mhd.add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain; charset=utf-8");
	if (allow)
		mhd.add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
	ret = mhd.queue_response(c, status, r);
	mhd.destroy_response(r);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	struct metrics_server *ms = cls;
	struct MHD_Response *r;
	struct buf page = { 0 };
	enum MHD_Result ret;

	if (strcmp(url, "/metrics"))
		return reply(c, MHD_HTTP_NOT_FOUND, "tpscript serves /metrics only\n", NULL);
	if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
		return reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, "GET /metrics\n", "GET, HEAD");
	build_page(ms, &page);
	r = mhd.create_response_from_buffer(page.len, page.data ? page.data : (void *)"",
					    page.data ? MHD_RESPMEM_MUST_FREE
						      : MHD_RESPMEM_PERSISTENT);
	if (!r) {
		buf_free(&page);
		return MHD_NO;
	}
	mhd.add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, METRICS_CONTENT_TYPE);
	ret = mhd.queue_response(c, MHD_HTTP_OK, r);
	mhd.destroy_response(r);
	return ret;
}

/* ---- the server ------------------------------------------------------- */

static void describe(struct metrics_server *ms, int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	char host[INET6_ADDRSTRLEN] = "?";
	unsigned port = 0;

	if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0)
		return;
	if (ss.ss_family == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

		inet_ntop(AF_INET6, &s6->sin6_addr, host, sizeof(host));
		port = ntohs(s6->sin6_port);
		snprintf(ms->url, sizeof(ms->url), "http://[%s]:%u/metrics", host, port);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

		inet_ntop(AF_INET, &s4->sin_addr, host, sizeof(host));
		port = ntohs(s4->sin_port);
		snprintf(ms->url, sizeof(ms->url), "http://%s:%u/metrics", host, port);
	}
}

struct metrics_server *metrics_start(int listen_fd, const struct metrics_source *src)
{
	struct metrics_server *ms = xcalloc(1, sizeof(*ms));
	int ncpu = libbpf_num_possible_cpus();

	ms->src = *src;
	ms->ncpu = ncpu > 0 ? (unsigned)ncpu : 1;
	/* Room for CONN_LIMIT connections next to the probes' own files
	 * (systemd starts services with a soft limit of 1024). */
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max &&
	    rl.rlim_cur < 65536) {
		rl.rlim_cur = rl.rlim_max < 65536 ? rl.rlim_max : 65536;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	pthread_mutex_init(&ms->lock, NULL);
	metrics_names_init(&ms->names, src->prog->maps, src->prog->nmaps);
	ms->warned = xcalloc(src->prog->nmaps ? src->prog->nmaps : 1, sizeof(bool));
	describe(ms, listen_fd);
	ms->d = mhd.start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, 0,
				 NULL, NULL, on_request, ms,
				 MHD_OPTION_LISTEN_SOCKET, (MHD_socket)listen_fd,
				 MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONN_LIMIT,
				 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONN_TIMEOUT_S,
				 MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONN_MEMORY,
				 MHD_OPTION_END);
	if (!ms->d) {
		report_error("cannot start the metrics server: %s",
			     strerror(errno ? errno : EIO));
		metrics_names_free(&ms->names);
		pthread_mutex_destroy(&ms->lock);
		free(ms->warned);
		free(ms);
		return NULL;
	}
	return ms;
}

const char *metrics_url(const struct metrics_server *ms)
{
	return ms->url;
}

void metrics_set_probes(struct metrics_server *ms, unsigned n)
{
	if (ms)
		__atomic_store_n(&ms->probes, n, __ATOMIC_RELAXED);
}

void metrics_lock(struct metrics_server *ms)
{
	if (ms)
		pthread_mutex_lock(&ms->lock);
}

void metrics_unlock(struct metrics_server *ms)
{
	if (ms)
		pthread_mutex_unlock(&ms->lock);
}

void metrics_stop(struct metrics_server *ms)
{
	if (!ms)
		return;
	mhd.stop_daemon(ms->d);
	metrics_names_free(&ms->names);
	pthread_mutex_destroy(&ms->lock);
	free(ms->warned);
	free(ms);
}
