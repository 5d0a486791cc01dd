// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* runtime.c - libbpf: load the object, run BEGIN, attach, start the -c
 * command, poll the ring buffer, and on the way out run END and detach.
 *
 * Signals arrive through a signalfd in the same epoll set as the ring
 * buffer, so a Ctrl-C between two polls is never lost and never races. */
#define _GNU_SOURCE	/* clone, pipe2 */
#include "runtime.h"

#include <errno.h>
#include <inttypes.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <linux/capability.h>
#include <linux/perf_event.h>
#include <pthread.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "mapread.h"
#include "misses.h"
#include "metrics_server.h"
#include "runtime/relocate.h"
#include "output/json.h"
#include "output/output.h"
#include "output/symbols.h"
#include "providers/provider.h"
#include "front/report.h"
#include "front/util.h"

struct run {
	const struct program *prog;
	const struct runtime_opts *o;
	struct bpf_object *obj;
	struct bpf_link **links;	/* perf events */
	unsigned nlinks, links_cap;
	int *raw_fds;		/* raw tracepoint links */
	unsigned nraw, raw_cap;
	struct ring_buffer *rb;
	int *map_fds;		/* parallel to prog->maps */
	int pidfd;		/* -p PID, or -1 */
	struct ksyms *ksyms;	/* symbols for ksym(), usym() and stacks */
	const char **binaries;	/* per probe, the binary it probes, or NULL */
	struct sym_printer syms;
	pid_t child;		/* -c command, 0 if none */
	int child_go;		/* the pipe it waits on before its execve, or -1 */
	struct child_start *child_start;	/* what it runs, kept until it ended */
	bool child_done;
	bool exiting;		/* the trace is ending */
	bool exit_called;	/* ... because of exit(): drop what follows it */
	int exit_status;	/* exit(status)'s, the first one's */
	bool discard;		/* consume records without printing them */
	bool draining;		/* the trace is over: consume what is queued */
	bool in_end;		/* ... and END has run: its exit() drops nothing */
	bool signalled;		/* SIGINT, SIGTERM or SIGHUP ended the trace */
	uint64_t deadline_ns;	/* drop what is still queued after this, or 0 */
	uint64_t dropped;	/* records dropped at the deadline */
	bool write_error;
	int write_errno;
	int sfd;		/* the signalfd */
	struct metrics_server *metrics;	/* --metrics, or NULL */
	uint64_t next_check_ns;	/* the next look at signals while consuming */
};

/* libbpf's messages: kept for the error report, shown live with -v. */
static struct buf libbpf_log;
static bool libbpf_verbose;

static int libbpf_print(enum libbpf_print_level lvl, const char *fmt, va_list ap)
{
	va_list ap2;

	if (lvl == LIBBPF_DEBUG && !libbpf_verbose)
		return 0;
	va_copy(ap2, ap);
	buf_vprintf(&libbpf_log, fmt, ap2);
	va_end(ap2);
	if (libbpf_verbose)
		vfprintf(stderr, fmt, ap);
	return 0;
}

static void explain_perm(const char *missing)
{
	report_error("tracing needs privileges this process does not have%s%s.",
		     missing ? ": missing " : "", missing ? missing : "");
	report_more("Loading BPF programs and attaching them to tracepoints takes root, or the");
	report_more("capabilities CAP_BPF and CAP_PERFMON (CAP_SYS_ADMIN on kernels before 5.8),");
	report_more("with CAP_DAC_READ_SEARCH where tracefs is root's only (mode 0700).");
	report_more("Run tpscript as root, e.g. with sudo.");
}

/* The effective capabilities, without libcap: bits 38 (CAP_PERFMON),
 * 39 (CAP_BPF) and 21 (CAP_SYS_ADMIN) live in the second and first words. */
static bool has_cap(const struct __user_cap_data_struct *d, int cap)
{
	return d[cap / 32].effective & (1u << (cap % 32));
}

/* NULL when the privileges look sufficient, else what is missing. */
static const char *missing_privileges(void)
{
	struct __user_cap_header_struct h = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct d[2] = { 0 };

	if (syscall(SYS_capget, &h, d) < 0)
		return NULL;	/* cannot tell: let the kernel decide */
	if (has_cap(d, 21))
		return NULL;
	bool bpf = has_cap(d, 39), perfmon = has_cap(d, 38);
	if (bpf && perfmon)
		return NULL;
	return !bpf && !perfmon ? "CAP_BPF and CAP_PERFMON" : !bpf ? "CAP_BPF" : "CAP_PERFMON";
}

/* ---- the -c command -------------------------------------------------- */

/* Shell syntax a user plainly meant for a shell: pipes, redirections,
 * lists, expansions, globs. Quotes and backslashes alone are not: as in
 * bpftrace, -c "prog 'A'" passes 'A' with its quotes. */
static bool needs_shell(const char *cmd)
{
	return strpbrk(cmd, "|&;<>()$`*?[]#~={}%\n") != NULL;
}

/* Split a plain command into words at blanks, as bpftrace does. */
static char **split_words(const char *cmd)
{
	size_t n = 0, cap = 8;
	char **argv = xmalloc(cap * sizeof(char *));
	const char *p = cmd;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		const char *start = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		if (n + 2 > cap)
			argv = xrealloc(argv, (cap *= 2) * sizeof(char *));
		size_t len = (size_t)(p - start);
		argv[n] = memcpy(xmalloc(len + 1), start, len);
		argv[n++][len] = '\0';
	}
	argv[n] = NULL;
	return argv;
}

