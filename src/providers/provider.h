/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* provider.h - one home per probe kind, in the spirit of ply's providers.
 *
 * A provider is a const table of hooks, one for each stage that treats its
 * probes differently: the checker's expansion of a spec into instances (and
 * a pass over them all after), what an instance's context offers (args and
 * its fields), codegen's section name and -p filter, the runtime's attach,
 * and -l's listing. The stages look a kind up here (provider_find,
 * provider_of) and know no kind by name. Adding a kind is one file here and
 * one entry in providers[] (provider.c).
 *
 * The hooks' types are forward declarations only: this header includes
 * nothing of the checker, codegen or runtime. */
#ifndef TPSCRIPT_PROVIDER_H
#define TPSCRIPT_PROVIDER_H

#include <stdbool.h>
#include <stdio.h>

#include "program/program.h"

struct arena;
struct loc;
struct tp_format;
struct bpf_link;
struct bpf_object;
struct bpf_program;
struct probe;
struct probe_inst;
struct probe_spec;
struct diag;
struct tp_field;

/* What an expand or finish hook sees of the checker (check/expand.c makes
 * it): the concrete probes so far, where messages go, and nothing of the
 * checker's own state. A provider includes no header of src/check. */
struct expand_ctx {
	struct arena *arena;		/* names and copies live here */
	struct diag *diag;		/* located errors and hints */
	int filter_pid;			/* -p PID, or 0 */
	struct program *prog;		/* prog->probes[0, nprobes): the instances so far */
	struct probe_inst *insts;	/* parallel to prog->probes; add_instance may move it */
	const char *tracefs;		/* tracefs's root once need_tracefs found it */
	void *checker;			/* the checker's state, for expand_ops only */
};

/* The checker's services an expand hook uses (check/expand.c), passed in:
 * providers link without the checker (the runtime links them to attach). */
struct expand_ops {
	/* a concrete probe of p: its prog_probe and probe_inst */
	void (*add_instance)(struct expand_ctx *x, const struct probe *p, enum probe_kind kind,
			     const char *cat, const char *name, const struct tp_format *f);
	/* tracefs's root, found (or mounted) once; NULL after an error at loc */
	const char *(*need_tracefs)(struct expand_ctx *x, const struct loc *loc);
	/* the format of CAT:NAME, read once per run (see expand.c) */
	const struct tp_format *(*load_format)(struct expand_ctx *x, const char *cat,
					       const char *name, const struct loc *loc,
					       bool quiet_enoent);
};

/* What attach needs from the runtime. */
struct attach_ctx {
	/* keeps a link until the trace ends (detached then) */
	void (*add_link)(struct attach_ctx *a, struct bpf_link *l);
	/* keeps a link that is only an fd (a raw tracepoint's) until the end */
	void (*add_fd)(struct attach_ctx *a, int fd);
	/* "tpscript: error: ..." */
	void (*error)(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
	void *rt;		/* the runtime's own state */
	struct bpf_object *obj;	/* the loaded object, for a kind with more programs */
	int pid;		/* -p PID, or 0 */
	bool verbose;		/* -v: say on stderr how each probe was attached */
};

enum list_mode {
	LIST_NAMES,	/* tracepoint:CAT:NAME, one a line */
	LIST_FIELDS,	/* each with its fields (-lv) */
	LIST_SUMMARY,	/* events per category, fewest first (--summary) */
};

/* When the runtime runs a kind's programs itself (provider.run_once). */
enum provider_run {
	RUN_NEVER,	/* attached, and run by the kernel's events */
	RUN_AT_START,	/* once, before anything is attached */
	RUN_AT_END,	/* once, after everything is detached */
};

struct provider {
	const char *name;	/* as written: "tracepoint" */
	const char *alias;	/* its short form ("t"), or NULL */
	enum probe_kind kind;	/* the kind of its instances */
	const char *usage;	/* how it is written, for the unknown-probe hint */
	const char *prog_prefix;	/* its programs' names: PREFIX<index>[_NAME] */

	/* checker: one spec of probe p into instances (add_instance) */
	void (*expand)(struct expand_ctx *x, const struct probe *p, const struct probe_spec *sp,
		       const struct provider *self, const struct expand_ops *ops);
	/* checker: after every probe is expanded, over all instances; or NULL */
	void (*finish)(struct expand_ctx *x, const struct expand_ops *ops);
	/* checker and codegen: the context's field name of an instance (args.name),
	 * where it lies and how to read it; NULL: the context offers no args */
	const struct tp_field *(*field)(const struct probe_inst *in, const char *name);

