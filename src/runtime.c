/* runtime.c - libbpf: load the object, run BEGIN, attach, start the -c
 * command, poll the ring buffer, and on the way out run END and detach.
 *
 * Signals arrive through a signalfd in the same epoll set as the ring
 * buffer, so a Ctrl-C between two polls is never lost and never races. */
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <linux/capability.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "output.h"
#include "util.h"

struct run {
	const struct program *prog;
	const struct runtime_opts *o;
	struct bpf_object *obj;
	struct bpf_link **links;
	unsigned nlinks;
	struct ring_buffer *rb;
	pid_t child;		/* -c command, 0 if none */
	bool child_done;
	bool exiting;		/* exit() seen */
	bool write_error;
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

static void rt_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void rt_error(const char *fmt, ...)
{
	va_list ap;

	fputs("tpscript: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void explain_perm(const char *missing)
{
	fprintf(stderr, "tpscript: error: tracing needs privileges this process does not have%s%s.\n"
		"  Loading BPF programs and attaching them to tracepoints takes root, or the\n"
		"  capabilities CAP_BPF and CAP_PERFMON (CAP_SYS_ADMIN on kernels before 5.8).\n"
		"  Run tpscript as root, e.g. with sudo.\n",
		missing ? ": missing " : "", missing ? missing : "");
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

static bool needs_shell(const char *cmd)
{
	return strpbrk(cmd, "|&;<>()$`\\\"'*?[]#~={}%\n") != NULL;
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
	if (strchr(name, '/'))
		return access(name, X_OK) == 0 ? xstrdup(name) : NULL;
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

/* Fork the command, stopped before it runs anything: the parent learns its
 * pid (for cpid) before loading, attaches, then lets it go with SIGCONT.
 * The child stops itself with SIGSTOP; the first system call it makes once
 * continued is its execve, so probes see nothing of tpscript's in it. */
static int start_child(struct run *r, const sigset_t *oldmask)
{
	const char *cmd = r->o->cmd;
	char **argv;
	char *path;
	int status;

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
		rt_error("-c needs a command to run");
		free_words(argv);
		return -1;
	}
	path = find_program(argv[0]);
	if (!path) {
		rt_error("cannot run '%s' for -c: command not found", argv[0]);
		free_words(argv);
		return -1;
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		rt_error("fork: %s", strerror(errno));
		free(path);
		free_words(argv);
		return -1;
	}
	if (pid == 0) {
		sigprocmask(SIG_SETMASK, oldmask, NULL);
		raise(SIGSTOP);
		execv(path, argv);
		fprintf(stderr, "tpscript: cannot run '%s': %s\n", path, strerror(errno));
		_exit(127);
	}
	free(path);
	free_words(argv);
	while (waitpid(pid, &status, WUNTRACED) < 0 && errno == EINTR)
		;
	if (!WIFSTOPPED(status)) {
		rt_error("the -c command ended before it could start");
		return -1;
	}
	r->child = pid;
	return 0;
}

static void end_child(struct run *r)
{
	int status;

	if (!r->child)
		return;
	if (!r->child_done) {
		/* The trace ended first (Ctrl-C, exit()): end the command too. */
		kill(r->child, SIGTERM);
		kill(r->child, SIGCONT);
	}
	while (waitpid(r->child, &status, 0) < 0 && errno == EINTR)
		;
	r->child = 0;
}

/* ---- records --------------------------------------------------------- */

static int on_record(void *ctx, void *data, size_t len)
{
	struct run *r = ctx;

	if (r->exiting)
		return 0;	/* what came after exit() is not printed */
	int rc = output_record(r->o->out, r->prog, data, len);
	if (rc == 1) {
		r->exiting = true;
	} else if (rc < 0) {
		if (errno == EPROTO) {
			rt_error("internal error: a malformed record from the kernel (%zu bytes)", len);
		} else {
			r->write_error = true;
			r->exiting = true;
		}
	}
	return 0;
}

static void drain(struct run *r)
{
	if (r->rb)
		ring_buffer__consume(r->rb);
	if (fflush(r->o->out) == EOF)
		r->write_error = true;
}

/* Run every BEGIN or END program once, on this CPU, through
 * BPF_PROG_TEST_RUN: no attaching needed. */
static int run_special(struct run *r, enum probe_kind kind)
{
	for (unsigned i = 0; i < r->prog->nprobes; i++) {
		const struct prog_probe *pp = &r->prog->probes[i];

		if (pp->kind != kind)
			continue;
		struct bpf_program *p = bpf_object__find_program_by_name(r->obj, pp->prog_name);
		LIBBPF_OPTS(bpf_test_run_opts, topts);
		if (!p || bpf_prog_test_run_opts(bpf_program__fd(p), &topts) < 0) {
			rt_error("cannot run %s: %s", pp->full, strerror(errno));
			return -1;
		}
		drain(r);
	}
	return 0;
}

static int attach_all(struct run *r)
{
	r->links = xcalloc(r->prog->nprobes, sizeof(*r->links));
	for (unsigned i = 0; i < r->prog->nprobes; i++) {
		const struct prog_probe *pp = &r->prog->probes[i];

		if (pp->kind != PK_TRACEPOINT)
			continue;
		struct bpf_program *p = bpf_object__find_program_by_name(r->obj, pp->prog_name);
		struct bpf_link *l = p ? bpf_program__attach_tracepoint(p, pp->category, pp->name) : NULL;
		if (!l) {
			rt_error("cannot attach %s: %s", pp->full, strerror(errno));
			return -1;
		}
		r->links[r->nlinks++] = l;
	}
	return 0;
}

static void detach_all(struct run *r)
{
	for (unsigned i = 0; i < r->nlinks; i++)
		bpf_link__destroy(r->links[i]);
	free(r->links);
	r->links = NULL;
	r->nlinks = 0;
}

static int set_cpid(struct run *r)
{
	struct bpf_map *m;

	bpf_object__for_each_map(m, r->obj) {
		const char *name = bpf_map__name(m);
		size_t len = strlen(name);
		size_t size;

		if (len < 7 || strcmp(name + len - 7, ".rodata"))
			continue;
		uint64_t *v = (uint64_t *)bpf_map__initial_value(m, &size);
		if (!v || size < sizeof(*v))
			break;
		*v = (uint64_t)r->child;	/* tp_cpid is the only .rodata value */
		return 0;
	}
	rt_error("internal error: the program has no place for cpid");
	return -1;
}

static void report_lost(struct run *r)
{
	struct bpf_map *m = bpf_object__find_map_by_name(r->obj, TP_STATS_MAP);
	int ncpu = libbpf_num_possible_cpus();
	uint32_t key = 0;

	if (!m || ncpu <= 0)
		return;
	uint64_t *vals = xcalloc((size_t)ncpu * TP_STAT_N, sizeof(uint64_t));
	if (bpf_map__lookup_elem(m, &key, sizeof(key), vals,
				 (size_t)ncpu * TP_STAT_N * sizeof(uint64_t), 0) == 0) {
		uint64_t lost = 0;

		for (int c = 0; c < ncpu; c++)
			lost += vals[c * TP_STAT_N + TP_STAT_LOST];
		if (lost)
			fprintf(stderr, "tpscript: warning: %llu records were lost: the ring buffer "
				"was full (events came faster than they could be printed)\n",
				(unsigned long long)lost);
	}
	free(vals);
}

static void load_failed(struct run *r, int err)
{
	if (err == -EPERM) {
		/* libbpf's own account of it (RLIMIT_MEMLOCK, "make sure your
		 * kernel supports BPF") misleads here; -v still shows it. */
		explain_perm(missing_privileges());
		return;
	}
	rt_error("the kernel refused the BPF program: %s", strerror(-err));
	if (libbpf_log.len) {
		/* The verifier's log can be long; its tail says what failed. */
		const char *log = libbpf_log.data;
		size_t len = libbpf_log.len, lines = 0, i = len;

		while (i > 0 && lines < 25)
			if (log[--i] == '\n')
				lines++;
		fprintf(stderr, "%s%s", i ? "...\n" : "", log + (i ? i + 1 : 0));
	}
}

/* ---- the main loop --------------------------------------------------- */

static void poll_loop(struct run *r, int sfd)
{
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN };

	ev.data.u32 = 0;
	epoll_ctl(ep, EPOLL_CTL_ADD, ring_buffer__epoll_fd(r->rb), &ev);
	ev.data.u32 = 1;
	epoll_ctl(ep, EPOLL_CTL_ADD, sfd, &ev);
	while (!r->exiting && !(r->child && r->child_done)) {
		struct epoll_event evs[2];
		int n = epoll_wait(ep, evs, 2, -1);

		if (n < 0 && errno != EINTR)
			break;
		for (int i = 0; i < n; i++) {
			if (evs[i].data.u32 == 0) {
				drain(r);
				continue;
			}
			struct signalfd_siginfo si;
			while (read(sfd, &si, sizeof(si)) == sizeof(si)) {
				if (si.ssi_signo == SIGCHLD) {
					int status;
					if (r->child && waitpid(r->child, &status, WNOHANG) == r->child &&
					    (WIFEXITED(status) || WIFSIGNALED(status))) {
						r->child_done = true;
					}
				} else {
					r->exiting = true;	/* SIGINT, SIGTERM, SIGHUP */
				}
			}
		}
	}
	close(ep);
}

int runtime_run(const struct program *prog, const struct runtime_opts *o)
{
	struct run r = { .prog = prog, .o = o };
	sigset_t mask, oldmask;
	int sfd = -1, err, status = 1;

	libbpf_verbose = o->verbose;
	libbpf_set_print(libbpf_print);
	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGCHLD);
	sigprocmask(SIG_BLOCK, &mask, &oldmask);
	sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);

	const char *missing = missing_privileges();
	if (missing) {
		explain_perm(missing);
		goto out;
	}
	if (o->cmd && start_child(&r, &oldmask) < 0)
		goto out;

	LIBBPF_OPTS(bpf_object_open_opts, oopts, .object_name = "tpscript");
	r.obj = bpf_object__open_mem(prog->elf, prog->elf_size, &oopts);
	if (!r.obj) {
		rt_error("internal error: libbpf cannot open the compiled object: %s", strerror(errno));
		goto out;
	}
	if (prog->uses_cpid && set_cpid(&r) < 0)
		goto out;
	err = bpf_object__load(r.obj);
	if (err) {
		load_failed(&r, err);
		goto out;
	}
	/* Without the kernel's acceptance of our BTF, libbpf loads anyway
	 * ("BTF is optional, ignoring") and maps lose their types: say so. */
	if (bpf_object__btf_fd(r.obj) < 0)
		fputs("tpscript: warning: the kernel did not accept the program's BTF; "
		      "maps are loaded without types (-v shows why)\n", stderr);
	struct bpf_map *rbm = bpf_object__find_map_by_name(r.obj, TP_RINGBUF_MAP);
	r.rb = rbm ? ring_buffer__new(bpf_map__fd(rbm), on_record, &r, NULL) : NULL;
	if (!r.rb) {
		rt_error("cannot open the ring buffer: %s", strerror(errno));
		goto out;
	}

	if (run_special(&r, PK_BEGIN) < 0)
		goto out;
	if (!r.exiting) {
		if (attach_all(&r) < 0)
			goto out;
		if (r.child)
			kill(r.child, SIGCONT);
		poll_loop(&r, sfd);
	}
	/* The end, whatever caused it: what is in the ring buffer, then END
	 * (which runs after exit() too), then detach. A second Ctrl-C from
	 * here on ends tpscript at once; the kernel detaches what it holds. */
	sigprocmask(SIG_UNBLOCK, &mask, NULL);
	drain(&r);
	r.exiting = false;
	if (run_special(&r, PK_END) < 0)
		goto out;
	drain(&r);
	report_lost(&r);
	status = r.write_error ? 1 : 0;
	if (r.write_error && errno != EPIPE)
		rt_error("cannot write the output: %s", strerror(errno));
out:
	sigprocmask(SIG_BLOCK, &mask, NULL);
	detach_all(&r);
	ring_buffer__free(r.rb);
	bpf_object__close(r.obj);
	end_child(&r);
	if (sfd >= 0)
		close(sfd);
	sigprocmask(SIG_SETMASK, &oldmask, NULL);
	buf_free(&libbpf_log);
	return status;
}
