// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* loader.c - a small libbpf loader for the hand-written reference programs
 * (bench/ref/NAME.bpf.c): the lower bound tpscript and bpftrace are measured
 * against. It does what a tracer must do and nothing more:
 *
 *   loader [-a CAT:PREFIX | -u BINARY:FUNCTION] [-o FILE] OBJ [-c CMD]
 *
 * open OBJ, load it, attach every program (with -a: attach the one program
 * to every tracepoint CAT:PREFIX* with the tracepoint's index as the attach
 * cookie; with -u: attach the one program, a uprobe, to FUNCTION of BINARY
 * in every process), start CMD (split on blanks, run directly, as tpscript and
 * bpftrace run a plain -c command), drain the ring buffer "rb" into stdout
 * (or FILE) as "%d %s\n" lines, and when CMD ends (or on SIGINT/SIGTERM)
 * print the maps it knows by name, detach and exit:
 *
 *   cnt       per-CPU, key u32 0          "@: N"
 *   by_comm   per-CPU, key char[16]       "@[comm]: N"
 *   by_str    per-CPU, key char[64]       "@[str]: N"
 *   by_probe  per-CPU, key u64 cookie     "@[tracepoint:CAT:NAME]: N"
 *   by_nr     per-CPU array by syscall nr "@[nr name]: N"
 *   hist      per-CPU array, 66 log2 buckets
 *   lost      per-CPU array [1]: records the ring buffer had no room for
 */
#define _GNU_SOURCE
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static FILE *out;
static char **probe_names;
static int nprobes;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

/* Only there to interrupt ring_buffer__poll when the -c command ends. */
static void on_child(int sig)
{
	(void)sig;
}

static int quiet_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (level == LIBBPF_WARN)
		return vfprintf(stderr, fmt, ap);
	return 0;
}

struct event {
	uint32_t pid;
	char comm[16];
};

static int on_record(void *ctx, void *data, size_t size)
{
	const struct event *e = data;

	(void)ctx;
	if (size < sizeof(*e))
		return 0;
	fprintf(out, "%d %.16s\n", (int)e->pid, e->comm);
	return 0;
}

static int ncpus;

/* Sum of a per-CPU u64 value, or -1 when the key is absent. */
static long long percpu_sum(int fd, const void *key)
{
	uint64_t vals[ncpus];
	long long s = 0;

	if (bpf_map_lookup_elem(fd, key, vals))
		return -1;
	for (int i = 0; i < ncpus; i++)
		s += (long long)vals[i];
	return s;
}

static const char *nr_name(unsigned nr)
{
	static char names[512][64];
	static int loaded;

	if (!loaded) {
		const char *paths[] = { "/usr/include/x86_64-linux-gnu/asm/unistd_64.h",
					"/usr/include/asm/unistd_64.h" };
		loaded = 1;
		for (size_t p = 0; p < 2; p++) {
			FILE *f = fopen(paths[p], "r");
			char line[256], name[64];
			unsigned n;

			if (!f)
				continue;
			while (fgets(line, sizeof(line), f))
				if (sscanf(line, "#define __NR_%63s %u", name, &n) == 2 && n < 512)
					snprintf(names[n], sizeof(names[n]), "%s", name);
			fclose(f);
			break;
		}
	}
	if (nr < 512 && names[nr][0])
		return names[nr];
	return "?";
}

