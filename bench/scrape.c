// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* scrape.c - the --metrics benchmark's client: GETs a metrics page at a
 * steady rate and times each scrape, while a child makes events flow.
 *
 *   tpbench-scrape [--rate R] [--seconds S | --count N] [--pid PID]
 *                  [--events E] [--expect-series NAME:MIN] PORT
 *
 * Scrapes http://127.0.0.1:PORT/metrics R times a second (default 10),
 * for S seconds or N scrapes (default 100 scrapes), each on a new
 * connection, as Prometheus does when keep-alive is off. A scrape fails
 * unless the status is 200, the body is exactly Content-Length bytes, it
 * ends in a newline, it holds the tracer's last health series
 * (tpscript_probes_attached) and, with --expect-series, at least MIN
 * lines starting with NAME{.
 *
 * --events E: a child calls getppid() E times a second (in 100 batches),
 * and getpid() once a batch, for the scripts' probes; it stops with us.
 * --pid PID: the tracer's resident set (VmRSS) and CPU time (utime + stime
 * of all its threads) are read before the first scrape and after the
 * last.
 *
 * Prints one line of "key value" pairs:
 *
 *   scrapes N failed F median_ms M p99_ms P max_ms X bytes B
 *   rss_before_kib R0 rss_after_kib R1 cpu_ms_per_scrape C getpid_calls G
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static char *page;
static size_t cap;

/* One GET; returns the body's length, or -1 when the scrape failed. */
static long scrape(int port, const char *series, long min_series)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	static const char req[] = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				  "Connection: close\r\n\r\n";
	size_t len = 0;
	long clen = -1;
	char *body, *p;
	int fd;
	ssize_t r;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) ||
	    write(fd, req, sizeof(req) - 1) != (ssize_t)sizeof(req) - 1) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	for (;;) {
		if (len + 65536 + 1 > cap) {
			cap = cap ? 2 * cap : 1 << 20;
			page = realloc(page, cap);
			if (!page) {
				perror("tpbench-scrape");
				exit(1);
			}
		}
		r = read(fd, page + len, cap - len - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	if (r < 0)
		return -1;
	page[len] = 0;
	if (strncmp(page, "HTTP/1.1 200 ", 13) && strncmp(page, "HTTP/1.0 200 ", 13))
		return -1;
	body = strstr(page, "\r\n\r\n");
	if (!body)
		return -1;
	*body = 0;
	p = strcasestr(page, "\r\nContent-Length:");
	if (p)
		clen = strtol(p + 17, NULL, 10);
	body += 4;
	len -= (size_t)(body - page);
	if (clen < 0 || (size_t)clen != len || !len || body[len - 1] != '\n' ||
	    !strstr(body, "\ntpscript_probes_attached "))
		return -1;
	if (series) {
		size_t nl = strlen(series);
		long n = 0;

		for (p = body; p; p = strchr(p, '\n')) {
			p += *p == '\n';
			if (!strncmp(p, series, nl) && p[nl] == '{')
				n++;
		}
		if (n < min_series)
			return -1;
	}
	return (long)len;
}

/* VmRSS in KiB, and utime + stime of every thread in ms. */
static void proc_figures(int pid, long *rss, double *cpu_ms)
{
	char path[64], line[256];
	unsigned long ut = 0, st = 0;
	FILE *f;

	*rss = -1;
	*cpu_ms = -1;
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	f = fopen(path, "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "VmRSS:", 6))
			*rss = strtol(line + 6, NULL, 10);
	fclose(f);
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	f = fopen(path, "r");
	if (!f)
		return;
	/* Fields 14 and 15, after the command's closing parenthesis. */
	if (fgets(line, sizeof(line), f)) {
		char *p = strrchr(line, ')');

		if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu",
				&ut, &st) == 2)
			*cpu_ms = (double)(ut + st) * 1e3 / (double)sysconf(_SC_CLK_TCK);
	}
	fclose(f);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The child of --events: getppid() at RATE a second until killed; on
 * SIGTERM writes how many getpid() calls it made to FD. */
static volatile sig_atomic_t stop;
static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static void events(long rate, int fd)
{
	long per = rate / 100 ? rate / 100 : 1, pids = 0;
	struct timespec t;

	signal(SIGTERM, on_term);
	clock_gettime(CLOCK_MONOTONIC, &t);
	while (!stop) {
		for (long i = 0; i < per; i++)
			syscall(SYS_getppid);
		syscall(SYS_getpid);
		pids++;
		t.tv_nsec += 10 * 1000 * 1000;
		if (t.tv_nsec >= 1000000000) {
			t.tv_nsec -= 1000000000;
			t.tv_sec++;
		}
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL);
	}
	if (write(fd, &pids, sizeof(pids)) != sizeof(pids))
		_exit(1);
	_exit(0);
}

