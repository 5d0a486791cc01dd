// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* tpscript.c - tpscript: the small executable a user runs. It links no LLVM
 * and no checker (a compiler driver, like gcc's, with cc1 apart):
 *
 *   - an --aot executable (this program with an artifact appended) runs
 *     the program it carries;
 *   - a script compiled before runs from the compile cache: read the
 *     artifact, check the tracepoints it reads, load, attach;
 *   - anything else executes the compiler, tpscript-compile, with the same
 *     command line: it compiles, keeps the artifact in the cache, runs.
 *
 * Starting the compiler costs one exec (its static, non-PIE binary needs
 * few relocations); a cache hit never maps LLVM at all. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "front/report.h"
#include "front/util.h"
#include "program/cache.h"
#include "runtime/driver.h"
#include "runtime/options.h"

/* tpscript-compile: $TPSCRIPT_COMPILER, else next to this program (the
 * build tree), else ../libexec/tpscript/ from it (installed). */
static char *compiler_path(void)
{
	const char *env = getenv("TPSCRIPT_COMPILER");
	char self[4096];
	ssize_t n;
	struct buf b = { 0 };

	if (env && *env)
		return xstrdup(env);
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		return NULL;
	self[n] = '\0';
	*strrchr(self, '/') = '\0';
	buf_printf(&b, "%s/tpscript-compile", self);
	if (access(b.data, X_OK) == 0)
		return b.data;
	buf_free(&b);
	buf_printf(&b, "%s/../libexec/tpscript/tpscript-compile", self);
	return b.data;
}

static int exec_compiler(const char *path, char **argv)
{
	if (!path) {
		report_error("cannot find the compiler, tpscript-compile");
		return 1;
	}
	execv(path, argv);
	report_error("cannot run the compiler %s: %s", path,
		     errno == ENOENT ? "it is not installed here (an executable built with "
				       "tpscript --aot runs without it)" : strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	size_t alen;
	char *art = driver_aot_self(&alen);

	if (art) {
		int status = driver_aot_main(argc, argv, art, alen);

		free(art);
		return status;
	}

	struct options o;
	/* Executed by the compiler (its run_small()): the compiler must
	 * know, should it have to run the program after all; the programs
	 * we run must not see it. */
	bool reexecuted = getenv("TPSCRIPT_REEXEC") != NULL;
	unsetenv("TPSCRIPT_REEXEC");
	int rc = options_parse(&o, argc, argv, OPT_MODE_SCRIPT, NULL);
	char *compiler = compiler_path();
	int status;

	if (rc != 0) {
		options_free(&o);
		free(compiler);
		return rc > 0 ? 0 : 1;
	}
	/* Standard input can be read once: the compiler reads it. */
	if (options_need_compiler(&o) || (!o.prog_text && (!o.file || !strcmp(o.file, "-"))))
		goto compile;

	struct source src;
	char *text = options_read_script(&o, &src);
	if (!text) {
		status = 1;
		goto out;
	}
	struct cache_inputs ci = {
		.name = src.name, .text = src.text, .len = src.len, .params = o.params,
		.nparams = o.nparams, .strlen = o.strlen, .map_keys_max = o.map_keys_max,
		.unsafe = o.unsafe, .helper_check = o.helper_check, .pid = (int)o.pid,
		.opt_level = 2,
	};
	status = DRIVER_MISS;
	if (compiler && build_id_file(compiler, &ci.compiler) == 0)
		status = driver_run_cached(&o, &ci);
	free(text);
	if (status != DRIVER_MISS)
		goto out;
compile:
	options_free(&o);
	argv[0] = compiler;
	setenv("TPSCRIPT_ENV_WARNED", "1", 1);	/* BPFTRACE_STRLEN=0: warned once */
	if (reexecuted)
		setenv("TPSCRIPT_REEXEC", "1", 1);
	status = exec_compiler(compiler, argv);
	free(compiler);
	return status;
out:
	options_free(&o);
	free(compiler);
	return status;
}
