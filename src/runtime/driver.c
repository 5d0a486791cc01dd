// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* driver.c - running an artifact: from the compile cache (the small
 * tpscript on a hit, or the compiler), or from the end of an --aot
 * executable; and writing such an executable.
 *
 * An --aot executable is a copy of the small tpscript with the artifact
 * appended and a trailer after it:
 *
 *   [ELF of tpscript, stripped][artifact][struct aot_trailer]
 *
 * The loader maps only what the program headers name, so the appended
 * bytes are never mapped; the executable finds them by reading its own
 * last bytes through /proc/self/exe. */
#include "runtime/driver.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kernel/tracefs.h"
#include "runtime/relocate.h"
#include "front/report.h"
#include "front/util.h"

#define AOT_MAGIC "TPSAOT1"	/* 8 bytes with its NUL */

struct aot_trailer {
	uint64_t offset;	/* of the artifact in the file */
	uint64_t size;		/* of the artifact */
	char magic[8];
};

/* Run a checked artifact's program with o's runtime options. */
static int run_program(const struct options *o, const struct program *p,
		       const struct object *obj, const struct art_meta *m, const bool *skip,
		       const int *delta)
{
	struct source src = { .name = m->name ? m->name : "-", .text = m->text ? m->text : "",
			      .len = m->text_len };

	return options_run(o, p, obj, &src, skip, delta);
}

/* ---- positional parameters and -p ------------------------------------ */

enum fit {
	FIT,		/* the values fit the program */
	FIT_FIXED,	/* a value the compiler used differs */
	FIT_BAD,	/* a value does not fit its slot */
};

static const char *param_text(char *const *params, int n, unsigned i)
{
	return (int)i <= n ? params[i - 1] : "";
}

/* Do o's positional parameters and -p fit the program? What is wrong, for
 * a message, goes to why. */
static enum fit params_fit(const struct program *p, const struct art_meta *m,
			   const struct options *o, struct buf *why)
{
	if (p->pid_fixed && o->pid != m->filter_pid) {
		buf_printf(why, "-p %d is part of this program (a library of the probes was "
			   "found through that process's memory maps)", m->filter_pid);
		return FIT_FIXED;
	}
	for (unsigned i = 0; i < p->nparams; i++) {
		const struct prog_param *pp = &p->params[i];

		if (pp->kind == PARAM_UNUSED && !pp->fixed)
			continue;
		if (i == 0) {
			if (pp->fixed && (unsigned)o->nparams != m->nparams) {
				buf_printf(why, "$# (%u) is compiled into this program: the compiler "
					   "used its value at %s:%s", m->nparams, m->name ? m->name : "-",
					   pp->why ? pp->why : "?");
				return FIT_FIXED;
			}
			continue;
		}
		const char *now = param_text(o->params, o->nparams, i);
		const char *then = param_text((char *const *)m->params, (int)m->nparams, i);
		uint64_t v;

		if (pp->fixed) {
			if (strcmp(now, then)) {
				buf_printf(why, "$%u ('%s') is compiled into this program: the "
					   "compiler used its value at %s:%s (a probe's name, a "
					   "size, a bound, a format or a literal argument)", i, then,
					   m->name ? m->name : "-", pp->why ? pp->why : "?");
				return FIT_FIXED;
			}
		} else if ((pp->kind == PARAM_INT || pp->kind == PARAM_BOTH) && !param_int(now, &v)) {
			buf_printf(why, "$%u is an integer in this program, and '%s' is not one "
				   "(a script that wants text writes str($%u))", i, now, i);
			return FIT_BAD;
		} else if ((pp->kind == PARAM_STR || pp->kind == PARAM_BOTH) &&
			   strlen(now) >= pp->size) {
			buf_printf(why, "$%u takes at most %u characters in this program "
				   "(BPFTRACE_STRLEN when it was compiled), and '%s' has %zu", i,
				   pp->size - 1, now, strlen(now));
			return FIT_BAD;
		}
	}
	return FIT;
}

/* Run the entry of key k. DRIVER_MISS when there is none, or it is unusable
 * (then dropped) or stale; *fit says whether o's values fit it, and when a
 * value its compiler used differs, *next is the key of the entry for ci's
 * values. */