static void print_maps(struct bpf_object *obj)
{
	struct bpf_map *m;
	int fd;

	if ((m = bpf_object__find_map_by_name(obj, "cnt"))) {
		uint32_t k = 0;
		long long v = percpu_sum(bpf_map__fd(m), &k);
		fprintf(out, "@: %lld\n", v < 0 ? 0 : v);
	}
	if ((m = bpf_object__find_map_by_name(obj, "by_comm")) ||
	    (m = bpf_object__find_map_by_name(obj, "by_str"))) {
		size_t ks = bpf_map__key_size(m);
		char key[ks], next[ks];
		void *prev = NULL;

		fd = bpf_map__fd(m);
		while (!bpf_map_get_next_key(fd, prev, next)) {
			memcpy(key, next, ks);
			prev = key;
			fprintf(out, "@[%.*s]: %lld\n", (int)ks, key, percpu_sum(fd, key));
		}
	}
	if ((m = bpf_object__find_map_by_name(obj, "by_probe"))) {
		uint64_t key, next, *prev = NULL;

		fd = bpf_map__fd(m);
		while (!bpf_map_get_next_key(fd, prev, &next)) {
			key = next;
			prev = &key;
			fprintf(out, "@[%s]: %lld\n",
				key < (uint64_t)nprobes ? probe_names[key] : "?",
				percpu_sum(fd, &key));
		}
	}
	if ((m = bpf_object__find_map_by_name(obj, "by_nr"))) {
		fd = bpf_map__fd(m);
		for (uint32_t k = 0; k < bpf_map__max_entries(m); k++) {
			long long v = percpu_sum(fd, &k);
			if (v > 0)
				fprintf(out, "@[%u %s]: %lld\n", k, nr_name(k), v);
		}
	}
	if ((m = bpf_object__find_map_by_name(obj, "hist"))) {
		fd = bpf_map__fd(m);
		fprintf(out, "@:\n");
		for (uint32_t k = 0; k < bpf_map__max_entries(m); k++) {
			long long v = percpu_sum(fd, &k);
			if (v <= 0)
				continue;
			if (k == 0)
				fprintf(out, "(..., 0) %lld\n", v);
			else if (k == 1)
				fprintf(out, "[0] %lld\n", v);
			else
				fprintf(out, "[%llu, %llu) %lld\n", 1ULL << (k - 2),
					k - 1 < 64 ? 1ULL << (k - 1) : ~0ULL, v);
		}
	}
	if ((m = bpf_object__find_map_by_name(obj, "lost"))) {
		uint32_t k = 0;
		long long v = percpu_sum(bpf_map__fd(m), &k);
		if (v > 0)
			fprintf(stderr, "Lost %lld events\n", v);
	}
}

/* Every tracepoint CAT:PREFIX* under tracefs, sorted. */
static int list_tracepoints(const char *cat, const char *prefix)
{
	char dir[512];
	struct dirent **ents;
	int n;

	snprintf(dir, sizeof(dir), "/sys/kernel/tracing/events/%s", cat);
	n = scandir(dir, &ents, NULL, alphasort);
	if (n < 0) {
		snprintf(dir, sizeof(dir), "/sys/kernel/debug/tracing/events/%s", cat);
		n = scandir(dir, &ents, NULL, alphasort);
	}
	if (n < 0)
		return -1;
	probe_names = calloc((size_t)n, sizeof(char *));
	for (int i = 0; i < n; i++) {
		if (!strncmp(ents[i]->d_name, prefix, strlen(prefix)) &&
		    ents[i]->d_type == DT_DIR)
			probe_names[nprobes++] = strdup(ents[i]->d_name);
		free(ents[i]);
	}
	free(ents);
	return nprobes;
}

