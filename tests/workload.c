// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* workload.c - a deterministic load for end-to-end tests: a known number
 * of system calls of known kinds, so traces of it have exact counts.
 *
 *   workload [getppid:N] [open:PATH:N] [coldopen:PATH:N] [read:N[:SIZE]] [write:N[:SIZE]]
 *            [sleep:MS] [comm:NAME] [threads:N:M] [fork:N:M] [nice:N]
 *
 * Operations run in order, left to right.
 *   getppid:N     N getppid system calls (raw syscall, never cached)
 *   open:PATH:N   opens PATH read-only N times (openat), closing each; a
 *                 missing PATH makes openat return -ENOENT (-2)
 *   coldopen:PATH:N  the same, with PATH read by openat from a page that
 *                 is not mapped in yet (a fresh mapping of a memfd that
 *                 holds it): a probe at sys_enter_openat cannot read it,
 *                 the kernel faults it in while serving the call
 *   read:N:SIZE   reads SIZE bytes (default 1, at most 4096) of /dev/zero
 *                 N times: each read returns SIZE
 *   write:N:SIZE  writes SIZE bytes (default 1, at most 4096) to /dev/null
 *                 N times: each write returns SIZE
 *   sleep:MS      sleeps MS milliseconds
 *   comm:NAME     renames the calling thread (prctl PR_SET_NAME, at most
 *                 15 characters), so comm reads NAME from then on
 *   threads:N:M   starts N threads that each make M getppid calls, one
 *                 thread after another (each is joined before the next
 *                 starts), so their events never interleave
 *   fork:N:M      the same with N child processes, one after another
 *   nice:N        N times: lowers its nice value to -1, which the kernel
 *                 allows only with CAP_SYS_NICE (one capability check,
 *                 the capability:cap_capable tracepoint), then raises it
 *                 back to 0 (no check); as root both succeed
 *
 * The workload first pins itself to the CPU it starts on (threads and
 * children inherit that), so a tracer whose output goes through per-CPU
 * buffers, like bpftrace's perf buffers, still sees its events in order. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void *getppids(void *arg)
{
	long m = (long)arg;

	for (long k = 0; k < m; k++)
		syscall(SYS_getppid);	/* no libc caching */
	return NULL;
}

/* The number after the last ':' of arg, or dflt if there is none. */
static long split_num(char *arg, long dflt, char **rest)
{
	char *c = strrchr(arg, ':');

	if (!c) {
		*rest = NULL;
		return dflt;
	}
	*c = '\0';
	*rest = arg;
	return strtol(c + 1, NULL, 10);
}

int main(int argc, char **argv)
{
	static char buf[4096];
	int cpu = sched_getcpu();

	if (cpu >= 0) {
		cpu_set_t set;
		CPU_ZERO(&set);
		CPU_SET(cpu, &set);
		sched_setaffinity(0, sizeof(set), &set);	/* best effort */
	}

	for (int i = 1; i < argc; i++) {
		char *op = argv[i], *arg = strchr(op, ':');
		char *path = NULL, *rest;
		long n, m = 1;

		if (!arg)
			goto usage;
		*arg++ = '\0';
		if (!strcmp(op, "open") || !strcmp(op, "coldopen")) {
			char *c = strrchr(arg, ':');
			if (!c)
				goto usage;
			*c = '\0';
			path = arg;
			arg = c + 1;
		} else if (!strcmp(op, "read") || !strcmp(op, "write")) {
			m = split_num(arg, 1, &rest);
			if (rest)
				arg = rest;
			if (m < 0 || m > (long)sizeof(buf))
				goto usage;
		} else if (!strcmp(op, "threads") || !strcmp(op, "fork")) {
			m = split_num(arg, -1, &rest);
			if (!rest)
				goto usage;
			arg = rest;
		}
		n = strtol(arg, NULL, 10);
		if (!strcmp(op, "getppid")) {
			getppids((void *)n);
		} else if (!strcmp(op, "open")) {
			for (long k = 0; k < n; k++) {
				int fd = openat(AT_FDCWD, path, O_RDONLY);
				if (fd >= 0)
					close(fd);
			}
		} else if (!strcmp(op, "coldopen")) {
			for (long k = 0; k < n; k++) {
				int mfd = memfd_create("coldpath", 0);
				size_t len = strlen(path) + 1;
				if (mfd < 0 || write(mfd, path, len) != (ssize_t)len)
					return 1;
				/* Mapped, never touched here: no page table entry
				 * until openat's own copy faults it in. */
				char *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, mfd, 0);
				if (p == MAP_FAILED)
					return 1;
				int fd = (int)syscall(SYS_openat, AT_FDCWD, p, O_RDONLY);
				if (fd >= 0)
					close(fd);
				munmap(p, len);
				close(mfd);
			}
		} else if (!strcmp(op, "read") || !strcmp(op, "write")) {
			int r = op[0] == 'r';
			int fd = open(r ? "/dev/zero" : "/dev/null", r ? O_RDONLY : O_WRONLY);
			for (long k = 0; k < n; k++)
				if ((r ? read(fd, buf, m) : write(fd, buf, m)) != m)
					return 1;
			close(fd);
		} else if (!strcmp(op, "sleep")) {
			struct timespec ts = { n / 1000, (n % 1000) * 1000000 };
			nanosleep(&ts, NULL);
		} else if (!strcmp(op, "nice")) {
			for (long k = 0; k < n; k++)
				if (setpriority(PRIO_PROCESS, 0, -1) || setpriority(PRIO_PROCESS, 0, 0))
					return 1;
		} else if (!strcmp(op, "comm")) {
			prctl(PR_SET_NAME, arg, 0, 0, 0);
		} else if (!strcmp(op, "threads")) {
			for (long k = 0; k < n; k++) {
				pthread_t t;
				if (pthread_create(&t, NULL, getppids, (void *)m) ||
				    pthread_join(t, NULL))
					return 1;
			}
		} else if (!strcmp(op, "fork")) {
			for (long k = 0; k < n; k++) {
				pid_t p = fork();
				int st;
				if (p < 0)
					return 1;
				if (p == 0) {
					getppids((void *)m);
					_exit(0);
				}
				if (waitpid(p, &st, 0) != p || !WIFEXITED(st) || WEXITSTATUS(st))
					return 1;
			}
		} else {
			goto usage;
		}
	}
	return 0;
usage:
	fprintf(stderr, "usage: workload [getppid:N] [open:PATH:N] [read:N[:SIZE]] [write:N[:SIZE]]\n"
			"                [sleep:MS] [comm:NAME] [threads:N:M] [fork:N:M] [nice:N]\n");
	return 2;
}