static int run_entry(const struct options *o, const struct cache_inputs *ci,
		     const struct cache_key *k, enum fit *fit, struct cache_key *next)
{
	struct program *p;
	struct object *obj;
	struct art_meta m;
	char err[256];
	size_t len;
	int status = DRIVER_MISS;
	char *data = cache_load(k, &len);

	*fit = FIT;
	if (!data)
		return DRIVER_MISS;
	if (artifact_read(data, len, 0, &p, &obj, &m, err, sizeof(err)) < 0) {
		/* From another tpscript, or damaged: compiled again. */
		if (o->verbose)
			report_note("the cached artifact is unusable (%s): compiling "
				    "again", err);
		cache_drop(k);
		goto out;
	}
	/* The bytes are not needed any more: the program and the object
	 * have their own. */
	free(data);
	data = NULL;
	struct buf why = { 0 };
	*fit = params_fit(p, &m, o, &why);
	if (*fit == FIT_FIXED)
		cache_key_fixed(ci, p, next);
	if (*fit != FIT) {
		if (o->verbose)
			report_note("the cached program does not take these parameters (%s)",
				    why.data);
		buf_free(&why);
		goto out_prog;
	}
	/* A new event under a wildcard, or any format file the compiler
	 * read that is not as it was: compiled again. */
	size_t dlen = 0;
	char *deps = cache_load_deps(k, &dlen);
	int changed = !deps ? -1 : tracefs_check_record(NULL, deps, dlen, err, sizeof(err));
	free(deps);
	if (changed) {
		if (o->verbose)
			report_note("the cached program was compiled against other tracepoints "
				    "or files (%s): compiling again", deps ? err : "no record of them");
		goto out_prog;
	}
	bool *skip = xcalloc(p->nprobes ? p->nprobes : 1, sizeof(bool));
	if (relocate_check(p, skip, NULL, false) == 0) {
		if (o->verbose)
			report_note("the compiled object comes from the cache (%s)",
				    cache_dir());
		status = run_program(o, p, obj, &m, skip, NULL);
	} else if (o->verbose) {
		report_note("the cached artifact does not match this kernel's "
			    "tracepoints: compiling again");
	}
	free(skip);
out_prog:
	program_free(p);
	object_free(obj);
out:
	free(data);
	return status;
}

int driver_run_cached(const struct options *o, const struct cache_inputs *ci)
{
	struct cache_key k, next;
	enum fit fit;

	cache_key(ci, &k);
	int status = run_entry(o, ci, &k, &fit, &next);
	if (status != DRIVER_MISS || fit != FIT_FIXED)
		return status;
	/* The compiler used a value of a parameter or -p's pid: such a
	 * program is also kept under a key with those values in it. */
	status = run_entry(o, ci, &next, &fit, &k);
	return fit == FIT ? status : DRIVER_MISS;
}

bool driver_has_fixed(const struct program *p)
{
	for (unsigned i = 0; i < p->nparams; i++)
		if (p->params[i].fixed)
			return true;
	return p->pid_fixed;
}

/* ---- --aot executables ----------------------------------------------- */

char *driver_aot_self(size_t *len)
{
	int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	struct aot_trailer t;
	struct stat st;
	char *data = NULL;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || st.st_size < (off_t)sizeof(t) ||
	    pread(fd, &t, sizeof(t), st.st_size - (off_t)sizeof(t)) != (ssize_t)sizeof(t))
		goto out;
	if (memcmp(t.magic, AOT_MAGIC, 8)) {
		/* No trailer. A plain tpscript ends with its section headers;
		 * bytes after them are a program whose trailer was cut off. */
		ElfW(Ehdr) eh;

		if (pread(fd, &eh, sizeof(eh), 0) == (ssize_t)sizeof(eh) && eh.e_shoff &&
		    (uint64_t)st.st_size > eh.e_shoff + (uint64_t)eh.e_shnum * eh.e_shentsize) {
			report_error("this executable carries a damaged program (bytes after "
				     "its ELF image, and no trailer): copy it again");
			exit(1);
		}
		goto out;
	}
	/* A trailer that does not add up: say so rather than ignore it (the
	 * file was cut short or damaged on its way here). */
	if (t.offset > (uint64_t)st.st_size || t.size != (uint64_t)st.st_size - sizeof(t) - t.offset) {
		report_error("this executable's program is damaged (its trailer "
			     "says %llu bytes at %llu; the file has %llu): copy it again",
			     (unsigned long long)t.size, (unsigned long long)t.offset,
			     (unsigned long long)st.st_size);
		exit(1);
	}
	data = xmalloc(t.size ? t.size : 1);
	if (pread(fd, data, t.size, (off_t)t.offset) != (ssize_t)t.size) {
		report_error("cannot read this executable's program: %s",
			     strerror(errno));
		exit(1);
	}
	*len = t.size;
