// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* options.c - the command line of tpscript, tpscript-compile and --aot
 * executables, and running a program with its runtime options. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/preproc.h"
#include "front/report.h"
#include "front/util.h"
#include "output/mapprint.h"
#include "output/metrics.h"
#include "output/json.h"
#include "output/output.h"
#include "runtime/metrics_server.h"
#include "runtime/runtime.h"

static const char usage[] =
"usage: tpscript [options] -e 'PROGRAM' [ARGS...]\n"
"       tpscript [options] FILE [ARGS...]      (FILE - reads standard input)\n"
"       tpscript -l [-v | --summary] [PATTERN]\n"
"       (after --, words are FILE and ARGS even when they start with '-';\n"
"       --NAME=VALUE there is getopt(\"NAME\", default)'s option; -- --help\n"
"       lists the program's options)\n"
"\n"
"Trace the kernel: compile a bpftrace-style script to BPF, attach it to\n"
"tracepoints and print what the probes report.\n"
"\n"
"options:\n"
"  -e PROGRAM        the program to run (instead of a FILE)\n"
"  -c CMD            start CMD once every probe is attached; end with it\n"
"                    (cpid is its pid)\n"
"  -p PID            trace only process PID; end when it ends\n"
"  -o FILE           write the output to FILE\n"
"  -f text|json      output format: text (default) or JSON lines\n"
"  -q                no progress messages\n"
"  -k                warn, with the script's line, each time a map update or\n"
"                    delete, get_stackid, comm or signal() fails (bpftrace's -k)\n"
"  -kk               also each time a read (str(), a kernel struct member,\n"
"                    *p, buf()) fails or a map read finds no entry\n"
"  -l [PATTERN]      list the tracepoints matching PATTERN (tracepoint:CAT:NAME\n"
"                    with * and ?, or a word); -lv shows each one's fields,\n"
"                    --summary the number of tracepoints in each category\n"
"  -v                show libbpf's and the verifier's logs\n"
"  -I DIR            look for #include files in DIR too (may be repeated)\n"
"  --include FILE    read FILE as an #include before the script (may be\n"
"                    repeated)\n"
"  --dry-run         compile and load every program (the verifier runs),\n"
"                    attach nothing, and exit\n"
"  --no-cache        compile even if this script was compiled before (the\n"
"                    cache is $XDG_CACHE_HOME/tpscript, or /var/cache/tpscript)\n"
"  --unsafe          allow system() and signal()\n"
"  --no-warnings     print no warning (the checker's, warnf()'s, -k's text,\n"
"                    tpscript's own at run time)\n"
"  --metrics [HOST:]PORT  serve every map to Prometheus at /metrics while\n"
"                    tracing (PORT alone: 127.0.0.1; 0.0.0.0:PORT: every\n"
"                    interface); with -q the maps do not print at the end\n"
"  --metrics-limit N entries of one map on a metrics page (default 10000)\n"
"  --dump=ast|ir     print the syntax tree or the LLVM IR, and exit\n"
"  --emit-llvm FILE  write the optimised LLVM IR to FILE, and exit\n"
"  --emit-elf FILE   write the BPF object to FILE, and exit (bpftool prog\n"
"                    loadall accepts it)\n"
"  --aot OUT         write OUT, a standalone executable that runs the script\n"
"                    on hosts without tpscript or LLVM, and exit\n"
"  --info            what this kernel offers tpscript (BTF, program and map\n"
"                    types, helpers, raw tracepoints, uprobes, cookies)\n"
"  -h, --help        this help\n"
"  -V, --version     the version\n"
"\n"
"examples:\n"
"  tpscript -e 'tracepoint:syscalls:sys_enter_openat < print(str(args.filename)); >'\n"
"  tpscript -e 't:syscalls:sys_enter_openat /comm == \"cat\"/ { printf(\"%s %s\\n\", comm, str(args.filename)); }' -c 'cat /etc/hostname'\n"
"  tpscript -e 'BEGIN { printf(\"hello %d\\n\", 6 * 7); exit(); }'\n"
"\n"
"exit status: 0 when the trace ran and ended normally (Ctrl-C, SIGTERM,\n"
"exit(), or the -c command ending); 1 for an error in the script, in the\n"
"command line, or from the system (privileges, the kernel refusing a program).\n";

