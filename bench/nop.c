// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* nop.c - the floor of the launch benchmark: a "tracer" that attaches
 * nothing and runs its -c command at once (fork, exec, wait), as a tracer
 * does once attached.
 *
 *   nop [ARGS...] -c CMD
 *
 * launch.c measures it like any tracer: what is left is what this host
 * costs to start two processes (the tracer and the -c child), which every
 * tracer pays before it does any work of its own. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *cmd = NULL;
	int status;

	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-c") && i + 1 < argc)
			cmd = argv[++i];
	if (!cmd) {
		fprintf(stderr, "usage: nop [ARGS...] -c CMD\n");
		return 2;
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		execl(cmd, cmd, (char *)NULL);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return 1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
