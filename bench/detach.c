// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* detach.c - does detaching tracepoints go faster from several threads, or
 * in another order? Attaches one program to every tracepoint of CATEGORY
 * (bench/out/bin/detach.bpf.o), through perf events or as raw tracepoints,
 * and times the detaching, one line per way:
 *
 *   WAY N ATTACH_MS DETACH_MS
 *
 *   tpbench-detach CATEGORY [OBJ]
 *
 * Ways: perf events closed in attach order, in reverse order, from 2, 4
 * and 8 threads; raw tracepoints closed in order and from 2 threads. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#define MAX_TP 4096

static char *names[MAX_TP];
static int ntp;
static struct bpf_link *links[MAX_TP];
static int fds[MAX_TP];
static int nthreads;

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void *close_links(void *arg)
{
	for (long i = (long)arg; i < ntp; i += nthreads)
		bpf_link__destroy(links[i]);
	return NULL;
}

static void *close_fds(void *arg)
{
	for (long i = (long)arg; i < ntp; i += nthreads)
		close(fds[i]);
	return NULL;
}

static void in_threads(void *(*fn)(void *), int n)
{
	pthread_t th[16];

	nthreads = n;
	for (long t = 1; t < n; t++)
		pthread_create(&th[t], NULL, fn, (void *)t);
	fn((void *)0);
	for (int t = 1; t < n; t++)
		pthread_join(th[t], NULL);
}

static int raw_open(int prog_fd, const char *name)
{
	struct {
		__u64 name;
		__u32 prog_fd, hole;
		__u64 cookie;
	} attr = { .name = (__u64)(unsigned long)name, .prog_fd = (__u32)prog_fd };

	return (int)syscall(__NR_bpf, BPF_RAW_TRACEPOINT_OPEN, &attr, sizeof(attr));
}

int main(int argc, char **argv)
{
	const char *cat = argc > 1 ? argv[1] : "sched";
	const char *obj_path = argc > 2 ? argv[2] : NULL;
	char path[4200], self[4096];

	if (!obj_path) {	/* next to this binary */
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
		self[n > 0 ? n : 0] = '\0';
		char *slash = strrchr(self, '/');
		if (slash)
			*slash = '\0';
		snprintf(path, sizeof(path), "%s/detach.bpf.o", self);
		obj_path = path;
	}
	snprintf(self, sizeof(self), "/sys/kernel/tracing/events/%s", cat);
	DIR *d = opendir(self);
	struct dirent *e;
	while (d && (e = readdir(d)) && ntp < MAX_TP)
		if (e->d_type == DT_DIR && e->d_name[0] != '.')
			names[ntp++] = strdup(e->d_name);
	if (d)
		closedir(d);
	struct bpf_object *obj = bpf_object__open_file(obj_path, NULL);
	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "tpbench-detach: cannot load %s\n", obj_path);
		return 1;
	}
	struct bpf_program *tp = bpf_object__find_program_by_name(obj, "ref_detach_tp");
	struct bpf_program *raw = bpf_object__find_program_by_name(obj, "ref_detach_raw");
	static const struct {
		const char *way;
		int perf, threads, reverse;
	} ways[] = {
		{ "perf-in-order", 1, 1, 0 }, { "perf-reverse", 1, 1, 1 },
		{ "perf-2-threads", 1, 2, 0 }, { "perf-4-threads", 1, 4, 0 },
		{ "perf-8-threads", 1, 8, 0 }, { "raw-in-order", 0, 1, 0 },
		{ "raw-2-threads", 0, 2, 0 },
	};
	for (size_t w = 0; w < sizeof(ways) / sizeof(ways[0]); w++) {
		double t0 = now_ms();
		for (int i = 0; i < ntp; i++) {
			if (ways[w].perf) {
				links[i] = bpf_program__attach_tracepoint(tp, cat, names[i]);
				if (!links[i])
					fprintf(stderr, "cannot attach %s:%s: %s\n", cat, names[i], strerror(errno));
			} else {
				fds[i] = raw_open(bpf_program__fd(raw), names[i]);
				if (fds[i] < 0)
					fprintf(stderr, "cannot attach raw %s: %s\n", names[i], strerror(errno));
			}
		}
		double t1 = now_ms();
		if (ways[w].reverse)
			for (int i = ntp - 1; i >= 0; i--)
				bpf_link__destroy(links[i]);
		else
			in_threads(ways[w].perf ? close_links : close_fds, ways[w].threads);
		printf("%s %d %.1f %.1f\n", ways[w].way, ntp, t1 - t0, now_ms() - t1);
		fflush(stdout);
	}
	bpf_object__close(obj);
	return 0;
}