static const char licence_note[] =
"Licence: GPL-2.0-only OR BSD-2-Clause (see LICENSE). The BPF programs it\n"
"generates declare \"GPL\" to the kernel; both licences allow that.\n";

static const char aot_usage[] =
"usage: %s [options] [ARGS...]\n"
"\n"
"Runs the tpscript script %s, compiled into this executable by tpscript %s\n"
"(no compiler needed here). ARGS are its positional parameters $1, $2...\n"
"\n"
"options:\n"
"  -c CMD            start CMD once every probe is attached; end with it\n"
"  -p PID            trace only process PID; end when it ends\n"
"  -o FILE           write the output to FILE\n"
"  -f text|json      output format: text (default) or JSON lines\n"
"  -q                no progress messages\n"
"  -v                show libbpf's and the verifier's logs\n"
"  --dry-run         load every program (the verifier runs), attach nothing\n"
"  --no-warnings     print no warning (warnf()'s, -k's, tpscript's own)\n"
"  --metrics [HOST:]PORT  serve every map to Prometheus at /metrics while\n"
"                    tracing (PORT alone: 127.0.0.1; 0.0.0.0:PORT: every\n"
"                    interface); with -q the maps do not print at the end\n"
"  --metrics-limit N entries of one map on a metrics page (default 10000)\n"
"  -h, --help        this help\n"
"  -V, --version     the version, and the script's name\n";

enum { OPT_DUMP = 256, OPT_EMIT_ELF, OPT_EMIT_LLVM, OPT_UNSAFE, OPT_SUMMARY, OPT_DRY_RUN,
       OPT_NO_CACHE, OPT_AOT, OPT_METRICS, OPT_METRICS_LIMIT, OPT_INCLUDE,
       OPT_INFO, OPT_NO_WARNINGS };

static const struct option long_opts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "dump", required_argument, NULL, OPT_DUMP },
	{ "emit-elf", required_argument, NULL, OPT_EMIT_ELF },
	{ "emit-llvm", required_argument, NULL, OPT_EMIT_LLVM },
	{ "unsafe", no_argument, NULL, OPT_UNSAFE },
	{ "summary", no_argument, NULL, OPT_SUMMARY },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
	{ "aot", required_argument, NULL, OPT_AOT },
	{ "metrics", required_argument, NULL, OPT_METRICS },
	{ "metrics-limit", required_argument, NULL, OPT_METRICS_LIMIT },
	{ "include", required_argument, NULL, OPT_INCLUDE },
	{ "info", no_argument, NULL, OPT_INFO },
	{ "no-warnings", no_argument, NULL, OPT_NO_WARNINGS },
	/* current bpftrace's long names of the short options */
	{ "cmd", required_argument, NULL, 'c' },
	{ "output", required_argument, NULL, 'o' },
	{ "pid", required_argument, NULL, 'p' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "verbose", no_argument, NULL, 'v' },
	{ NULL, 0, NULL, 0 },
};

/* What an --aot executable takes: the runtime's options only. */
static const struct option aot_long_opts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "metrics", required_argument, NULL, OPT_METRICS },
	{ "metrics-limit", required_argument, NULL, OPT_METRICS_LIMIT },
	{ "no-warnings", no_argument, NULL, OPT_NO_WARNINGS },
	{ NULL, 0, NULL, 0 },
};

/* Close f, 0 or -1 with errno set: a write that failed earlier (stdio
 * drops the buffer and keeps only the error flag) counts too. */
int close_checked(FILE *f)
{
	bool failed = ferror(f);
	int saved = errno;

	if (fclose(f) != 0)
		return -1;
	if (failed) {
		errno = saved ? saved : EIO;
		return -1;
	}
	return 0;
}