static void free_words(char **argv)
{
	for (char **p = argv; p && *p; p++)
		free(*p);
	free(argv);
}

/* The path execvp would run, or NULL. */
static char *find_program(const char *name)
{
	if (strchr(name, '/')) {
		struct stat st;

		return stat(name, &st) == 0 && S_ISREG(st.st_mode) && access(name, X_OK) == 0
		       ? xstrdup(name) : NULL;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	while (*path) {
		const char *end = strchr(path, ':');
		size_t len = end ? (size_t)(end - path) : strlen(path);
		struct buf b = { 0 };
		struct stat st;

		buf_printf(&b, "%.*s/%s", (int)len, len ? path : ".", name);
		if (stat(b.data, &st) == 0 && S_ISREG(st.st_mode) && access(b.data, X_OK) == 0)
			return b.data;
		buf_free(&b);
		if (!end)
			break;
		path = end + 1;
	}
	return NULL;
}

/* What the -c child runs. It shares our memory (clone with CLONE_VM, as
 * vfork does, but we do not wait): this stays until it has ended. */
struct child_start {
	char *path;
	char **argv;
	const sigset_t *oldmask;
	int go, go_w;		/* the go pipe's ends */
	int err, err_w;		/* the errno of a failed execve comes back here */
	void *stack;
	size_t stack_size;
};

static void child_start_free(struct child_start *cs)
{
	if (!cs)
		return;
	if (cs->stack)
		munmap(cs->stack, cs->stack_size);
	if (cs->err >= 0)
		close(cs->err);
	free(cs->path);
	free_words(cs->argv);
	free(cs);
}

/* The child, until its execve: it waits for the go byte, then runs the
 * command with the signal state tpscript started with. Sharing our memory
 * (and so our stdio), it makes system calls only: should the execve fail,
 * its errno goes back through a close-on-exec pipe, and end_child says so. */
static int child_main(void *arg)
{
	struct child_start *cs = arg;
	struct sigaction dfl = { .sa_handler = SIG_DFL };
	ssize_t n;
	char c;

	close(cs->go_w);
	close(cs->err);
	sigaction(SIGPIPE, &dfl, NULL);
	sigprocmask(SIG_SETMASK, cs->oldmask, NULL);
	while ((n = read(cs->go, &c, 1)) < 0 && errno == EINTR)
		;
	if (n != 1)
		_exit(127);	/* tpscript ended before attaching */
	execv(cs->path, cs->argv);
	int e = errno;
	(void)!write(cs->err_w, &e, sizeof(e));
	_exit(127);
}

/* Start the command, waiting before it runs anything: the parent learns its
 * pid (for cpid) before loading, attaches, then lets it go by writing one
 * byte to a pipe (release_child). The child waits in read(); what the
 * probes can see of it is that read's return (sys_exit_read, or
 * raw_syscalls:sys_exit) and then its execve: no signal, so nothing in
 * killsnoop or signal tracepoints. Both pipe ends are close-on-exec, and
 * the child closes the write end before it waits, so if tpscript dies
 * before releasing it the read sees end-of-file and the child exits
 * without running the command. */
static int start_child(struct run *r, const sigset_t *oldmask)
{
	const char *cmd = r->o->cmd;
	char **argv;
	char *path;

	if (needs_shell(cmd)) {
		argv = xmalloc(4 * sizeof(char *));
		argv[0] = xstrdup("/bin/sh");
		argv[1] = xstrdup("-c");
		argv[2] = xstrdup(cmd);
		argv[3] = NULL;
	} else {
		argv = split_words(cmd);
	}
	if (!argv[0]) {
		report_error("-c needs a command to run");
		free_words(argv);
		return -1;
	}
	path = find_program(argv[0]);
	struct stat st;
	if (!path && strchr(argv[0], '/') && stat(argv[0], &st) == 0) {
		report_error("cannot run '%s' for -c: %s", argv[0],
			 S_ISDIR(st.st_mode) ? "it is a directory" : "it is not executable");
		free_words(argv);
		return -1;
	}
	if (!path) {
		report_error("cannot run '%s' for -c: %s", argv[0],
			 strchr(argv[0], '/') ? "no such file" : "command not found");
		free_words(argv);
		return -1;
	}
	int go[2];
	if (pipe(go) < 0 || fcntl(go[0], F_SETFD, FD_CLOEXEC) < 0 ||
	    fcntl(go[1], F_SETFD, FD_CLOEXEC) < 0) {
		report_error("pipe: %s", strerror(errno));
		free(path);
		free_words(argv);
		return -1;
	}
	int err[2];
	if (pipe2(err, O_CLOEXEC) < 0) {
		report_error("pipe: %s", strerror(errno));
		close(go[0]);
		close(go[1]);
		free(path);
		free_words(argv);
		return -1;
	}
	struct child_start *cs = xcalloc(1, sizeof(*cs));

	*cs = (struct child_start){ .path = path, .argv = argv, .oldmask = oldmask,
				    .go = go[0], .go_w = go[1], .err = err[0], .err_w = err[1],
				    .stack_size = 256 * 1024 };
	fflush(NULL);
	/* Not fork: a copy of our page tables, then a copy-on-write fault for
	 * every page we write while loading, cost more than the rest of a
	 * start on hosts where faults are slow (and far more in the compiler,
	 * LLVM mapped). The child shares our memory, on a stack of its own,
	 * until its execve. Under valgrind, which ends a program that makes
	 * such a clone (its preload library is in LD_PRELOAD), or where the
	 * clone fails: fork. */
	const char *preload = getenv("LD_PRELOAD");
	pid_t pid = -1;
	if (!preload || !strstr(preload, "vgpreload"))
		cs->stack = mmap(NULL, cs->stack_size, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (cs->stack == MAP_FAILED)
		cs->stack = NULL;
	if (cs->stack)
		pid = clone(child_main, (char *)cs->stack + cs->stack_size, CLONE_VM | SIGCHLD, cs);
	if (pid < 0) {
		pid = fork();
		if (pid == 0)
			child_main(cs);
	}
	close(err[1]);
	if (pid < 0) {
		report_error("fork: %s", strerror(errno));
		close(go[0]);
		close(go[1]);
		child_start_free(cs);
		return -1;
	}
	close(go[0]);
	r->child = pid;
	r->child_go = go[1];
	r->child_start = cs;
	return 0;
}

/* Before attaching: wait (at most a second) until the child is blocked in
 * its read of the go pipe, so that its own few calls before that read
 * (closing the pipe ends, its signal state) are never traced: on a busy
 * machine it may not have run at all yet. /proc/PID/syscall names the
 * system call a task is blocked in; read is 0. */
static void child_wait_ready(const struct run *r)
{
	char path[64], buf[64];

	if (r->child_go < 0)
		return;
	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)r->child);
	for (int i = 0; i < 10000; i++) {
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		ssize_t n;

		if (fd < 0)
			return;
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (n <= 0)
			return;
		buf[n] = '\0';
		if (!strncmp(buf, "0 ", 2))
			return;
		struct timespec ts = { 0, 100000 };
		nanosleep(&ts, NULL);
	}
}