int main(int argc, char **argv)
{
	double rate = 10, seconds = 0, *ms, t0, cpu0 = -1, cpu1 = -1;
	long count = 100, ev = 0, min_series = 0, bytes = 0, failed = 0, rss0 = -1, rss1 = -1;
	long pids = -1;
	int pid = 0, port, pfd[2] = { -1, -1 };
	char *series = NULL;
	pid_t child = -1;
	struct timespec t;
	long i;

	for (i = 1; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (!strcmp(argv[i], "--rate"))
			rate = atof(argv[i + 1]);
		else if (!strcmp(argv[i], "--seconds"))
			seconds = atof(argv[i + 1]);
		else if (!strcmp(argv[i], "--count"))
			count = atol(argv[i + 1]);
		else if (!strcmp(argv[i], "--pid"))
			pid = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--events"))
			ev = atol(argv[i + 1]);
		else if (!strcmp(argv[i], "--expect-series")) {
			char *c = strrchr(argv[i + 1], ':');

			if (!c)
				break;
			*c = 0;
			series = argv[i + 1];
			min_series = atol(c + 1);
		} else
			break;
	}
	if (i + 1 != argc || rate <= 0) {
		fprintf(stderr, "usage: tpbench-scrape [--rate R] [--seconds S | --count N] "
			"[--pid PID] [--events E] [--expect-series NAME:MIN] PORT\n");
		return 2;
	}
	port = atoi(argv[i]);
	if (seconds > 0)
		count = (long)(seconds * rate + 0.5);
	ms = calloc(count ? count : 1, sizeof(*ms));
	if (!ms)
		return 1;
	if (ev > 0) {
		if (pipe(pfd))
			return 1;
		child = fork();
		if (child == 0) {
			close(pfd[0]);
			events(ev, pfd[1]);
		}
		close(pfd[1]);
		usleep(200000);	/* the flow is under way */
	}
	if (pid)
		proc_figures(pid, &rss0, &cpu0);
	clock_gettime(CLOCK_MONOTONIC, &t);
	for (i = 0; i < count; i++) {
		long n;

		t0 = now_ms();
		n = scrape(port, series, min_series);
		ms[i] = now_ms() - t0;
		if (n < 0)
			failed++;
		else
			bytes = n;
		t.tv_nsec += (long)(1e9 / rate);
		while (t.tv_nsec >= 1000000000) {
			t.tv_nsec -= 1000000000;
			t.tv_sec++;
		}
		clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL);
	}
	if (pid)
		proc_figures(pid, &rss1, &cpu1);
	if (child > 0) {
		kill(child, SIGTERM);
		if (read(pfd[0], &pids, sizeof(pids)) != sizeof(pids))
			pids = -1;
		waitpid(child, NULL, 0);
	}
	qsort(ms, count, sizeof(*ms), cmp_double);
	printf("scrapes %ld failed %ld median_ms %.2f p99_ms %.2f max_ms %.2f bytes %ld "
	       "rss_before_kib %ld rss_after_kib %ld cpu_ms_per_scrape %.2f getpid_calls %ld\n",
	       count, failed, count ? (count % 2 ? ms[count / 2] : (ms[count / 2 - 1] + ms[count / 2]) / 2) : 0,
	       count ? ms[(count * 99) / 100 < count ? (count * 99) / 100 : count - 1] : 0,
	       count ? ms[count - 1] : 0, bytes, rss0, rss1,
	       cpu0 >= 0 && cpu1 >= 0 && count ? (cpu1 - cpu0) / (double)count : -1, pids);
	free(ms);
	free(page);
	return failed ? 1 : 0;
}
