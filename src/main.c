/* main.c - the command line, and the pipeline:
 *   parse -> check -> generate -> load, attach and run -> print. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"
#include "program/cache.h"
#include "codegen/codegen.h"
#include "front/diag.h"
#include "providers/list.h"
#include "output/output.h"
#include "runtime/runtime.h"
#include "check/sema.h"

#ifndef TPSCRIPT_VERSION
#define TPSCRIPT_VERSION "0.0.0"
#endif

static const char usage[] =
"usage: tpscript [options] -e 'PROGRAM' [ARGS...]\n"
"       tpscript [options] FILE [ARGS...]      (FILE - reads standard input)\n"
"       tpscript -l [-v | --summary] [PATTERN]\n"
"       (after --, words are FILE and ARGS even when they start with '-')\n"
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
"  -l [PATTERN]      list the tracepoints matching PATTERN (tracepoint:CAT:NAME\n"
"                    with * and ?, or a word); -lv shows each one's fields,\n"
"                    --summary the number of tracepoints in each category\n"
"  -v                show libbpf's and the verifier's logs\n"
"  --dry-run         compile and load every program (the verifier runs),\n"
"                    attach nothing, and exit\n"
"  --no-cache        compile even if this script was compiled before (the\n"
"                    cache is $XDG_CACHE_HOME/tpscript, or /var/cache/tpscript)\n"
"  --unsafe          allow system() and signal()\n"
"  --dump=ast|ir     print the syntax tree or the LLVM IR, and exit\n"
"  --emit-llvm FILE  write the optimised LLVM IR to FILE, and exit\n"
"  --emit-elf FILE   write the BPF object to FILE, and exit (bpftool prog\n"
"                    loadall accepts it)\n"
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

enum { OPT_DUMP = 256, OPT_EMIT_ELF, OPT_EMIT_LLVM, OPT_UNSAFE, OPT_SUMMARY, OPT_DRY_RUN,
       OPT_NO_CACHE };

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
	{ NULL, 0, NULL, 0 },
};

/* A "#!" first line is blanked (not removed) so line numbers stay right. */
static void blank_shebang(char *text, size_t len)
{
	if (len < 2 || text[0] != '#' || text[1] != '!')
		return;
	for (size_t i = 0; i < len && text[i] != '\n'; i++)
		text[i] = ' ';
}

/* Close f, 0 or -1 with errno set: a write that failed earlier (stdio
 * drops the buffer and keeps only the error flag) counts too. */
static int close_checked(FILE *f)
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

static int write_all(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len) {
		fprintf(stderr, "tpscript: error: cannot write %s: %s\n", path, strerror(errno));
		if (f)
			fclose(f);
		return -1;
	}
	if (close_checked(f) < 0) {
		fprintf(stderr, "tpscript: error: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* What tpscript printed on stdout outside a trace (help, version, -l,
 * --dump) reached it, or status becomes 1 with one message. A reader that
 * went away (-l | head -1) is not an error, as for a trace. */
static int finish_stdout(int status)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	if (errno == EPIPE)
		return status;
	fprintf(stderr, "tpscript: error: cannot write the output: %s\n",
		strerror(errno ? errno : EIO));
	return 1;
}

/* An option that takes a value and may be given once: a second one would
 * silently drop the first. */
static bool set_once(const char **slot, const char *opt, const char *val)
{
	if (*slot) {
		fprintf(stderr, "tpscript: error: %s is given twice ('%s', then '%s'); "
			"give it once%s\n", opt, *slot, val,
			!strcmp(opt, "-e") ? " (one -e holds the whole program: probes follow "
			"each other in it)" : "");
		return false;
	}
	*slot = val;
	return true;
}

/* The environment variables bpftrace users know, with the same meaning. */
static unsigned env_uint(const char *name, unsigned dflt, unsigned lo, unsigned hi)
{
	const char *v = getenv(name);
	char *end;

	if (!v || !*v)
		return dflt;
	unsigned long n = strtoul(v, &end, 10);
	if (*end || n < lo || n > hi) {
		fprintf(stderr, "tpscript: warning: ignoring %s=%s (it takes %u to %u)\n", name, v, lo, hi);
		return dflt;
	}
	return (unsigned)n;
}