int finish_stdout(int status)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	if (errno == EPIPE)
		return status;
	report_error("cannot write the output: %s",
		     strerror(errno ? errno : EIO));
	return 1;
}

/* An option that takes a value and may be given once: a second one would
 * silently drop the first. */
static bool set_once(const char **slot, const char *opt, const char *val)
{
	if (*slot) {
		report_error("%s is given twice ('%s', then '%s'); "
			     "give it once%s", opt, *slot, val,
			     !strcmp(opt, "-e") ? " (one -e holds the whole program: probes follow "
						  "each other in it)" : "");
		return false;
	}
	*slot = val;
	return true;
}

/* The environment variables bpftrace users know, with the same meaning. */
static unsigned env_uint(const char *name, unsigned dflt, unsigned lo, unsigned hi, bool *set)
{
	const char *v = getenv(name);
	char *end;

	*set = false;
	if (!v || !*v)
		return dflt;
	unsigned long n = strtoul(v, &end, 10);
	if (*end || n < lo || n > hi) {
		/* tpscript warned already before it executed the compiler. */
		if (!getenv("TPSCRIPT_ENV_WARNED"))
			report_warning("ignoring %s=%s (it takes %u to %u)", name, v, lo, hi);
		return dflt;
	}
	*set = true;
	return (unsigned)n;
}

static const char *yes(int probe)
{
	return probe == 1 ? "yes" : probe == 0 ? "no" : "unknown (cannot probe)";
}

/* --info: what the running kernel offers, probed with libbpf's feature
 * probes (each loads and frees a tiny program or map), in bpftrace's
 * "name: yes" shape so its users find what they grep for. */
