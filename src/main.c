// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* main.c - tpscript-compile: the compiler, and the pipeline:
 *   parse -> check -> generate -> load, attach and run -> print.
 *
 * The small tpscript (front.c) runs cached artifacts itself and executes
 * this program when a script must be compiled, or for what only the
 * compiler does (-l, --dump, --emit-*, --aot). Run directly, it does all
 * of that too. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check/sema.h"
#include "codegen/codegen.h"
#include "codegen/reloc.h"
#include "front/ast.h"
#include "front/diag.h"
#include "front/report.h"
#include "program/artifact.h"
#include "program/cache.h"
#include "kernel/tracefs.h"
#include "providers/provider.h"
#include "runtime/driver.h"
#include "runtime/options.h"

static int write_all(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len) {
		report_error("cannot write %s: %s", path, strerror(errno));
		if (f)
			fclose(f);
		return -1;
	}
	if (close_checked(f) < 0) {
		report_error("cannot write %s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* The small runtime executable an --aot executable is a copy of: next to
 * this program (the build tree, and libexec/tpscript when installed). */
static char *runtime_path(void)
{
	char self[4096];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	const char *env = getenv("TPSCRIPT_RUNTIME");
	struct buf b = { 0 };

	if (env && *env)
		return xstrdup(env);
	if (n <= 0)
		return NULL;
	self[n] = '\0';
	char *slash = strrchr(self, '/');
	*slash = '\0';
	buf_printf(&b, "%s/tpscript-rt", self);
	return b.data;
}

/* --metrics makes a daemon, which should not keep the compiler's memory
 * (LLVM's, some 20 MiB) while it serves. Once the artifact is in the
 * cache, the small tpscript runs it as a cache hit, so we execute it with
 * the same command line. Once only (TPSCRIPT_REEXEC): if the small
 * tpscript misses all the same, it executes us again and we run the
 * program ourselves. Returns only when it did not happen. */
static bool reexecuted;	/* TPSCRIPT_REEXEC was set */

static void run_small(const struct options *o, const struct cache_key *key, char **argv)
{
	size_t len;
	char *data, *rt;

	if (!o->metrics || !o->use_cache || reexecuted ||
	    (!o->prog_text && (!o->file || !strcmp(o->file, "-"))))
		return;
	data = cache_load(key, &len);
	if (!data)
		return;
	free(data);
	rt = runtime_path();
	if (!rt)
		return;
	if (o->verbose)
		report_note("compiled; running it from the cache, without the compiler");
	fflush(NULL);
	setenv("TPSCRIPT_REEXEC", "1", 1);
	argv[0] = rt;
	execv(rt, argv);
	unsetenv("TPSCRIPT_REEXEC");
	free(rt);
}

int main(int argc, char **argv)
{
	struct options o;
	int rc;

	/* Executed by tpscript, or run directly: the process is tpscript
	 * either way (comm in BEGIN and END, ps). */
	prctl(PR_SET_NAME, "tpscript", 0, 0, 0);
	/* Not for the programs we run (-c). */
	reexecuted = getenv("TPSCRIPT_REEXEC") != NULL;
	unsetenv("TPSCRIPT_REEXEC");
	rc = options_parse(&o, argc, argv, OPT_MODE_SCRIPT, NULL);

	if (rc != 0) {
		options_free(&o);
		return rc > 0 ? 0 : 1;
	}
	if (o.list) {
		/* A closed output (| head -1) is a write error (EPIPE), not
		 * a kill, as in a trace. */
		signal(SIGPIPE, SIG_IGN);
		rc = o.nparams ? (report_error("-l takes one pattern"), 1)
			 : providers_list(stdout, o.file, o.summary ? LIST_SUMMARY
						     : o.verbose ? LIST_FIELDS : LIST_NAMES);
		options_free(&o);
		return finish_stdout(rc);
	}

	struct source src;
	char *text = options_read_script(&o, &src);
	if (!text) {
		options_free(&o);
		return 1;
	}

	struct arena arena = { 0 };
	struct diag d;
	struct ast ast;
	struct sema s = {
		.arena = &arena, .diag = &d, .params = o.params, .nparams = o.nparams,
		.unsafe = o.unsafe, .filter_pid = (int)o.pid,
		.strlen = o.strlen, .map_keys_max = o.map_keys_max,
		.env_set = (o.strlen_env ? ENV_SET_STRLEN : 0) |
			   (o.map_keys_env ? ENV_SET_MAP_KEYS : 0),
	};
	int status = 1;
	struct buf art = { 0 }, deps = { 0 };
	struct program *prog = NULL;
	struct object *obj = NULL;
	struct helper_site *sites = NULL;	/* -k, -kk: codegen's checked calls */
	unsigned nsites = 0;
	int opt_level = getenv("TPSCRIPT_O0") ? 0 : 2;

	/* Compiled before, with the same compiler, script and settings, and
	 * do the tracepoints it reads still look the same? Then neither the
	 * front end nor LLVM is needed. */
	struct cache_key key, key_fixed;
	bool cacheable = o.use_cache && !o.dump && !o.emit_llvm && !o.emit_elf && !o.aot;
	struct cache_inputs ci = {
		.name = src.name, .text = src.text, .len = src.len, .params = o.params,
		.nparams = o.nparams, .strlen = o.strlen, .map_keys_max = o.map_keys_max,
		.unsafe = o.unsafe, .helper_check = o.helper_check, .pid = (int)o.pid,
		.opt_level = opt_level,
	};
	if (cacheable) {
		build_id_self(&ci.compiler);
		cache_key(&ci, &key);
		status = driver_run_cached(&o, &ci);
		if (status != DRIVER_MISS)
			goto out;
		status = 1;
		/* What the program depends on in tracefs, for the next hit. */
		tracefs_record(&deps);
	}

	diag_init(&d, &src, stderr);
	if (parse_source(&arena, &d, &ast) < 0)
		goto out;
	if (o.dump && !strcmp(o.dump, "ast")) {
		ast_dump(stdout, &ast);
		status = 0;
		goto out;
	}
	if (sema_check(&s, &ast) < 0)
		goto out;
	const struct tprog *tp = &s.tprog;
	FILE *ir_out = o.dump && !strcmp(o.dump, "ir") ? stdout : NULL;
	if (o.emit_llvm && !(ir_out = fopen(o.emit_llvm, "w"))) {
		report_error("cannot write %s: %s", o.emit_llvm, strerror(errno));
		goto out;
	}
	struct codegen_opts co = {
		.dump_ir = ir_out,
		.opt_level = opt_level,
		.helper_check = o.helper_check,
		.sites = &sites, .nsites = &nsites,
	};
	obj = codegen_emit(tp, &co, &d);
	co.sites = NULL;	/* reloc.c's second compile has the same ones */
	int cg = obj ? 0 : -1;
	if (o.emit_llvm && cg < 0) {
		fclose(ir_out);		/* codegen said why */
	} else if (o.emit_llvm && close_checked(ir_out) != 0) {
		report_error("cannot write %s: %s", o.emit_llvm, strerror(errno));
		cg = -1;
	}
	if (cg < 0)
		goto out;
	if (o.dump || (o.emit_llvm && !o.emit_elf)) {
		status = 0;
		goto out;
	}
	if (o.emit_elf) {
		status = write_all(o.emit_elf, obj->elf, obj->elf_size) < 0 ? 1 : 0;
		goto out;
	}
	/* The compiler's memory is not needed while tracing: the runtime gets
	 * the plain-data program, copied out of the checker's arena, and the
	 * object. */
	prog = program_copy(tp->prog);
	/* -k, -kk: the call sites codegen checks, with the record layouts */
	if (nsites) {
		prog->sites = arena_alloc(prog->mem, nsites * sizeof(*sites));
		memcpy(prog->sites, sites, nsites * sizeof(*sites));
		prog->nsites = nsites;
	}
	/* An --aot executable runs where the tracepoints may be laid out
	 * differently: find where their field offsets are in the code. */
	if (o.aot && reloc_find(tp, &co, &d, obj, prog) < 0)
		report_warning("the program's tracepoint fields cannot be relocated: "
			       "it runs only where they are laid out as here");
	struct art_meta meta = {
		.version = TPSCRIPT_VERSION, .name = src.name, .text = src.text,
		.text_len = src.len, .strlen = o.strlen, .map_keys_max = o.map_keys_max,
		.unsafe = o.unsafe, .filter_pid = (int)o.pid,
		.params = (const char **)o.params, .nparams = (unsigned)o.nparams,
	};
	artifact_write(&art, prog, obj, &meta);
	if (o.aot && tp->boot_bound)
		report_warning("kaddr() compiles in this boot's kernel addresses: %s is right "
			       "only until the machine restarts", o.aot);
	if (o.aot) {
		char *rt = runtime_path();

		status = rt && driver_write_aot(o.aot, rt, art.data, art.len) == 0 ? 0 : 1;
		if (!rt)
			report_error("cannot find the runtime executable tpscript-rt");
		else if (!status && !o.quiet)
			report_note("wrote %s (%s, %zu bytes of program)", o.aot,
				    src.name, art.len);
		free(rt);
		goto out;
	}
	/* kaddr()'s addresses are this boot's: compiled again each run. */
	/* Nor a program config missing_probes left a probe out of, nor one
	 * the checker warned about: its warnings show at every run. */
	if (cacheable && !tp->boot_bound && !tp->left_out && !d.warnings) {
		cache_store(&key, art.data, art.len, deps.data, deps.len);
		/* A program whose compiler used a parameter's value or the pid
		 * is right for those only: kept under their key as well. */
		if (driver_has_fixed(prog)) {
			cache_key_fixed(&ci, prog, &key_fixed);
			cache_store(&key_fixed, art.data, art.len, deps.data, deps.len);
		}
		if (o.verbose)
			report_note("compiled; kept in the cache (%s)",
				    cache_dir() ? cache_dir() : "none");
		run_small(&o, &key, argv);
	}
	sema_free(&s);
	arena_free(&arena);
	status = options_run(&o, prog, obj, &src, NULL, NULL);
out:
	tracefs_record(NULL);
	if (status == 0 && o.dump)
		status = finish_stdout(status);
	buf_free(&art);
	free(sites);
	buf_free(&deps);
	sema_free(&s);
	arena_free(&arena);
	program_free(prog);
	object_free(obj);
	free(text);
	options_free(&o);
	return status;
}