int main(int argc, char **argv)
{
	const char *prog_text = NULL, *cmd = NULL, *dump = NULL, *emit_elf = NULL;
	const char *emit_llvm = NULL, *out_path = NULL, *format = "text";
	long trace_pid = 0;
	bool quiet = false, use_cache = true;
	const char *file = NULL;
	char **params = xcalloc((size_t)argc, sizeof(char *));
	int nparams = 0;
	bool verbose = false, unsafe = false, list = false, summary = false, dry_run = false;
	int c;

	/* Options may come before or after the script file, as when a
	 * "#!/usr/bin/tpscript" script is run with "-c CMD". Other words are
	 * the script file (unless -e gave the program) and then its
	 * positional parameters $1, $2... */
	for (;;) {
		int before = optind;

		c = getopt_long(argc, argv, "+e:c:vhVlp:o:f:q", long_opts, NULL);
		if (c == -1 && optind > before && !strcmp(argv[optind - 1], "--")) {
			/* After "--" every word is the script file or a
			 * parameter, even one that starts with '-' ("-- -1"). */
			while (optind < argc) {
				if (!prog_text && !file)
					file = argv[optind++];
				else
					params[nparams++] = argv[optind++];
			}
			break;
		}
		if (c == -1) {
			if (optind >= argc)
				break;
			if (!prog_text && !file)
				file = argv[optind++];
			else
				params[nparams++] = argv[optind++];
			continue;
		}
		switch (c) {
		case 'e':
		case 'c':
		case 'o':
		case OPT_EMIT_ELF:
		case OPT_EMIT_LLVM:
			if (!set_once(c == 'e' ? &prog_text : c == 'c' ? &cmd : c == 'o' ? &out_path
				      : c == OPT_EMIT_ELF ? &emit_elf : &emit_llvm,
				      c == 'e' ? "-e" : c == 'c' ? "-c" : c == 'o' ? "-o"
				      : c == OPT_EMIT_ELF ? "--emit-elf" : "--emit-llvm", optarg)) {
				free(params);
				return 1;
			}
			break;
		case 'v': verbose = true; break;
		case 'h':
			fputs(usage, stdout);
			free(params);
			return finish_stdout(0);
		case 'V':
			printf("tpscript %s\n%s", TPSCRIPT_VERSION, licence_note);
			free(params);
			return finish_stdout(0);
		case OPT_DUMP:
			if (strcmp(optarg, "ast") && strcmp(optarg, "ir")) {
				fprintf(stderr, "tpscript: error: --dump takes ast or ir, not '%s'\n", optarg);
				free(params);
				return 1;
			}
			dump = optarg;
			break;
		case 'q': quiet = true; break;
		case 'f':
			if (strcmp(optarg, "text") && strcmp(optarg, "json")) {
				fprintf(stderr, "tpscript: error: -f takes text or json, not '%s'\n", optarg);
				free(params);
				return 1;
			}
			format = optarg;
			break;
		case 'p': {
			char *end;

			trace_pid = strtol(optarg, &end, 10);
			if (*end || trace_pid <= 0 || trace_pid > 4194304) {
				fprintf(stderr, "tpscript: error: -p takes a process id, not '%s'\n", optarg);
				free(params);
				return 1;
			}
			break;
		}
		case OPT_UNSAFE: unsafe = true; break;
		case 'l': list = true; break;
		case OPT_SUMMARY: summary = true; break;
		case OPT_DRY_RUN: dry_run = true; break;
		case OPT_NO_CACHE: use_cache = false; break;
		default:
			fputs("Try 'tpscript --help'.\n", stderr);
			free(params);
			return 1;
		}
	}
	if (list) {
		/* A closed output (| head -1) is a write error (EPIPE), not
		 * a kill, as in a trace. */
		signal(SIGPIPE, SIG_IGN);
		int rc = nparams ? (fputs("tpscript: error: -l takes one pattern\n", stderr), 1)
			 : list_tracepoints(stdout, file, summary ? LIST_SUMMARY
						       : verbose ? LIST_FIELDS : LIST_NAMES);
		free(params);
		return finish_stdout(rc);
	}
	if (prog_text && file) {
		/* "-e PROG word": the word is a parameter, not a file. */
		memmove(params + 1, params, (size_t)nparams * sizeof(char *));
		params[0] = (char *)file;
		nparams++;
		file = NULL;
	}

	struct source src = { 0 };
	char *text = NULL;
	if (prog_text) {
		src.name = "-e";
		text = xstrdup(prog_text);
		src.len = strlen(text);
	} else if (file) {
		src.name = file;
		text = read_file(strcmp(file, "-") ? file : "/dev/stdin", &src.len);
		if (!text) {
			fprintf(stderr, "tpscript: error: cannot read %s: %s\n", src.name, strerror(errno));
			free(params);
			return 1;
		}
	} else {
		fputs(usage, stderr);
		free(params);
		return 1;
	}
	blank_shebang(text, src.len);
	src.text = text;

	struct arena arena = { 0 };
	struct diag d;
	struct ast ast;
	struct sema s = {
		.arena = &arena, .diag = &d, .params = params, .nparams = nparams,
		.unsafe = unsafe, .filter_pid = (int)trace_pid,
		.strlen = env_uint("BPFTRACE_STRLEN", 64, 1, 4096),
		.map_keys_max = env_uint("BPFTRACE_MAP_KEYS_MAX", 4096, 1, 1u << 24),
	};
	int status = 1;
	struct object *obj = NULL;	/* compiled, or from the cache */
	struct program *prog = NULL;	/* the checker's program, copied */

	diag_init(&d, &src, stderr);
	if (parse_source(&arena, &d, &ast) < 0)
		goto out;
	if (dump && !strcmp(dump, "ast")) {
		ast_dump(stdout, &ast);
		status = 0;
		goto out;
	}
	if (sema_check(&s, &ast) < 0)
		goto out;
	/* Compiled before, with the same tpscript, script, settings and
	 * formats? Then LLVM is not needed at all. */
	const struct tprog *tp = &s.tprog;
	struct cache_key key;
	bool cacheable = use_cache && !dump && !emit_llvm && !emit_elf;
	if (cacheable) {
		cache_key(tp, &src, params, nparams, &key);
		if ((obj = cache_load(&key))) {
			if (verbose)
				fprintf(stderr, "tpscript: the compiled object comes from the cache "
					"(%s)\n", cache_dir());
			goto run;
		}
	}
	FILE *ir_out = dump && !strcmp(dump, "ir") ? stdout : NULL;
	if (emit_llvm && !(ir_out = fopen(emit_llvm, "w"))) {
		fprintf(stderr, "tpscript: error: cannot write %s: %s\n", emit_llvm, strerror(errno));
		goto out;
	}
	struct codegen_opts co = {
		.dump_ir = ir_out,
		.opt_level = getenv("TPSCRIPT_O0") ? 0 : 2,
	};
	obj = codegen_emit(tp, &co, &d);
	int cg = obj ? 0 : -1;
	if (emit_llvm && cg < 0) {
		fclose(ir_out);		/* codegen said why */
	} else if (emit_llvm && close_checked(ir_out) != 0) {
		fprintf(stderr, "tpscript: error: cannot write %s: %s\n", emit_llvm, strerror(errno));
		cg = -1;
	}
	if (cg < 0)
		goto out;
	if (dump || (emit_llvm && !emit_elf)) {
		status = 0;
		goto out;
	}
	if (emit_elf) {
		status = write_all(emit_elf, obj->elf, obj->elf_size) < 0 ? 1 : 0;
		goto out;
	}
	if (cacheable) {
		cache_store(&key, obj);
		if (verbose)
			fprintf(stderr, "tpscript: compiled; kept in the cache (%s)\n",
				cache_dir() ? cache_dir() : "none");
	}
run:;
	/* The compiler's memory is not needed while tracing: the runtime gets
	 * the plain-data program, copied out of the checker's arena, and the
	 * object. */
	prog = program_copy(tp->prog);
	sema_free(&s);
	arena_free(&arena);
	FILE *out = stdout;
	if (out_path && !(out = fopen(out_path, "w"))) {
		fprintf(stderr, "tpscript: error: cannot write %s: %s\n", out_path, strerror(errno));
		goto out;
	}
	output_set_json(!strcmp(format, "json"));
	struct runtime_opts ro = { .cmd = cmd, .out = out, .verbose = verbose,
				   .dry_run = dry_run, .diag = &d, .quiet = quiet,
				   .json = !strcmp(format, "json"), .pid = (int)trace_pid };
	status = runtime_run(prog, obj, &ro);
	if (out != stdout && close_checked(out) != 0 && !status) {
		fprintf(stderr, "tpscript: error: cannot write %s: %s\n", out_path, strerror(errno));
		status = 1;
	}
out:
	if (status == 0 && dump)
		status = finish_stdout(status);
	sema_free(&s);
	arena_free(&arena);
	program_free(prog);
	object_free(obj);
	free(text);
	free(params);
	return status;
}
