// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* load.c - the load generator of the per-event and printf benchmarks, run
 * as the tracer's -c command so the tracer stays attached throughout:
 *
 *   tpbench-load [--stats NAME] [--report FILE] MODE N
 *
 * MODE getppid  N getppid() calls (sys_enter/exit_getppid)
 *      openat   N openat() + close() of /etc/hostname (sys_enter_openat)
 *      read     N read()s from /dev/zero of 1, 2, 4, ... 2048 bytes in turn
 *               (sys_exit_read, so hist(args->ret) fills 12 buckets)
 *
 * With --stats NAME it reads the kernel's bpf_stats (run_time_ns, run_cnt:
 * the figures `bpftool prog show` reports; kernel.bpf_stats_enabled must be
 * 1) of the program called NAME just before and just after the loop, with
 * the same BPF_PROG_GET_NEXT_ID / BPF_OBJ_GET_INFO_BY_FD calls bpftool
 * makes - but in-process, so no extra process's openat()s land in the
 * window - and writes one line to FILE (default stderr):
 *
 *   prog NAME id ID run_cnt N run_time_ns T ns_per_event X loop_ns L insns I jited J
 *
 * (I: instructions after the verifier's rewrites, J: bytes of JIT code.)
 *
 * The kernel keeps 15 characters of a program's name: NAME matches when
 * its first 15 characters equal the kernel's name; of several matches the
 * newest (highest id) wins. */
#define _GNU_SOURCE
#include <bpf/bpf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int find_prog(const char *name, __u32 *idp)
{
	char want[16] = { 0 };
	__u32 id = 0, best = 0;
	int best_fd = -1;

	strncpy(want, name, 15);
	while (!bpf_prog_get_next_id(id, &id)) {
		int fd = bpf_prog_get_fd_by_id(id);
		struct bpf_prog_info info = { 0 };
		__u32 len = sizeof(info);

		if (fd < 0)
			continue;
		if (!bpf_obj_get_info_by_fd(fd, &info, &len) && !strncmp(info.name, want, 16) &&
		    id > best) {
			if (best_fd >= 0)
				close(best_fd);
			best_fd = fd;
			best = id;
		} else {
			close(fd);
		}
	}
	*idp = best;
	return best_fd;
}

static __u32 xlated_len, jited_len;

static int read_stats(int fd, __u64 *ns, __u64 *cnt)
{
	struct bpf_prog_info info = { 0 };
	__u32 len = sizeof(info);

	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -1;
	*ns = info.run_time_ns;
	*cnt = info.run_cnt;
	xlated_len = info.xlated_prog_len;
	jited_len = info.jited_prog_len;
	return 0;
}

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	const char *stats = NULL, *report = NULL;
	int i = 1;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--stats") && i + 1 < argc)
			stats = argv[++i];
		else if (!strcmp(argv[i], "--report") && i + 1 < argc)
			report = argv[++i];
		else
			break;
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: tpbench-load [--stats NAME] [--report FILE] "
				"getppid|openat|read N\n");
		return 2;
	}
	const char *mode = argv[i];
	long n = atol(argv[i + 1]);

	int pfd = -1;
	__u32 id = 0;
	__u64 ns0 = 0, cnt0 = 0, ns1 = 0, cnt1 = 0;
	if (stats) {
		pfd = find_prog(stats, &id);
		if (pfd < 0) {
			fprintf(stderr, "tpbench-load: no BPF program named %s\n", stats);
			return 1;
		}
	}

	int zero = -1;
	static char buf[4096];
	if (!strcmp(mode, "read") && (zero = open("/dev/zero", O_RDONLY)) < 0) {
		perror("/dev/zero");
		return 1;
	}
	if (strcmp(mode, "getppid") && strcmp(mode, "openat") && strcmp(mode, "read")) {
		fprintf(stderr, "tpbench-load: unknown mode %s\n", mode);
		return 2;
	}

	if (pfd >= 0)
		read_stats(pfd, &ns0, &cnt0);
	long long t0 = now_ns();
	if (!strcmp(mode, "getppid")) {
		for (long k = 0; k < n; k++)
			syscall(SYS_getppid);
	} else if (!strcmp(mode, "openat")) {
		for (long k = 0; k < n; k++) {
			int fd = openat(AT_FDCWD, "/etc/hostname", O_RDONLY);
			if (fd >= 0)
				close(fd);
		}
	} else {
		for (long k = 0; k < n; k++)
			if (read(zero, buf, (size_t)1 << (k % 12)) < 0)
				return 1;
	}
	long long t1 = now_ns();
	if (pfd < 0)
		return 0;
	read_stats(pfd, &ns1, &cnt1);

	FILE *f = report ? fopen(report, "a") : stderr;
	if (!f) {
		perror(report);
		return 1;
	}
	__u64 cnt = cnt1 - cnt0, ns = ns1 - ns0;
	fprintf(f, "prog %s id %u run_cnt %llu run_time_ns %llu ns_per_event %.2f loop_ns %lld "
		   "insns %u jited %u\n",
		stats, id, (unsigned long long)cnt, (unsigned long long)ns,
		cnt ? (double)ns / (double)cnt : 0.0, t1 - t0, xlated_len / 8, jited_len);
	if (f != stderr)
		fclose(f);
	if (!ns) {
		fprintf(stderr, "tpbench-load: run_time_ns did not move: is kernel.bpf_stats_enabled 1?\n");
		return 1;
	}
	return 0;
}