out:
	close(fd);
	return data;
}

int driver_aot_main(int argc, char **argv, const char *data, size_t len)
{
	struct program *p;
	struct object *obj;
	struct art_meta m;
	struct options o;
	char err[256];
	int status = 1;

	if (artifact_read(data, len, 0, &p, &obj, &m, err, sizeof(err)) < 0) {
		report_error("%s: the program it carries cannot be used: %s",
			     argv[0], err);
		return 1;
	}
	int rc = options_parse(&o, argc, argv, OPT_MODE_AOT, &m);
	if (rc != 0) {
		status = rc > 0 ? 0 : 1;
		goto out;
	}
	/* Positional parameters and -p are load-time values, but for those
	 * the compiler used (program.h). */
	/* None given: the ones it was built with. */
	if (!o.nparams && m.nparams) {
		free(o.params);
		o.params = xcalloc(m.nparams, sizeof(char *));
		for (unsigned i = 0; i < m.nparams; i++)
			o.params[i] = (char *)m.params[i];
		o.nparams = (int)m.nparams;
	}
	if (!o.pid)
		o.pid = m.filter_pid;
	struct buf why = { 0 };
	enum fit fit = params_fit(p, &m, &o, &why);
	if (fit != FIT) {
		report_error("%s cannot take these parameters: %s", argv[0], why.data);
		if (fit == FIT_FIXED)
			report_hint("tpscript --aot OUT %s with the values wanted builds one for them",
				    m.name && strcmp(m.name, "-e") ? m.name : "-e PROGRAM");
		buf_free(&why);
		goto out;
	}
	bool *skip = xcalloc(p->nprobes ? p->nprobes : 1, sizeof(bool));
	int *delta = xcalloc(p->nfields ? p->nfields : 1, sizeof(int));
	if (relocate_check(p, skip, delta, true) == 0)
		status = run_program(&o, p, obj, &m, skip, delta);
	free(delta);
	free(skip);
out:
	options_free(&o);
	program_free(p);
	object_free(obj);
	return status;
}

int driver_write_aot(const char *out, const char *runtime, const void *art, size_t len)
{
	size_t rlen;
	char *rt = read_file(runtime, &rlen);
	struct aot_trailer t = { .size = len };
	char tmp[4200];

	if (!rt) {
		report_error("cannot read the runtime executable %s: %s",
			     runtime, strerror(errno));
		return -1;
	}
	/* The runtime executable is itself a plain tpscript front, never an
	 * --aot executable: an artifact on an artifact would be ignored. */
	if (rlen >= sizeof(t) && !memcmp(rt + rlen - 8, AOT_MAGIC, 8)) {
		report_error("%s already carries a program", runtime);
		free(rt);
		return -1;
	}
	t.offset = rlen;
	memcpy(t.magic, AOT_MAGIC, 8);
	snprintf(tmp, sizeof(tmp), "%s.%d.tmp", out, (int)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
	bool ok = fd >= 0 && write(fd, rt, rlen) == (ssize_t)rlen &&
		  write(fd, art, len) == (ssize_t)len && write(fd, &t, sizeof(t)) == (ssize_t)sizeof(t);
	if (fd >= 0 && close(fd) < 0)
		ok = false;
	if (!ok || rename(tmp, out) < 0) {
		report_error("cannot write %s: %s", out, strerror(errno));
		unlink(tmp);
		free(rt);
		return -1;
	}
	free(rt);
	return 0;
}