static int print_info(void)
{
	static const struct { const char *name; enum bpf_prog_type t; } progs[] = {
		{ "tracepoint", BPF_PROG_TYPE_TRACEPOINT },
		{ "raw_tracepoint", BPF_PROG_TYPE_RAW_TRACEPOINT },
		{ "perf_event", BPF_PROG_TYPE_PERF_EVENT },
		{ "kprobe", BPF_PROG_TYPE_KPROBE },
	};
	static const struct { const char *name; enum bpf_map_type t; } maps[] = {
		{ "hash", BPF_MAP_TYPE_HASH }, { "percpu_hash", BPF_MAP_TYPE_PERCPU_HASH },
		{ "array", BPF_MAP_TYPE_ARRAY }, { "percpu_array", BPF_MAP_TYPE_PERCPU_ARRAY },
		{ "stack_trace", BPF_MAP_TYPE_STACK_TRACE },
		{ "perf_event_array", BPF_MAP_TYPE_PERF_EVENT_ARRAY },
		{ "ringbuf", BPF_MAP_TYPE_RINGBUF },
	};
	static const struct { const char *name; enum bpf_func_id id; } helpers[] = {
		{ "probe_read_kernel", BPF_FUNC_probe_read_kernel },
		{ "probe_read_user", BPF_FUNC_probe_read_user },
		{ "probe_read_user_str", BPF_FUNC_probe_read_user_str },
		{ "get_current_task", BPF_FUNC_get_current_task },
		{ "get_current_cgroup_id", BPF_FUNC_get_current_cgroup_id },
		{ "get_numa_node_id", BPF_FUNC_get_numa_node_id },
		{ "get_stackid", BPF_FUNC_get_stackid },
		{ "ringbuf_reserve", BPF_FUNC_ringbuf_reserve },
		{ "send_signal", BPF_FUNC_send_signal },
		{ "for_each_map_elem", BPF_FUNC_for_each_map_elem },
		{ "get_attach_cookie", BPF_FUNC_get_attach_cookie },
	};
	struct utsname u;

	libbpf_set_print(NULL);
	if (uname(&u) == 0)
		printf("System\n  OS: %s %s %s\n  Arch: %s\n\n", u.sysname, u.release, u.version,
		       u.machine);
	printf("Build\n  version: tpscript %s\n  libbpf: %u.%u\n\n", TPSCRIPT_VERSION,
	       libbpf_major_version(), libbpf_minor_version());
	printf("Kernel\n  privileges to load programs: %s\n", geteuid() == 0 ? "root" :
	       "not root (the probes below may answer no)");
	printf("  BTF (/sys/kernel/btf/vmlinux): %s\n",
	       access("/sys/kernel/btf/vmlinux", R_OK) == 0 ? "yes" : "no");
	printf("  uprobes: %s\n",
	       access("/sys/bus/event_source/devices/uprobe/type", R_OK) == 0 ? "yes" : "no");
	printf("  tracefs: %s\n", access("/sys/kernel/tracing/events", R_OK) == 0 ||
	       access("/sys/kernel/debug/tracing/events", R_OK) == 0 ? "yes" : "no");
	printf("\nProgram types\n");
	for (size_t i = 0; i < sizeof(progs) / sizeof(progs[0]); i++)
		printf("  %s: %s\n", progs[i].name, yes(libbpf_probe_bpf_prog_type(progs[i].t, NULL)));
	printf("\nMap types\n");
	for (size_t i = 0; i < sizeof(maps) / sizeof(maps[0]); i++)
		printf("  %s: %s\n", maps[i].name, yes(libbpf_probe_bpf_map_type(maps[i].t, NULL)));
	printf("\nHelpers (in tracepoint programs)\n");
	for (size_t i = 0; i < sizeof(helpers) / sizeof(helpers[0]); i++)
		printf("  %s: %s\n", helpers[i].name,
		       yes(libbpf_probe_bpf_helper(BPF_PROG_TYPE_TRACEPOINT, helpers[i].id, NULL)));
	printf("\nFeatures\n  raw tracepoints (rawtracepoint:, fieldless actions): %s\n",
	       yes(libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_RAW_TRACEPOINT, NULL)));
	printf("  BPF cookies (usdt:, shared tracepoint programs): %s\n",
	       yes(libbpf_probe_bpf_helper(BPF_PROG_TYPE_KPROBE, BPF_FUNC_get_attach_cookie, NULL)));
	printf("  for loops over maps: %s\n",
	       yes(libbpf_probe_bpf_helper(BPF_PROG_TYPE_TRACEPOINT, BPF_FUNC_for_each_map_elem,
					   NULL)));
	return finish_stdout(0);
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int options_parse(struct options *o, int argc, char **argv, enum opt_mode mode,
		  const struct art_meta *meta)
{
	bool aot = mode == OPT_MODE_AOT;
	int c;

	memset(o, 0, sizeof(*o));
	o->use_cache = true;
	o->metrics_limit = METRICS_DEFAULT_LIMIT;
	o->params = xcalloc((size_t)argc + 1, sizeof(char *));
	o->named = xcalloc((size_t)argc + 1, sizeof(char *));
	o->idirs = xcalloc((size_t)argc + 1, sizeof(char *));
	o->includes = xcalloc((size_t)argc + 1, sizeof(char *));
	/* Before the settings below can warn. */
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--no-warnings"))
			report_set_no_warnings(true);
	/* BPFTRACE_MAX_STRLEN is current bpftrace's name of BPFTRACE_STRLEN */
	o->strlen = env_uint("BPFTRACE_STRLEN", STRLEN_DEFAULT, 1, STRLEN_MAX, &o->strlen_env);
	if (!getenv("BPFTRACE_STRLEN"))
		o->strlen = env_uint("BPFTRACE_MAX_STRLEN", STRLEN_DEFAULT, 1, STRLEN_MAX,
				     &o->strlen_env);
	o->map_keys_max = env_uint("BPFTRACE_MAP_KEYS_MAX", 4096, 1, 1u << 24, &o->map_keys_env);
	o->cat_max = env_uint("BPFTRACE_CAT_BYTES_MAX", CAT_BYTES_DEFAULT, 0, 1u << 30,
			      &o->cat_max_env);
	unsetenv("TPSCRIPT_ENV_WARNED");	/* not for the -c command */
	optind = 1;
	/* Options may come before or after the script file, as when a
	 * "#!/usr/bin/tpscript" script is run with "-c CMD". Other words are
	 * the script file (unless -e gave the program) and then its
	 * positional parameters $1, $2... */
	for (;;) {
		int before = optind;

		c = aot ? getopt_long(argc, argv, "+c:vhVp:o:f:q", aot_long_opts, NULL)
			: getopt_long(argc, argv, "+e:c:vhVlp:o:f:qI:k", long_opts, NULL);
		if (c == -1 && optind > before && !strcmp(argv[optind - 1], "--")) {
			/* After "--" every word is the script file or a
			 * parameter, even one that starts with '-' ("-- -1"). */
			while (optind < argc) {
				if (!aot && !o->prog_text && !o->file)
					o->file = argv[optind++];
				else if (!strncmp(argv[optind], "--", 2) && argv[optind][2])
					o->named[o->nnamed++] = argv[optind++] + 2;	/* getopt() */
				else
					o->params[o->nparams++] = argv[optind++];
			}
			break;
		}
		if (c == -1) {
			if (optind >= argc)
				break;
			if (!aot && !o->prog_text && !o->file)
				o->file = argv[optind++];
			else
				o->params[o->nparams++] = argv[optind++];
			continue;
		}
		switch (c) {
		case 'e':
		case 'c':
		case 'o':
		case OPT_EMIT_ELF:
		case OPT_EMIT_LLVM:
		case OPT_AOT:
			if (!set_once(c == 'e' ? &o->prog_text : c == 'c' ? &o->cmd
				      : c == 'o' ? &o->out_path : c == OPT_EMIT_ELF ? &o->emit_elf
				      : c == OPT_AOT ? &o->aot : &o->emit_llvm,
				      c == 'e' ? "-e" : c == 'c' ? "-c" : c == 'o' ? "-o"
				      : c == OPT_EMIT_ELF ? "--emit-elf" : c == OPT_AOT ? "--aot"
				      : "--emit-llvm", optarg))
				return -1;
			break;
		case 'v': o->verbose = true; break;
		case 'h':
			if (aot)
				printf(aot_usage, base_name(argv[0]), meta->name, meta->version);
			else
				fputs(usage, stdout);
			return finish_stdout(0) ? -1 : 1;
		case 'V':
			if (aot)
				printf("%s: the tpscript script %s, compiled by tpscript %s (runtime %s)\n",
				       base_name(argv[0]), meta->name, meta->version, TPSCRIPT_VERSION);
			else
				printf("tpscript %s\n%s", TPSCRIPT_VERSION, licence_note);
			return finish_stdout(0) ? -1 : 1;
		case OPT_DUMP:
			if (strcmp(optarg, "ast") && strcmp(optarg, "ir")) {
				report_error("--dump takes ast or ir, not '%s'", optarg);
				return -1;
			}
			o->dump = optarg;
			break;
		case 'q': o->quiet = true; break;
		case 'k':
			if (++o->helper_check > 2) {
				report_error("-k is given more than twice: -k warns when a map "
					     "update or delete fails, -kk also when a read does");
				return -1;
			}
			break;
		case 'I': o->idirs[o->nidirs++] = optarg; break;
		case OPT_INCLUDE: o->includes[o->nincludes++] = optarg; break;
		case 'f':
			if (strcmp(optarg, "text") && strcmp(optarg, "json")) {
				report_error("-f takes text or json, not '%s'", optarg);
				return -1;
			}
			o->json = !strcmp(optarg, "json");
			break;
		case 'p': {
			char *end;

			o->pid = strtol(optarg, &end, 10);
			if (*end || o->pid <= 0 || o->pid > 4194304) {
				report_error("-p takes a process id, not '%s'", optarg);
				return -1;
			}
			break;
		}
		case OPT_UNSAFE: o->unsafe = true; break;
		case 'l': o->list = true; break;
		case OPT_SUMMARY: o->summary = true; break;
		case OPT_DRY_RUN: o->dry_run = true; break;
		case OPT_INFO:
			return print_info() ? -1 : 1;
		case OPT_NO_CACHE: o->use_cache = false; break;
		case OPT_NO_WARNINGS: report_set_no_warnings(true); break;
		case OPT_METRICS:
			if (!set_once(&o->metrics, "--metrics", optarg) ||
			    metrics_check_address(optarg) < 0)
				return -1;
			break;
		case OPT_METRICS_LIMIT: {
			char *end;
			unsigned long n = strtoul(optarg, &end, 10);

			if (!*optarg || *end || optarg[0] == '-' || n < 1 || n > 100000000) {
				report_error("--metrics-limit takes a number of "
					     "entries (1 to 100000000), not '%s'", optarg);
				return -1;
			}
			o->metrics_limit = (unsigned)n;
			break;
		}
		default:
			fprintf(stderr, "Try '%s --help'.\n", aot ? base_name(argv[0]) : "tpscript");
			return -1;
		}
	}
	if (o->prog_text && o->file) {
		/* "-e PROG word": the word is a parameter, not a file. */
		memmove(o->params + 1, o->params, (size_t)o->nparams * sizeof(char *));
		o->params[0] = (char *)o->file;
		o->nparams++;
		o->file = NULL;
	}
	return 0;
}