int main(int argc, char **argv)
{
	const char *wild = NULL, *uprobe = NULL, *outfile = NULL, *objpath = NULL, *cmd = NULL;
	struct bpf_link **links = NULL;
	int nlinks = 0, status = 0;
	pid_t child = -1;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-a") && i + 1 < argc)
			wild = argv[++i];
		else if (!strcmp(argv[i], "-u") && i + 1 < argc)
			uprobe = argv[++i];
		else if (!strcmp(argv[i], "-o") && i + 1 < argc)
			outfile = argv[++i];
		else if (!strcmp(argv[i], "-c") && i + 1 < argc)
			cmd = argv[++i];
		else if (!objpath && argv[i][0] != '-')
			objpath = argv[i];
		else {
			fprintf(stderr, "usage: loader [-a CAT:PREFIX | -u BINARY:FUNCTION] [-o FILE] OBJ [-c CMD]\n");
			return 2;
		}
	}
	if (!objpath) {
		fprintf(stderr, "usage: loader [-a CAT:PREFIX | -u BINARY:FUNCTION] [-o FILE] OBJ [-c CMD]\n");
		return 2;
	}
	out = outfile ? fopen(outfile, "w") : stdout;
	if (!out) {
		perror(outfile);
		return 1;
	}
	ncpus = libbpf_num_possible_cpus();
	libbpf_set_print(quiet_print);

	struct bpf_object *obj = bpf_object__open_file(objpath, NULL);
	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "loader: cannot load %s: %s\n", objpath, strerror(errno));
		return 1;
	}

	struct bpf_program *prog;
	if (uprobe) {
		char *bin = strdup(uprobe), *fn = strrchr(bin, ':');

		if (!fn || fn == bin || !fn[1]) {
			fprintf(stderr, "loader: -u takes BINARY:FUNCTION\n");
			return 2;
		}
		*fn++ = 0;
		LIBBPF_OPTS(bpf_uprobe_opts, o, .func_name = fn);
		prog = bpf_object__next_program(obj, NULL);
		links = calloc(1, sizeof(*links));
		links[0] = bpf_program__attach_uprobe_opts(prog, -1, bin, 0, &o);
		if (!links[0]) {
			fprintf(stderr, "loader: cannot attach %s: %s\n", uprobe, strerror(errno));
			return 1;
		}
		nlinks = 1;
	} else if (wild) {
		char cat[128];
		const char *colon = strchr(wild, ':');

		if (!colon || (size_t)(colon - wild) >= sizeof(cat))
			return 2;
		memcpy(cat, wild, (size_t)(colon - wild));
		cat[colon - wild] = 0;
		if (list_tracepoints(cat, colon + 1) <= 0) {
			fprintf(stderr, "loader: no tracepoint matches %s\n", wild);
			return 1;
		}
		prog = bpf_object__next_program(obj, NULL);
		links = calloc((size_t)nprobes, sizeof(*links));
		for (int i = 0; i < nprobes; i++) {
			LIBBPF_OPTS(bpf_tracepoint_opts, o, .bpf_cookie = (uint64_t)i);
			links[nlinks] = bpf_program__attach_tracepoint_opts(prog, cat,
									    probe_names[i], &o);
			if (!links[nlinks]) {
				fprintf(stderr, "loader: cannot attach %s:%s\n", cat, probe_names[i]);
				return 1;
			}
			nlinks++;
			/* keep the full name for printing */
			char *full;
			if (asprintf(&full, "tracepoint:%s:%s", cat, probe_names[i]) > 0)
				probe_names[i] = full;
		}
	} else {
		int n = 0;
		bpf_object__for_each_program(prog, obj)
			n++;
		links = calloc((size_t)n, sizeof(*links));
		bpf_object__for_each_program(prog, obj) {
			links[nlinks] = bpf_program__attach(prog);
			if (!links[nlinks]) {
				fprintf(stderr, "loader: cannot attach %s\n", bpf_program__name(prog));
				return 1;
			}
			nlinks++;
		}
	}

	struct ring_buffer *rb = NULL;
	struct bpf_map *rbm = bpf_object__find_map_by_name(obj, "rb");
	if (rbm && !(rb = ring_buffer__new(bpf_map__fd(rbm), on_record, NULL, NULL))) {
		fprintf(stderr, "loader: ring buffer: %s\n", strerror(errno));
		return 1;
	}

	struct sigaction sa = { .sa_handler = on_signal };
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	struct sigaction sc = { .sa_handler = on_child };
	sigaction(SIGCHLD, &sc, NULL);

	if (cmd) {
		char *copy = strdup(cmd), *words[64];
		int nw = 0;

		for (char *w = strtok(copy, " \t"); w && nw < 63; w = strtok(NULL, " \t"))
			words[nw++] = w;
		words[nw] = NULL;
		fflush(out);
		child = fork();
		if (child == 0) {
			execvp(words[0], words);
			_exit(127);
		}
	}

	while (!stop) {
		if (rb) {
			int err = ring_buffer__poll(rb, 100);
			if (err < 0 && err != -EINTR)
				break;
			if (child > 0 && waitpid(child, &status, WNOHANG) == child)
				break;
		} else if (child > 0) {
			if (waitpid(child, &status, 0) == child)
				break;
		} else {
			pause();
		}
	}
	if (rb)
		ring_buffer__consume(rb);
	print_maps(obj);
	fflush(out);
	for (int i = 0; i < nlinks; i++)
		bpf_link__destroy(links[i]);
	ring_buffer__free(rb);
	bpf_object__close(obj);
	if (out != stdout)
		fclose(out);
	return 0;
}