/* Every probe is attached: let the command run. */
static void release_child(struct run *r)
{
	if (r->child_go < 0)
		return;
	if (write(r->child_go, "", 1) != 1)
		report_error("cannot start the -c command: %s", strerror(errno));
	close(r->child_go);
	r->child_go = -1;
}

static void end_child(struct run *r)
{
	int status;

	if (!r->child)
		return;
	if (r->child_go >= 0) {
		/* Never released (an error, or exit() in BEGIN): its read
		 * ends, and it exits without running the command. */
		close(r->child_go);
		r->child_go = -1;
	} else if (!r->child_done) {
		/* The trace ended first (Ctrl-C, exit()): end the command too. */
		kill(r->child, SIGTERM);
	}
	while (waitpid(r->child, &status, 0) < 0 && errno == EINTR)
		;
	r->child = 0;
	/* It has ended: nothing of ours is in use by it any more. */
	int e;
	if (r->child_start && read(r->child_start->err, &e, sizeof(e)) == sizeof(e))
		report_note("cannot run '%s': %s", r->child_start->path, strerror(e));
	child_start_free(r->child_start);
	r->child_start = NULL;
}

/* ---- records --------------------------------------------------------- */

/* print(@m), clear(@m), zero(@m): the maps are user space's to walk. */
static int map_action(struct run *r, const void *data, size_t len)
{
	struct rec_hdr h;

	memcpy(&h, data, sizeof(h));
	const struct rec_desc *d = &r->prog->recs[h.id];
	const struct map_desc *m = &r->prog->maps[d->map_id];
	int fd = r->map_fds[d->map_id];

	switch (d->type) {
	case REC_MAP_PRINT:
		return mapread_print(r->o->out, fd, m, (unsigned)d->top, d->div) < 0 ? -1 : 0;
	case REC_MAP_CLEAR:
		metrics_lock(r->metrics);
		mapread_clear(fd, m);
		metrics_unlock(r->metrics);
		return 0;
	default:
		metrics_lock(r->metrics);
		mapread_zero(fd, m);
		metrics_unlock(r->metrics);
		return 0;
	}
}

static bool is_map_action(const struct program *p, const void *data, size_t len)
{
	struct rec_hdr h;

	if (len < sizeof(h))
		return false;
	memcpy(&h, data, sizeof(h));
	return h.id < p->nrecs && p->recs[h.id].type == h.type &&
	       (h.type == REC_MAP_PRINT || h.type == REC_MAP_CLEAR || h.type == REC_MAP_ZERO);
}

/* How often the consuming loop looks at signals, and how long the end
 * goes on printing what was queued when a signal ended the trace. */
#define POLL_MS 10
#define CHECK_NS (10 * 1000000ull)
#define DRAIN_NS (250 * 1000000ull)

static void read_signals(struct run *r);

