/* workload.c - a deterministic load for end-to-end tests: a known number
 * of system calls of known kinds, so traces of it have exact counts.
 *
 *   workload [getppid:N] [open:PATH:N] [read:N] [write:N] [sleep:MS]
 *
 * open opens PATH read-only N times (openat), read reads 1 byte of
 * /dev/zero N times, write writes 1 byte to /dev/null N times. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		char *op = argv[i], *arg = strchr(op, ':');
		char *path = NULL;
		long n;

		if (!arg)
			goto usage;
		*arg++ = '\0';
		if (!strcmp(op, "open")) {
			char *c = strrchr(arg, ':');
			if (!c)
				goto usage;
			*c = '\0';
			path = arg;
			arg = c + 1;
		}
		n = strtol(arg, NULL, 10);
		if (!strcmp(op, "getppid")) {
			for (long k = 0; k < n; k++)
				syscall(SYS_getppid);	/* no libc caching */
		} else if (!strcmp(op, "open")) {
			for (long k = 0; k < n; k++) {
				int fd = openat(AT_FDCWD, path, O_RDONLY);
				if (fd >= 0)
					close(fd);
			}
		} else if (!strcmp(op, "read") || !strcmp(op, "write")) {
			int r = op[0] == 'r';
			int fd = open(r ? "/dev/zero" : "/dev/null", r ? O_RDONLY : O_WRONLY);
			char c = 0;
			for (long k = 0; k < n; k++)
				if ((r ? read(fd, &c, 1) : write(fd, &c, 1)) != 1)
					return 1;
			close(fd);
		} else if (!strcmp(op, "sleep")) {
			struct timespec ts = { n / 1000, (n % 1000) * 1000000 };
			nanosleep(&ts, NULL);
		} else {
			goto usage;
		}
	}
	return 0;
usage:
	fprintf(stderr, "usage: workload [getppid:N] [open:PATH:N] [read:N] [write:N] [sleep:MS]\n");
	return 2;
}