void options_free(struct options *o)
{
	free(o->named);
	o->named = NULL;
	free(o->params);
	free(o->idirs);
	free(o->includes);
	o->params = NULL;
	o->idirs = o->includes = NULL;
}

bool options_need_compiler(const struct options *o)
{
	return o->list || o->dump || o->emit_elf || o->emit_llvm || o->aot || !o->use_cache ||
	       getenv("TPSCRIPT_O0");
}

void blank_shebang(char *text, size_t len)
{
	if (len < 2 || text[0] != '#' || text[1] != '!')
		return;
	for (size_t i = 0; i < len && text[i] != '\n'; i++)
		text[i] = ' ';
}

char *options_read_script(const struct options *o, struct source *src)
{
	char *text;

	memset(src, 0, sizeof(*src));
	if (o->prog_text) {
		src->name = "-e";
		text = xstrdup(o->prog_text);
		src->len = strlen(text);
	} else if (o->file) {
		src->name = o->file;
		text = read_file(strcmp(o->file, "-") ? o->file : "/dev/stdin", &src->len);
		if (!text) {
			report_error("cannot read %s: %s", src->name, strerror(errno));
			return NULL;
		}
	} else {
		fputs(usage, stderr);
		return NULL;
	}
	blank_shebang(text, src->len);
	src->text = text;

	/* #include, #define...: the text the compiler reads (and the cache
	 * is keyed by) is the preprocessed one. */
	struct pp_opts po = { .idirs = o->idirs, .nidirs = o->nidirs,
			      .includes = o->includes, .nincludes = o->nincludes };
	struct diag d;
	size_t len;
	diag_init(&d, src, stderr);
	char *pre = preprocess(src, &po, &d, &len);
	if (pre) {
		free(text);
		src->text = text = pre;
		src->len = len;
	} else if (len == (size_t)-1) {
		free(text);
		src->text = NULL;
		return NULL;
	}
	return text;
}