/* A cheap clock (a few ms of resolution) for the checks made per record. */
static uint64_t coarse_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int on_record(void *ctx, void *data, size_t len)
{
	struct run *r = ctx;

	if (r->discard)
		return 0;	/* after exit(): consumed, not printed */
	if (r->deadline_ns && coarse_ns() >= r->deadline_ns) {
		r->dropped++;	/* too late after Ctrl-C: consumed, counted */
		return 0;
	}
	int rc = is_map_action(r->prog, data, len) ? map_action(r, data, len)
						   : output_record(r->o->out, r->prog, data, len);
	if (rc == 1) {
		const struct rec_desc *rd = &r->prog->recs[((const struct rec_hdr *)data)->id];
		int64_t code = 0;

		if (rd->nargs)	/* exit(status) */
			memcpy(&code, (const char *)data + rd->args[0].offset, 8);
		if (!r->exit_called)
			r->exit_status = (int)(code & 0xff);
		r->exiting = true;
		r->exit_called = true;
		r->discard = !r->in_end;	/* what follows exit() is dropped */
	} else if (rc < 0) {
		if (errno == EPROTO) {
			report_error("internal error: a malformed record from the kernel (%zu bytes)", len);
		} else {
			r->write_error = true;
			r->write_errno = errno;
			r->exiting = true;
		}
	}
	if (r->draining)
		return 0;
	/* Under a flood the ring buffer never empties, and consuming would
	 * never return to the poll loop; a record may also take long to print
	 * (system(), cat()). Look at the signals every few milliseconds, and
	 * stop consuming once told to end: this record is printed, the next
	 * stays queued for the end. */
	uint64_t now = coarse_ns();

	if (now >= r->next_check_ns) {
		r->next_check_ns = now + CHECK_NS;
		read_signals(r);
	}
	return r->exiting ? -EINTR : 0;
}

static void drain(struct run *r)
{
	if (r->rb)
		ring_buffer__consume(r->rb);
	if (fflush(r->o->out) == EOF) {
		r->write_error = true;
		r->write_errno = errno;
	}
}

/* Run the programs whose provider says to run them now (BEGIN's at the
 * start, END's at the end) once, on this CPU, through BPF_PROG_TEST_RUN:
 * no attaching needed. */
static int run_once(struct run *r, enum provider_run when)
{
	for (unsigned i = 0; i < r->prog->nprobes; i++) {
		const struct prog_probe *pp = &r->prog->probes[i];

		if (provider_of(pp->kind)->run_once != when)
			continue;
		struct bpf_program *p = bpf_object__find_program_by_name(r->obj, pp->prog_name);
		LIBBPF_OPTS(bpf_test_run_opts, topts);
		if (!p || bpf_prog_test_run_opts(bpf_program__fd(p), &topts) < 0) {
			report_error("cannot run %s: %s", pp->full, strerror(errno));
			return -1;
		}
		drain(r);
	}
	return 0;
}

static void add_link(struct run *r, struct bpf_link *l)
{
	if (r->nlinks == r->links_cap) {
		r->links_cap = r->links_cap ? r->links_cap * 2 : 16;
		r->links = xrealloc(r->links, r->links_cap * sizeof(*r->links));
	}
	r->links[r->nlinks++] = l;
}

static void attach_add_link(struct attach_ctx *a, struct bpf_link *l)
{
	add_link(a->rt, l);
}

/* A raw tracepoint's link: an fd, closed at detach. */
static void attach_add_fd(struct attach_ctx *a, int fd)
{
	struct run *r = a->rt;

	if (r->nraw == r->raw_cap) {
		r->raw_cap = r->raw_cap ? r->raw_cap * 2 : 16;
		r->raw_fds = xrealloc(r->raw_fds, r->raw_cap * sizeof(*r->raw_fds));
	}
	r->raw_fds[r->nraw++] = fd;
}

static double ms_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static int attach_all(struct run *r)
{
	struct attach_ctx a = { .add_link = attach_add_link, .add_fd = attach_add_fd,
				 .error = report_error, .rt = r, .obj = r->obj, .pid = r->o->pid,
				 .verbose = r->o->verbose };
	unsigned attached = 0;
	struct timespec t0;

	clock_gettime(CLOCK_MONOTONIC, &t0);

	for (unsigned i = 0; i < r->prog->nprobes; i++) {
		const struct prog_probe *pp = &r->prog->probes[i];
		const struct provider *pv = provider_of(pp->kind);
		struct bpf_program *p;

		if (!pv->attach || (r->o->skip && r->o->skip[i]))
			continue;	/* BEGIN and END are run, not attached */
		p = bpf_object__find_program_by_name(r->obj, pp->prog_name);
		if (!p) {
			report_error("internal error: no program %s", pp->prog_name);
			return -1;
		}
		if (pv->attach(p, pp, &a) < 0)
			return -1;
		metrics_set_probes(r->metrics, ++attached);
	}
	if (r->o->verbose)
		report_note("attached in %.1f ms: %u raw tracepoint%s, %u perf event%s",
			    ms_since(&t0), r->nraw, r->nraw == 1 ? "" : "s", r->nlinks,
			    r->nlinks == 1 ? "" : "s");
	return 0;
}

struct detacher {
	struct bpf_link **links;
	unsigned n, from;
};

static void *detach_links(void *arg)
{
	struct detacher *d = arg;

	for (unsigned i = d->from; i < d->n; i += 2)
		bpf_link__destroy(d->links[i]);
	return NULL;
}

/* Detaching a perf event waits for the kernel's grace periods (~70 ms a
 * tracepoint here, whatever the order); two threads at it take half the
 * time, more do not help (measured, see docs/internals.md). Raw
 * tracepoints cost text patching instead, under one kernel mutex: they
 * are closed on this thread meanwhile. */
