/* launch.c - launch -> attached: run TRACER ARGS... -c STAMP, where STAMP
 * prints the monotonic time it started; print the milliseconds from our
 * exec of the tracer to that moment, and the tracer's peak RSS in KiB.
 *
 *   launch STAMP TRACER [ARGS...]      (the -c STAMP is appended) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int pfd[2];
	struct timespec t0;
	struct rusage ru;
	int status;
	char buf[64] = { 0 };

	if (argc < 3 || pipe(pfd) < 0)
		return 2;
	char **args = calloc((size_t)argc + 2, sizeof(char *));
	for (int i = 2; i < argc; i++)
		args[i - 2] = argv[i];
	args[argc - 2] = "-c";
	args[argc - 1] = argv[1];
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(pfd[1], 1);
		close(pfd[0]);
		execvp(args[0], args);
		_exit(127);
	}
	close(pfd[1]);
	ssize_t n = 0, k;
	while ((k = read(pfd[0], buf + n, sizeof(buf) - 1 - (size_t)n)) > 0)
		n += k;
	wait4(pid, &status, 0, &ru);
	long long stamp = atoll(buf);
	long long start = (long long)t0.tv_sec * 1000000000LL + t0.tv_nsec;
	if (!stamp || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "launch: the tracer failed (status %d), output '%s'\n", status, buf);
		return 1;
	}
	printf("%.2f %ld\n", (stamp - start) / 1e6, ru.ru_maxrss);
	return 0;
}