/* The NAME of "NAME[=VALUE]". */
static bool named_is(const char *word, const char *name)
{
	size_t n = strlen(name);

	return !strncmp(word, name, n) && (word[n] == '\0' || word[n] == '=');
}

/* getopt()'s options given after "--" (--NAME=VALUE, a bool's --NAME):
 * each one's value's text in vals (the default when not given). -1 after
 * an error, 1 after --help (the options listed), else 0. */
static int named_values(const struct options *o, const struct program *p, const char **vals)
{
	struct buf names = { 0 }, unknown = { 0 };
	int rc = 0;

	for (unsigned i = 0; i < p->nopts; i++) {
		buf_printf(&names, "%s--%s", i ? ", " : "", p->opts[i].name);
		vals[i] = p->opts[i].dflt;
	}
	for (int k = 0; k < o->nnamed; k++) {
		const char *w = o->named[k], *eq = strchr(w, '=');
		unsigned i;

		if (!strcmp(w, "help")) {
			rc = 1;
			continue;
		}
		for (i = 0; i < p->nopts && !named_is(w, p->opts[i].name); i++)
			;
		if (i == p->nopts) {
			buf_printf(&unknown, "%s--%.*s", unknown.len ? ", " : "",
				   (int)(eq ? (size_t)(eq - w) : strlen(w)), w);
			continue;
		}
		const struct prog_opt *po = &p->opts[i];
		const char *v = eq ? eq + 1 : po->kind == POPT_BOOL ? "true" : NULL;
		uint64_t n;

		if (!v) {
			report_error("program command line option --%s needs a value (--%s=%s)",
				     po->name, po->name, po->kind == POPT_INT ? "N" : "TEXT");
			rc = -1;
		} else if (po->kind == POPT_INT && !param_int(v, &n)) {
			report_error("program command line option --%s invalid integer (value: %s)",
				     po->name, v);
			rc = -1;
		} else if (po->kind == POPT_BOOL && strcasecmp(v, "true") && strcasecmp(v, "false") &&
			   strcmp(v, "1") && strcmp(v, "0")) {
			report_error("program command line option --%s invalid boolean (value: %s; "
				     "true or false)", po->name, v);
			rc = -1;
		} else if (po->kind == POPT_STR && strlen(v) >= po->size) {
			report_error("program command line option --%s: its value is longer than "
				     "the %u bytes its string holds", po->name, po->size - 1);
			rc = -1;
		} else {
			vals[i] = v;
		}
	}
	if (unknown.len) {
		report_error("unexpected program command line options: %s", unknown.data);
		if (p->nopts)
			report_hint("expected program options: %s", names.data);
		else
			report_hint("the program reads no option (getopt() names them)");
		rc = -1;
	}
	if (rc == 1) {
		if (!p->nopts)
			report_hint("the program reads no option (getopt() names them)");
		else
			report_hint("expected program options:");
		for (unsigned i = 0; i < p->nopts; i++)
			report_more("--%s%s%s", p->opts[i].name, p->opts[i].desc ? ": " : "",
				    p->opts[i].desc ? p->opts[i].desc : "");
	}
	buf_free(&names);
	buf_free(&unknown);
	return rc;
}