static void detach_all(struct run *r)
{
	struct detacher d[2] = { { r->links, r->nlinks, 0 }, { r->links, r->nlinks, 1 } };
	pthread_t th;
	bool threaded = false;
	struct timespec t0;
	unsigned nraw = r->nraw, nlinks = r->nlinks;

	metrics_set_probes(r->metrics, 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (r->nlinks >= 2)
		threaded = pthread_create(&th, NULL, detach_links, &d[1]) == 0;
	for (unsigned i = 0; i < r->nraw; i++)
		close(r->raw_fds[i]);
	if (threaded) {
		detach_links(&d[0]);
		pthread_join(th, NULL);
	} else {
		for (unsigned i = 0; i < r->nlinks; i++)
			bpf_link__destroy(r->links[i]);
	}
	if (r->o->verbose && (nraw || nlinks))
		report_note("detached in %.1f ms", ms_since(&t0));
	free(r->links);
	free(r->raw_fds);
	r->links = NULL;
	r->raw_fds = NULL;
	r->nlinks = r->links_cap = r->nraw = r->raw_cap = 0;
}

/* The positional parameters the programs read at load time, each in its
 * slot of tp_ro: an integer, or a string NUL-padded to its size (the
 * driver has checked that each value fits its slot). */
static void set_params(struct run *r, char *ro)
{
	const struct program *p = r->prog;

	for (unsigned i = 1; i < p->nparams; i++) {
		const struct prog_param *pp = &p->params[i];
		const char *t = (int)i <= r->o->nparams ? r->o->params[i - 1] : "";
		uint64_t v;

		if (pp->kind == PARAM_UNUSED || pp->fixed)
			continue;
		if (pp->kind == PARAM_INT || pp->kind == PARAM_BOTH) {
			if (!param_int(t, &v))
				v = 0;
			memcpy(ro + pp->offset, &v, 8);
		}
		if (pp->kind == PARAM_STR || pp->kind == PARAM_BOTH) {
			unsigned off = param_str_offset(pp);

			memset(ro + off, 0, pp->size);
			memcpy(ro + off, t, strnlen(t, pp->size - 1));
		}
	}
	/* getopt()'s options: the value given after "--", else the default */
	for (unsigned i = 0; i < p->nopts; i++) {
		const struct prog_opt *po = &p->opts[i];
		const char *t = r->o->opt_values ? r->o->opt_values[i] : po->dflt;
		uint64_t v = 0;

		if (po->kind == POPT_STR) {
			memset(ro + po->offset, 0, po->size);
			memcpy(ro + po->offset, t, strnlen(t, po->size - 1));
			continue;
		}
		if (po->kind == POPT_BOOL)
			v = !strcasecmp(t, "true") || !strcmp(t, "1");
		else if (!param_int(t, &v))
			v = 0;
		memcpy(ro + po->offset, &v, 8);
	}
}

/* Fill tp_ro (struct tp_rodata) before load: the kernel freezes it. */
static int set_rodata(struct run *r, uint64_t start_ns)
{
	struct bpf_map *m;

	bpf_object__for_each_map(m, r->obj) {
		const char *name = bpf_map__name(m);
		size_t len = strlen(name);
		size_t size;

		if (len < 7 || strcmp(name + len - 7, ".rodata"))
			continue;
		struct tp_rodata *ro = (struct tp_rodata *)bpf_map__initial_value(m, &size);
		if (!ro || size < sizeof(*ro) + r->prog->params_size)
			break;
		ro->cpid = (uint64_t)r->child;	/* tp_ro is the only .rodata variable */
		ro->start_ns = start_ns;
		ro->ncpus = (uint64_t)libbpf_num_possible_cpus();
		ro->filter_pid = (uint64_t)(r->o->pid > 0 ? r->o->pid : 0);
		ro->nparams = (uint64_t)r->o->nparams;
		set_params(r, (char *)ro);
		return relocate_uaddrs(r->prog, (char *)ro, size, r->o->diag);
	}
	report_error("internal error: the program's read-only data is missing");
	return -1;
}

/* What the programs could not do: records lost to a full ring buffer,
 * updates refused by full maps. Told once, at the end. */
static void report_stats(struct run *r)
{
	struct bpf_map *m = bpf_object__find_map_by_name(r->obj, TP_STATS_MAP);
	int ncpu = libbpf_num_possible_cpus();
	unsigned nstat = TP_STAT_MAPS + r->prog->nmaps;
	uint32_t key = 0;

	if (!m || ncpu <= 0)
		return;
	uint64_t *vals = xcalloc((size_t)ncpu * nstat, sizeof(uint64_t));
	if (bpf_map__lookup_elem(m, &key, sizeof(key), vals,
				 (size_t)ncpu * nstat * sizeof(uint64_t), 0) == 0) {
		for (unsigned st = 0; st < nstat; st++) {
			uint64_t sum = 0;

			for (int c = 0; c < ncpu; c++)
				sum += vals[(size_t)c * nstat + st];
			if (!sum)
				continue;
			if (st == TP_STAT_LOST) {
				if (json_mode())
					json_event(r->o->out, "lost_events", "{\"events\": %llu}",
						   (unsigned long long)sum);
				report_warning("%llu records were lost: the ring buffer "
					"was full (events came faster than they could be printed)",
					(unsigned long long)sum);
			} else {
				const struct map_desc *d = &r->prog->maps[st - TP_STAT_MAPS];

				report_warning("map %s was full (%u entries): %llu "
					"updates were dropped; raise the limit with "
					"BPFTRACE_MAP_KEYS_MAX=N", d->name, d->max_entries,
					(unsigned long long)sum);
			}
		}
	}
	free(vals);
}

/* Events the kernel did not give to a probe's program (misses.h): told
 * per probe, at the end. */
static void report_misses(struct run *r)
{
	uint64_t *missed = probe_misses(r->obj, r->prog);

	for (unsigned i = 0; i < r->prog->nprobes; i++) {
		const struct prog_probe *pp = &r->prog->probes[i];
		char others[64] = "";

		if (!missed[i])
			continue;
		/* A program that serves many tracepoints is counted as one. */
		if (pp->ntargets > 1)
			snprintf(others, sizeof(others), " and the %u other tracepoints of its program",
				 pp->ntargets - 1);
		if (json_mode()) {
			fputs("{\"type\": \"missed_events\", \"data\": {\"probe\": ", r->o->out);
			json_string(r->o->out, pp->full, (size_t)-1);
			fprintf(r->o->out, ", \"tracepoints\": %u, \"events\": %llu}}\n",
				pp->ntargets > 1 ? pp->ntargets : 1, (unsigned long long)missed[i]);
		}
		report_warning("%llu event%s of %s%s %s not traced: the kernel skips "
			       "a BPF program that would start while another one runs "
			       "on the same CPU (from an interrupt, or a tracepoint "
			       "that program's own work hit)",
			       (unsigned long long)missed[i], missed[i] == 1 ? "" : "s",
			       pp->full, others, missed[i] == 1 ? "was" : "were");
	}
	free(missed);
}

static void load_failed(struct run *r, int err)
{
	if (err == -EPERM) {
		/* libbpf's own account of it (RLIMIT_MEMLOCK, "make sure your
		 * kernel supports BPF") misleads here; -v still shows it. */
		explain_perm(missing_privileges());
		return;
	}
	/* libbpf names the program it could not load: "prog 'NAME': ...". */
	const struct prog_probe *bad = NULL;
	const char *log = libbpf_log.data ? libbpf_log.data : "";
	const char *at = strstr(log, "prog '");
	if (at) {
		at += 6;
		for (unsigned i = 0; i < r->prog->nprobes; i++) {
			const char *name = r->prog->probes[i].prog_name;
			size_t n = strlen(name);

			if (!strncmp(at, name, n) && at[n] == '\'')
				bad = &r->prog->probes[i];
		}
	}
	if (bad && r->o->diag) {
		struct loc l = { bad->line, bad->col, bad->line, bad->col, 0 };

		diag_error(r->o->diag, &l, "the kernel's verifier rejected the program of %s",
			   bad->full);
	} else {
		report_error("the kernel refused the BPF program: %s", strerror(-err));
	}
	/* The verifier's log is long; its tail says what failed: the last
	 * line before its statistics ("processed N insns..."). -v printed
	 * it all already. */
	const char *end = strstr(log, "-- END PROG LOAD LOG --");
	if (!end)
		end = log + strlen(log);
	const char *line_end = end;
	while (!libbpf_verbose && line_end > log) {
		const char *p = line_end;

		while (p > log && p[-1] == '\n')
			p--;
		const char *stop = p;
		while (p > log && p[-1] != '\n')
			p--;
		if (stop == p)
			break;
		if (strncmp(p, "processed ", 10) && strncmp(p, "verification time", 17)) {
			report_more("the verifier says: %.*s", (int)(stop - p), p);
			break;
		}
		line_end = p;
	}
	if (!libbpf_verbose)
		report_hint("run with -v to see the verifier's log");
}

/* ---- the main loop --------------------------------------------------- */


/* SIGUSR1: every map, as print(@m) prints it, and the trace goes on (as
 * in bpftrace). */
static void print_all_maps(struct run *r)
{
	for (unsigned i = 0; i < r->prog->nmaps && !r->write_error; i++) {
		if (mapread_print(r->o->out, r->map_fds[i], &r->prog->maps[i], 0, 0) < 0) {
			r->write_error = true;
			r->write_errno = errno;
		}
	}
	fflush(r->o->out);
}

/* What the signalfd holds: the -c command's end, a request to end, or
 * SIGUSR1's request to print the maps. */
static void read_signals(struct run *r)
{
	struct signalfd_siginfo si;

	while (r->sfd >= 0 && read(r->sfd, &si, sizeof(si)) == sizeof(si)) {
		if (si.ssi_signo == SIGCHLD) {
			int status;

			if (r->child && waitpid(r->child, &status, WNOHANG) == r->child &&
			    (WIFEXITED(status) || WIFSIGNALED(status)))
				r->child_done = true;
		} else if (si.ssi_signo == SIGUSR1) {
			if (r->map_fds)
				print_all_maps(r);
		} else {
			r->exiting = true;	/* SIGINT, SIGTERM, SIGHUP */
			r->signalled = true;
		}
	}
}

/* "Attaching N probes...": on a terminal only, unless -q; in JSON, the
 * attached_probes line bpftrace writes. */
static void announce(struct run *r)
{
	unsigned n = 0;

	for (unsigned i = 0; i < r->prog->nprobes; i++)
		if (!(r->o->skip && r->o->skip[i]))
			n += r->prog->probes[i].kind == PK_TRACEPOINT ? r->prog->probes[i].nnamed : 1;
	if (r->o->quiet)
		return;
	if (json_mode())
		json_event(r->o->out, "attached_probes", "{\"probes\": %u}", n);
	else if (isatty(fileno(stderr)))
		fprintf(stderr, "Attaching %u probe%s...\n", n, n == 1 ? "" : "s");
}


static void poll_loop(struct run *r, int sfd)
{
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN };

	ev.data.u32 = 0;
	epoll_ctl(ep, EPOLL_CTL_ADD, ring_buffer__epoll_fd(r->rb), &ev);
	ev.data.u32 = 1;
	epoll_ctl(ep, EPOLL_CTL_ADD, sfd, &ev);
	if (r->pidfd >= 0) {	/* -p PID: it ending ends the trace */
		ev.data.u32 = 2;
		epoll_ctl(ep, EPOLL_CTL_ADD, r->pidfd, &ev);
	}
	while (!r->exiting && !(r->child && r->child_done)) {
		struct epoll_event evs[2];
		/* Records are submitted without a wake-up while the ring buffer
		 * is not a quarter full: look at it every 10 ms anyway. */
		int n = epoll_wait(ep, evs, 2, POLL_MS);

		if (n == 0)
			drain(r);

		if (n < 0 && errno != EINTR)
			break;
		for (int i = 0; i < n; i++) {
			if (evs[i].data.u32 == 0)
				drain(r);
			else if (evs[i].data.u32 == 2)
				r->exiting = true;
			else
				read_signals(r);
		}
	}
	close(ep);
}

