// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* launch.c - launch -> attached: run TRACER ARGS... -c STAMP, where STAMP
 * prints the monotonic time it started (the tracer starts its -c command
 * once every probe is attached). Prints, on one line:
 *
 *   ATTACHED_MS TOTAL_MS MAXRSS_KIB
 *
 * ATTACHED_MS: from just before our posix_spawn of the tracer to STAMP's start;
 * TOTAL_MS: to the tracer's exit (the whole run, detaching included);
 * MAXRSS_KIB: the tracer's peak resident set (wait4's ru_maxrss; the tiny
 * STAMP child is included in it but never the larger).
 *
 *   launch STAMP TRACER [ARGS...]      (-c STAMP is appended)
 *
 * The tracer's output comes through a pipe; STAMP's number is the first
 * line made only of digits (tracers print other lines, e.g. bpftrace's
 * "Attaching 1 probe..." and the maps at the end). With LAUNCH_OUT=FILE in
 * the environment that output is also written to FILE. The tracer's
 * stderr is left alone. */
#include <ctype.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The first line of BUF made of 10 or more digits only. */
static long long find_stamp(const char *buf)
{
	for (const char *line = buf; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		size_t d = 0;

		while (d < len && isdigit((unsigned char)line[d]))
			d++;
		if (d == len && len >= 10)
			return atoll(line);
		if (!end)
			break;
		line = end + 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int pfd[2];
	struct rusage ru;
	int status;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);

	if (argc < 3 || !buf || pipe(pfd) < 0) {
		fprintf(stderr, "usage: launch STAMP TRACER [ARGS...]\n");
		return 2;
	}
	char **args = calloc((size_t)argc + 2, sizeof(char *));
	for (int i = 2; i < argc; i++)
		args[i - 2] = argv[i];
	args[argc - 2] = "-c";
	args[argc - 1] = argv[1];

	/* posix_spawn (a vfork underneath): a fork would copy our page
	 * tables, which on some hosts costs more than the tracer's own start. */
	posix_spawn_file_actions_t fa;
	pid_t pid;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
	posix_spawn_file_actions_addclose(&fa, pfd[0]);
	posix_spawn_file_actions_addclose(&fa, pfd[1]);
	long long start = now_ns();
	if (posix_spawnp(&pid, args[0], &fa, NULL, args, environ) != 0) {
		fprintf(stderr, "launch: cannot run %s\n", args[0]);
		return 1;
	}
	close(pfd[1]);
	ssize_t k;
	for (;;) {
		if (n + 1 == cap) {
			char *nb = realloc(buf, cap * 2);
			if (!nb)
				break;
			buf = nb;
			cap *= 2;
		}
		k = read(pfd[0], buf + n, cap - 1 - n);
		if (k <= 0)
			break;
		n += (size_t)k;
	}
	buf[n] = 0;
	wait4(pid, &status, 0, &ru);
	long long end = now_ns();
	const char *keep = getenv("LAUNCH_OUT");
	if (keep && *keep) {
		FILE *f = fopen(keep, "w");

		if (f) {
			fwrite(buf, 1, n, f);
			fclose(f);
		}
	}
	long long stamp = find_stamp(buf);

	if (!stamp || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "launch: %s failed (status %d); its output:\n%.2000s\n", args[0],
			status, buf);
		return 1;
	}
	printf("%.3f %.3f %ld\n", (stamp - start) / 1e6, (end - start) / 1e6, ru.ru_maxrss);
	return 0;
}