int options_run(const struct options *o, const struct program *p, const struct object *obj,
		const struct source *src, const bool *skip, const int *delta)
{
	FILE *out = stdout;
	struct diag d;
	int status;
	const char **vals = xcalloc(p->nopts + 1, sizeof(*vals));

	if (named_values(o, p, vals) != 0) {
		free(vals);
		return 1;
	}

	if (o->out_path && !(out = fopen(o->out_path, "w"))) {
		report_error("cannot write %s: %s", o->out_path, strerror(errno));
		free(vals);
		return 1;
	}
	if (src)
		diag_init(&d, src, stderr);
	json_set_mode(o->json);
	output_set_source(src);
	/* config max_cat_bytes, unless BPFTRACE_CAT_BYTES_MAX was set */
	output_set_cat_max(p->cat_max_set && !o->cat_max_env ? p->cat_max : o->cat_max);
	mapprint_set_strlen(p->strlen);
	struct runtime_opts ro = { .cmd = o->cmd, .out = out, .verbose = o->verbose,
				   .dry_run = o->dry_run, .diag = src ? &d : NULL, .quiet = o->quiet,
				   .pid = (int)o->pid, .skip = skip,
				   .params = o->params, .nparams = o->nparams,
				   .opt_values = vals,
				   .field_delta = delta,
				   .metrics = o->metrics, .metrics_limit = o->metrics_limit };
	status = runtime_run(p, obj, &ro);
	free(vals);
	if (out != stdout && close_checked(out) != 0 && !status) {
		report_error("cannot write %s: %s", o->out_path, strerror(errno));
		status = 1;
	}
	return status;
}