int runtime_run(const struct program *prog, const struct object *obj,
		const struct runtime_opts *o)
{
	struct run r = { .prog = prog, .o = o, .pidfd = -1, .child_go = -1 };
	sigset_t mask, oldmask;
	int sfd = -1, err, status = 1, listen_fd = -1;
	struct timespec now;

	/* elapsed counts from here; bpf_ktime_get_ns() is CLOCK_MONOTONIC. */
	clock_gettime(CLOCK_MONOTONIC, &now);
	uint64_t start_ns = (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;

	libbpf_verbose = o->verbose;
	libbpf_set_print(libbpf_print);
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGUSR1);
	sigaddset(&mask, SIGCHLD);
	sigprocmask(SIG_BLOCK, &mask, &oldmask);
	sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
	r.sfd = sfd;
	/* Started in the background by a shell, SIGINT may be ignored; the
	 * second Ctrl-C of a slow end must still end tpscript at once. */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	/* A closed output (| head -1) is a write error (EPIPE), not a kill. */
	signal(SIGPIPE, SIG_IGN);

	const char *missing = missing_privileges();
	if (missing) {
		explain_perm(missing);
		goto out;
	}
	/* --metrics: the address is taken first, so that a port in use ends
	 * the run before anything is loaded. */
	if (o->metrics && !o->dry_run && (listen_fd = metrics_listen(o->metrics)) < 0)
		goto out;
	if (o->pid && !o->dry_run) {
		r.pidfd = (int)syscall(SYS_pidfd_open, o->pid, 0);
		if (r.pidfd < 0) {
			report_error("cannot trace process %d: %s", o->pid,
				 errno == ESRCH ? "there is no such process" : strerror(errno));
			goto out;
		}
	}
	if (o->cmd && !o->dry_run && start_child(&r, &oldmask) < 0)
		goto out;

	LIBBPF_OPTS(bpf_object_open_opts, oopts, .object_name = "tpscript");
	r.obj = bpf_object__open_mem(obj->elf, obj->elf_size, &oopts);
	if (!r.obj) {
		report_error("internal error: libbpf cannot open the compiled object: %s", strerror(errno));
		goto out;
	}
	if (obj->rodata_size && set_rodata(&r, start_ns) < 0)
		goto out;
	if (o->field_delta && relocate_apply(prog, o->field_delta, r.obj) < 0)
		goto out;
	/* A program that sends no records (only maps) never writes the ring
	 * buffer: one page instead of its 256 KiB, which the kernel would
	 * allocate, clear and map for nothing. */
	if (!prog->nrecs) {
		struct bpf_map *m = bpf_object__find_map_by_name(r.obj, TP_RINGBUF_MAP);
		long page = sysconf(_SC_PAGESIZE);

		if (m && page > 0 && (unsigned long)page < bpf_map__max_entries(m))
			bpf_map__set_max_entries(m, (__u32)page);
	}
	err = bpf_object__load(r.obj);
	if (err) {
		load_failed(&r, err);
		goto out;
	}
	if (o->dry_run) {
		unsigned n = 0;
		struct bpf_program *p;

		bpf_object__for_each_program(p, r.obj)
			n++;
		unsigned nprobes = 0;	/* as "Attaching N probes" counts them */
		for (unsigned i = 0; i < prog->nprobes; i++)
			nprobes += prog->probes[i].kind == PK_TRACEPOINT ? prog->probes[i].nnamed : 1;
		report_note("%u program%s loaded for %u probe%s; nothing attached (--dry-run)", n,
			    n == 1 ? "" : "s", nprobes, nprobes == 1 ? "" : "s");
		status = 0;
		goto out;
	}
	/* Without the kernel's acceptance of our BTF, libbpf loads anyway
	 * ("BTF is optional, ignoring") and maps lose their types: say so. */
	if (bpf_object__btf_fd(r.obj) < 0)
		report_warning("the kernel did not accept the program's BTF; "
			       "maps are loaded without types (-v shows why)");
	r.map_fds = xcalloc(prog->nmaps ? prog->nmaps : 1, sizeof(int));
	for (unsigned i = 0; i < prog->nmaps; i++) {
		struct bpf_map *m = bpf_object__find_map_by_name(r.obj, prog->maps[i].bpf_name);

		r.map_fds[i] = m ? bpf_map__fd(m) : -1;
	}
	r.binaries = xcalloc(prog->nprobes ? prog->nprobes : 1, sizeof(*r.binaries));
	for (unsigned i = 0; i < prog->nprobes; i++) {
		const struct provider *pv = provider_of(prog->probes[i].kind);

		r.binaries[i] = pv && pv->binary ? pv->binary(&prog->probes[i]) : NULL;
	}
	r.ksyms = ksyms_new(r.obj, r.binaries, prog->nprobes);
	ksyms_printer(r.ksyms, &r.syms);
	sym_printer_set(&r.syms);
	struct bpf_map *rbm = bpf_object__find_map_by_name(r.obj, TP_RINGBUF_MAP);
	r.rb = rbm ? ring_buffer__new(bpf_map__fd(rbm), on_record, &r, NULL) : NULL;
	if (!r.rb) {
		report_error("cannot open the ring buffer: %s", strerror(errno));
		goto out;
	}

	if (listen_fd >= 0) {
		struct bpf_map *sm = bpf_object__find_map_by_name(r.obj, TP_STATS_MAP);
		struct metrics_source src = {
			.prog = prog, .map_fds = r.map_fds, .limit = o->metrics_limit,
			.stats_fd = sm ? bpf_map__fd(sm) : -1, .obj = r.obj,
		};

		r.metrics = metrics_start(listen_fd, &src);
		listen_fd = -1;
		if (!r.metrics)
			goto out;
		if (!o->quiet)
			report_note("serving metrics at %s", metrics_url(r.metrics));
	}
	announce(&r);
	if (run_once(&r, RUN_AT_START) < 0)
		goto out;
	/* A script of BEGIN and END only has nothing to wait for: it ends
	 * once BEGIN has run, as bpftrace's does. */
	bool waits = false;
	for (unsigned i = 0; i < prog->nprobes; i++)
		waits |= provider_of(prog->probes[i].kind)->run_once == RUN_NEVER;
	if (!r.exiting && waits) {
		child_wait_ready(&r);
		if (attach_all(&r) < 0)
			goto out;
		release_child(&r);
		poll_loop(&r, sfd);
	}
	/* The end, whatever caused it: detach (so the end's own work, the
	 * map reads and prints, is not traced, as in bpftrace), print what is
	 * in the ring buffer, run END (after exit() too), print the maps. A
	 * second Ctrl-C from here on ends tpscript at once; the kernel
	 * detaches what it still holds. */
	sigprocmask(SIG_UNBLOCK, &mask, NULL);
	/* The trace is over: no more scrapes (the page would no longer move),
	 * and none races with the end's reads and the object's closing. */
	metrics_stop(r.metrics);
	r.metrics = NULL;
	detach_all(&r);
	/* What is left: printed after Ctrl-C or the command's end (it
	 * happened before), dropped after exit() (it came after). */
	r.discard = r.exit_called;
	r.draining = true;
	/* After a signal, whatever the load, the end comes promptly: what is
	 * still queued a moment later is dropped, and counted. */
	if (r.signalled)
		r.deadline_ns = coarse_ns() + DRAIN_NS;
	drain(&r);
	r.deadline_ns = 0;
	r.discard = false;
	r.in_end = true;
	if (run_once(&r, RUN_AT_END) < 0)
		goto out;
	drain(&r);
	if (r.dropped)
		report_note("%" PRIu64 " queued record%s dropped to end promptly "
			    "after the signal", r.dropped, r.dropped == 1 ? "" : "s");
	/* Every map, as bpftrace prints them at the end; a metrics daemon
	 * run with -q keeps its log short; config print_maps_on_exit = 0
	 * prints none. */
	if (!r.write_error && !(o->metrics && o->quiet) && !prog->no_exit_print &&
	    (mapread_print_end(o->out, prog->maps, r.map_fds, prog->nmaps) < 0 ||
	     fflush(o->out) == EOF)) {
		r.write_error = true;
		r.write_errno = ferror(o->out) ? (errno ? errno : EIO) : EIO;
		if (errno == EPIPE)
			r.write_errno = EPIPE;
	}
	report_stats(&r);
	report_misses(&r);
	/* A reader that went away (| head -1) ends the trace quietly. */
	status = r.write_error && r.write_errno != EPIPE ? 1 : 0;
	if (status)
		report_error("cannot write the output: %s", strerror(r.write_errno));
	else
		status = r.exit_status;	/* exit(status) */
out:
	sigprocmask(SIG_BLOCK, &mask, NULL);
	metrics_stop(r.metrics);
	if (listen_fd >= 0)
		close(listen_fd);
	detach_all(&r);
	ring_buffer__free(r.rb);
	free(r.map_fds);
	sym_printer_set(NULL);
	bpf_object__close(r.obj);
	ksyms_free(r.ksyms);
	free(r.binaries);
	end_child(&r);
	if (r.pidfd >= 0)
		close(r.pidfd);
	if (sfd >= 0)
		close(sfd);
	sigprocmask(SIG_SETMASK, &oldmask, NULL);
	buf_free(&libbpf_log);
	return status;
}