	/* checker and codegen: the registers the context offers as argN (n >= 0)
	 * and retval (n < 0): the byte offset of one in the context, or -1 when
	 * this instance has no such register; NULL: a context without
	 * registers. reg_limits says which argN there are, for an error. */
	int (*reg_offset)(const struct prog_probe *pp, int n);
	const char *reg_limits;
	/* codegen: argN is copied out of the context with
	 * bpf_probe_read_kernel, not loaded: a BTF-typed context (raw
	 * tracepoints), where the verifier types a pointer's slot and refuses a
	 * load through a context pointer LLVM has offset */
	bool reg_by_helper;
	/* checker and codegen: argN is read through a spec of each site the
	 * instance is attached at (USDT; codegen/usdt.c), not a register: how
	 * many every site has, *why saying why the next one is not readable
	 * at some site (NULL if none has it); NULL for the others */
	int (*spec_args)(const struct prog_probe *pp, const char **why);
	/* checker and codegen: func, the name of the function an instance
	 * probes (a constant of the instance); NULL: func is not available */
	const char *(*func_name)(const struct prog_probe *pp);
	/* checker: why func is not available, a hint; NULL to say nothing more */
	const char *func_why;
	/* checker: the binary an instance probes, whose symbols uaddr() names;
	 * NULL (or a NULL hook): it probes none */
	const char *(*binary)(const struct prog_probe *pp);
	/* checker: the instance's address in its binary (a virtual address of
	 * the file, where the uprobe fires), from which codegen corrects
	 * uaddr() in a binary loaded anywhere. NULL: each site has its own,
	 * in its USDT spec (usdt_cookie) */
	uint64_t (*address)(const struct prog_probe *pp);
	/* codegen: the context is a user-space one: an address of unknown
	 * provenance (an integer given to str()) is user memory */
	bool user_ctx;

	/* codegen: the ELF section of an instance's program (libbpf's names) */
	const char *(*section)(const struct prog_probe *pp, struct arena *a);
	bool pid_filter;	/* -p PID: the program keeps that process's events */
	/* codegen: the section of an instance's second program, which finishes
	 * at a later event what could not be done at this one (a user string
	 * not yet in memory at a syscall's entry, read at its exit); NULL: the
	 * instance has none. The program is named PROG_NAME TP_AT_EXIT_SUFFIX,
	 * and attach attaches it too. */
	const char *(*exit_section)(const struct prog_probe *pp, struct arena *a);

	/* runtime: the kinds whose programs are run once (BPF_PROG_TEST_RUN)
	 * instead of attached: BEGIN's before the trace, END's after it */
	enum provider_run run_once;
	/* runtime: attach an instance's program; NULL for BEGIN and END,
	 * which are run once, not attached. 0, or -1 after a message. */
	int (*attach)(struct bpf_program *prog, const struct prog_probe *pp,
		      struct attach_ctx *a);

	/* -l: list this kind's probes matching pattern; NULL: none to list.
	 * The process's exit status. With found, a listing of several kinds
	 * (-l without a provider): add the number of matches to *found and
	 * leave "no match" to the caller. */
	int (*list)(FILE *out, const char *pattern, enum list_mode mode, unsigned *found);
};

/* For expand hooks: does a spec part have * or ?; the span of part i (0:
 * the first after the provider) of a one-line spec. */
bool has_wildcard(const char *p);
struct uelf;
struct loc part_loc(const struct probe_spec *sp, int i);
/* The binary a uprobe or USDT spec names (its first part), resolved and
 * read; NULL after a located error. *path is the file, to free. */
const struct uelf *probe_binary(struct expand_ctx *x, const struct probe_spec *sp, char **path);

/* Every provider, NULL-terminated, in the order the hint names them. */
extern const struct provider *const providers[];

const struct provider *provider_find(const char *name);	/* name or alias */
/* -l: the provider the pattern names (rawtracepoint:..., rt:...) lists its
 * probes matching it; CAT:NAME goes to the tracepoint provider; no pattern,
 * '*' or a bare word to the tracepoint provider and then the raw
 * tracepoint one (which a kernel without BTF leaves out). The process's
 * exit status. */
int providers_list(FILE *out, const char *pattern, enum list_mode mode);
const struct provider *provider_of(enum probe_kind kind);

extern const struct provider tracepoint_provider, rawtracepoint_provider, uprobe_provider,
	uretprobe_provider, usdt_provider, begin_provider, end_provider, interval_provider,
	profile_provider;

/* interval.c, shared with profile.c */
void timed_expand(struct expand_ctx *x, const struct probe *p, const struct probe_spec *sp,
		  const struct provider *self, const struct expand_ops *ops);
int timed_attach(struct bpf_program *prog, const struct prog_probe *pp, struct attach_ctx *a);

#endif
