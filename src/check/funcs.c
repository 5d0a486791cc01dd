// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* funcs.c - the built-in functions: one table entry and one checker each.
 * Code for them is emitted by codegen.c; records they send are printed by
 * output.c. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "check/funcs.h"
#include "check/params.h"
#include "check/checker.h"
#include "check/layout.h"
#include "check/state.h"
#include "check/types.h"
#include "check/ktypes.h"
#include "kernel/uelf.h"
#include "providers/provider.h"

static void check_printf(struct sema *s, struct ctx *c, struct node *n);
static void check_print(struct sema *s, struct ctx *c, struct node *n);
static void check_str(struct sema *s, struct ctx *c, struct node *n);
static void check_exit(struct sema *s, struct ctx *c, struct node *n);
static void check_agg(struct sema *s, struct ctx *c, struct node *n);
static void check_mapfn(struct sema *s, struct ctx *c, struct node *n);
static void check_time(struct sema *s, struct ctx *c, struct node *n);
static void check_unsafe_fmt(struct sema *s, struct ctx *c, struct node *n);
static void check_signal(struct sema *s, struct ctx *c, struct node *n);
static void check_join(struct sema *s, struct ctx *c, struct node *n);
static void check_sym(struct sema *s, struct ctx *c, struct node *n);
static void check_len(struct sema *s, struct ctx *c, struct node *n);
static void check_has_key(struct sema *s, struct ctx *c, struct node *n);
static void check_strfn(struct sema *s, struct ctx *c, struct node *n);
static void check_bswap(struct sema *s, struct ctx *c, struct node *n);
static void check_buf(struct sema *s, struct ctx *c, struct node *n);
static void check_strftime(struct sema *s, struct ctx *c, struct node *n);
static void check_addrspace(struct sema *s, struct ctx *c, struct node *n);
static void check_pton(struct sema *s, struct ctx *c, struct node *n);
static void check_uaddr(struct sema *s, struct ctx *c, struct node *n);
static void check_kaddr(struct sema *s, struct ctx *c, struct node *n);
static void check_strerror(struct sema *s, struct ctx *c, struct node *n);
static void check_strlen(struct sema *s, struct ctx *c, struct node *n);
static void check_errorf(struct sema *s, struct ctx *c, struct node *n);
static void check_nsecs(struct sema *s, struct ctx *c, struct node *n);
static void check_getopt(struct sema *s, struct ctx *c, struct node *n);

static const struct func funcs[] = {
	{ "printf", F_PRINTF, 1, FMT_ARGS_MAX, "printf(\"format\", args...)", check_printf },
	{ "errorf", F_ERRORF, 1, FMT_ARGS_MAX, "errorf(\"format\", args...)", check_errorf },
	{ "warnf", F_WARNF, 1, FMT_ARGS_MAX, "warnf(\"format\", args...)", check_errorf },
	{ "nsecs", F_NSECS, 0, 1, "nsecs([monotonic|boot|tai|sw_tai])", check_nsecs },
	{ "print", F_PRINT, 1, 3, "print(value), print(@map [, top [, divisor]])", check_print },
	{ "str", F_STR, 1, 2, "str(pointer [, length])", check_str },
	{ "exit", F_EXIT, 0, 1, "exit([status])", check_exit },
	{ "count", F_COUNT, 0, 0, "@map[keys] = count()", check_agg },
	{ "sum", F_SUM, 1, 1, "@map[keys] = sum(integer)", check_agg },
	{ "avg", F_AVG, 1, 1, "@map[keys] = avg(integer)", check_agg },
	{ "min", F_MIN, 1, 1, "@map[keys] = min(integer)", check_agg },
	{ "max", F_MAX, 1, 1, "@map[keys] = max(integer)", check_agg },
	{ "stats", F_STATS, 1, 1, "@map[keys] = stats(integer)", check_agg },
	{ "hist", F_HIST, 1, 1, "@map[keys] = hist(integer)", check_agg },
	{ "lhist", F_LHIST, 4, 4, "@map[keys] = lhist(integer, min, max, step)", check_agg },
	{ "delete", F_DELETE, 1, 2, "delete(@map[keys]) or delete(@map, key)", check_mapfn },
	{ "clear", F_CLEAR, 1, 1, "clear(@map)", check_mapfn },
	{ "zero", F_ZERO, 1, 1, "zero(@map)", check_mapfn },
	{ "time", F_TIME, 0, 1, "time([\"strftime format\"])", check_time },
	{ "system", F_SYSTEM, 1, FMT_ARGS_MAX, "system(\"command format\", args...)", check_unsafe_fmt },
	{ "cat", F_CAT, 1, FMT_ARGS_MAX, "cat(\"file name format\", args...)", check_unsafe_fmt },
	{ "signal", F_SIGNAL, 1, 1, "signal(\"SIGKILL\") or signal(9)", check_signal },
	{ "join", F_JOIN, 1, 2, "join(argv [, \"separator\"])", check_join },
	{ "ksym", F_KSYM, 1, 1, "ksym(kernel address)", check_sym },
	{ "kstack", F_KSTACK, 0, 1, "kstack or kstack(frames)", check_sym },
	{ "ustack", F_USTACK, 0, 1, "ustack or ustack(frames)", check_sym },
	{ "len", F_LEN, 1, 1, "len(@map)", check_len },
	{ "has_key", F_HAS_KEY, 2, 64, "has_key(@map, key...)", check_has_key },
	{ "strcontains", F_STRCONTAINS, 2, 2, "strcontains(haystack, needle)", check_strfn },
	{ "strncmp", F_STRNCMP, 3, 3, "strncmp(a, b, n)", check_strfn },
	{ "bswap", F_BSWAP, 1, 1, "bswap(integer)", check_bswap },
	{ "ntop", F_NTOP, 1, 2, "ntop([af,] address)", check_sym },
	{ "buf", F_BUF, 1, 2, "buf(pointer, length) or buf(args.array)", check_buf },
	{ "strftime", F_STRFTIME, 2, 2, "strftime(\"strftime format\", nsecs)", check_strftime },
	{ "kptr", F_KPTR, 1, 1, "kptr(address)", check_addrspace },
	{ "uptr", F_UPTR, 1, 1, "uptr(address)", check_addrspace },
	{ "pton", F_PTON, 1, 1, "pton(\"1.2.3.4\") or pton(\"::1\")", check_pton },
	{ "usym", F_USYM, 1, 1, "usym(user address)", check_sym },
	{ "uaddr", F_UADDR, 1, 1, "uaddr(\"symbol\")", check_uaddr },
	{ "kaddr", F_KADDR, 1, 1, "kaddr(\"kernel symbol\")", check_kaddr },
	{ "strerror", F_STRERROR, 1, 1, "strerror(errno value)", check_strerror },
	{ "signal_name", F_SIGNAL_NAME, 1, 1, "signal_name(signal number)", check_strerror },
	{ "strlen", F_STRLEN, 1, 1, "strlen(string)", check_strlen },
	{ "getopt", F_GETOPT, 1, 3, "getopt(\"name\" [, default [, \"description\"]])",
	  check_getopt },
};

#define NFUNCS (sizeof(funcs) / sizeof(funcs[0]))

const char *const func_names[] = {
	"printf", "print", "str", "exit", "count", "sum", "avg", "min", "max",
	"stats", "hist", "lhist", "delete", "clear", "zero", "time", "system",
	"cat", "signal", "join", "ksym", "kstack", "ustack", "ntop", "len", "has_key",
	"strcontains", "strncmp", "bswap", "buf", "strftime", "kptr", "uptr", "pton", "usym",
	"uaddr", "kaddr", "strerror", "signal_name", "strlen", "getopt", NULL,
};

const struct func *func_find(const char *name)
{
	for (size_t i = 0; i < NFUNCS; i++)
		if (!strcmp(funcs[i].name, name))
			return &funcs[i];
	return NULL;
}

/* bpftrace's functions that tpscript does not have (yet), and why. */
static const struct {
	const char *name, *why;
} missing_funcs[] = {
	{ "reg", NULL }, { "macaddr", NULL },
	{ "cgroupid", NULL }, { "override", NULL }, { "path", NULL },
	{ "str_contains", NULL },
	{ "skboutput", NULL }, { "debugf", NULL },
};

void unknown_function(struct sema *s, const struct node *n)
{
	for (size_t i = 0; i < sizeof(missing_funcs) / sizeof(missing_funcs[0]); i++) {
		if (strcmp(missing_funcs[i].name, n->call.name))
			continue;
		diag_error(s->diag, &n->loc, "'%s' is a bpftrace function that tpscript does "
			   "not have%s%s", n->call.name, missing_funcs[i].why ? ": " : "",
			   missing_funcs[i].why ? missing_funcs[i].why : "");
		diag_hint(s->diag, "docs/reference.md lists the differences from bpftrace");
		return;
	}
	diag_error(s->diag, &n->loc, "unknown function '%s'", n->call.name);
	diag_suggest(s->diag, (char **)func_names, "", n->call.name);
}

/* ---- printing ------------------------------------------------------- */

/* printf(), system() and cat(): a literal format and its arguments,
 * checked against each other; the record carries the arguments. */
static void check_format_call(struct sema *s, struct ctx *c, struct node *n,
			      enum rec_type type)
{
	struct node *f = n->call.args;
	char err[256];
	size_t off;

	if (!lit_is(s, f, N_STR)) {
		diag_error(s->diag, &f->loc, "%s's first argument must be a string literal (the format)",
			   n->call.name);
		return;
	}
	f->type = ty_str((unsigned)f->str.len + 1);
	unsigned id = add_record(s, type);
	struct rec_desc *r = &s->prog.recs[id];
	n->call.rec_id = (int)id;
	r->fmt = f->str.s;
	if (fmt_parse(f->str.s, &r->parsed, &off, err, sizeof(err)) < 0) {
		struct loc l = f->loc;

		/* Point into the literal when it is on one line. */
		if (l.first_line == l.last_line && (size_t)l.first_column + 1 + off <= (size_t)l.last_column) {
			l.first_column += 1 + (int)off;
			l.last_column = l.first_column;
		}
		diag_error(s->diag, &l, "invalid printf format: %s", err);
		return;
	}
	unsigned want = (unsigned)r->parsed.nconvs, got = (unsigned)n->call.nargs - 1;
	if (want != got) {
		diag_error(s->diag, &n->loc, "%s format has %u conversion%s but %u argument%s follow%s",
			   n->call.name, want, want == 1 ? "" : "s", got, got == 1 ? "" : "s",
			   got == 1 ? "s" : "");
		return;
	}
	unsigned i = 0;
	bool ok = true;
	for (struct node *a = f->next; a; a = a->next, i++) {
		const struct conv *cv = &r->parsed.convs[i];
		int len = (int)(cv->end - cv->start);
		const char *spec = r->fmt + cv->start;

		if (a->type.kind == TY_NONE) {
			ok = false;
			continue;	/* already reported */
		}
		switch (cv->arg) {
		case CONV_STR:
			if (a->type.kind != TY_STR && a->type.kind != TY_KSYM &&
			    a->type.kind != TY_KSTACK && a->type.kind != TY_INET &&
			    a->type.kind != TY_TIME && a->type.kind != TY_USYM &&
			    a->type.kind != TY_NAMED && !(a->type.kind == TY_INT && a->type.fmt)) {
				diag_error(s->diag, &a->loc, "'%.*s' wants a string, but this is %s",
					   len, spec, a_type(&a->type));
				if (a->type.kind == TY_PTR)
					diag_hint(s->diag, "read the string it points to with str()");
				ok = false;
			}
			break;
		case CONV_BUF:
			if (a->type.kind != TY_BUF) {
				diag_error(s->diag, &a->loc, "'%.*s' wants a buffer from buf(), but this "
					   "is %s", len, spec, a_type(&a->type));
				ok = false;
			}
			break;
		case CONV_INT:
		case CONV_PTR:
			if (!is_intlike(&a->type)) {
				diag_error(s->diag, &a->loc, "'%.*s' wants an integer, but this is %s",
					   len, spec, a_type(&a->type));
				ok = false;
			}
			break;
		}
	}
	if (ok)
		layout_args(s, r, f->next);
	n->type.kind = TY_VOID;
}

static void check_printf(struct sema *s, struct ctx *c, struct node *n)
{
	check_format_call(s, c, n, REC_PRINTF);
}

/* errorf(), warnf(): printf's format and arguments, printed on standard
 * error as a located message of the call: "-e:1:9: error: TEXT". The
 * trace goes on. */
static void check_errorf(struct sema *s, struct ctx *c, struct node *n)
{
	bool err = n->call.fn->id == F_ERRORF;
	int before = s->diag->errors;

	check_format_call(s, c, n, err ? REC_ERRORF : REC_WARNF);
	if (s->diag->errors > before || n->call.rec_id < 0)
		return;
	struct rec_desc *r = &s->prog.recs[n->call.rec_id];
	struct buf b = { 0 };
	const char *name = s->diag->src && s->diag->src->name ? s->diag->src->name : "-e";
	char off_msg[128];
	size_t off;

	for (const char *p = name; *p; p++)	/* the format's own '%' only */
		buf_append(&b, p, *p == '%' ? (buf_append(&b, "%", 1), 1) : 1);
	buf_printf(&b, ":%d:%d: %s: %s", n->loc.first_line, n->loc.first_column,
		   err ? "error" : "warning", r->fmt);
	if (!b.len || b.data[b.len - 1] != '\n')
		buf_append(&b, "\n", 1);
	/* The same conversions, after a prefix of plain text and "%%" */
	struct fmt parsed;

	if (fmt_parse(b.data, &parsed, &off, off_msg, sizeof(off_msg)) == 0) {
		r->fmt = arena_strdup(s->arena, b.data);
		fmt_free(&r->parsed);
		r->parsed = parsed;
	}
	buf_free(&b);
}

/* nsecs(), nsecs(monotonic): nsecs; nsecs(boot): CLOCK_BOOTTIME;
 * nsecs(tai), nsecs(sw_tai): CLOCK_TAI (the kernel's helper for both). */
static void check_nsecs(struct sema *s, struct ctx *c, struct node *n)
{
	static const struct { const char *name; int clock; } clocks[] = {
		{ "monotonic", NSECS_MONOTONIC }, { "boot", NSECS_BOOT },
		{ "tai", NSECS_TAI }, { "sw_tai", NSECS_TAI },
	};
	struct node *a = n->call.args;

	(void)c;
	n->type = ty_int(8, false);
	n->call.clock = NSECS_MONOTONIC;
	if (!a)
		return;
	for (size_t i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++)
		if (a->kind == N_IDENT && !strcmp(a->id.name, clocks[i].name)) {
			n->call.clock = clocks[i].clock;
			return;
		}
	diag_error(s->diag, &a->loc, "nsecs() takes a clock: monotonic, boot, tai or sw_tai");
	n->type.kind = TY_NONE;
}

static bool require_unsafe(struct sema *s, struct node *n)
{
	if (s->unsafe)
		return true;
	diag_error(s->diag, &n->loc, "%s() acts outside the trace and needs --unsafe", n->call.name);
	diag_hint(s->diag, "run with --unsafe if you mean it");
	return false;
}

/* system() runs a command: --unsafe. cat() only reads a file when its
 * record prints, as bpftrace's does, and needs nothing. */
static void check_unsafe_fmt(struct sema *s, struct ctx *c, struct node *n)
{
	if (n->call.fn->id == F_SYSTEM && !require_unsafe(s, n))
		return;
	check_format_call(s, c, n, n->call.fn->id == F_SYSTEM ? REC_SYSTEM : REC_CAT);
}

static const struct {
	const char *name;
	int num;
} signals[] = {
	{ "HUP", 1 }, { "INT", 2 }, { "QUIT", 3 }, { "ILL", 4 }, { "TRAP", 5 },
	{ "ABRT", 6 }, { "BUS", 7 }, { "FPE", 8 }, { "KILL", 9 }, { "USR1", 10 },
	{ "SEGV", 11 }, { "USR2", 12 }, { "PIPE", 13 }, { "ALRM", 14 }, { "TERM", 15 },
	{ "STKFLT", 16 }, { "CHLD", 17 }, { "CONT", 18 }, { "STOP", 19 }, { "TSTP", 20 },
	{ "TTIN", 21 }, { "TTOU", 22 }, { "URG", 23 }, { "XCPU", 24 }, { "XFSZ", 25 },
	{ "VTALRM", 26 }, { "PROF", 27 }, { "WINCH", 28 }, { "IO", 29 }, { "PWR", 30 },
	{ "SYS", 31 },
};

/* signal("SIGKILL"), signal("KILL") or signal(9): the number is resolved
 * here; the kernel sends it to the current task. */
static void check_signal(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;
	int num = -1;

	if (!require_unsafe(s, n))
		return;
	if (lit_is(s, a, N_STR)) {
		const char *name = a->str.s;

		if (!strncmp(name, "SIG", 3))
			name += 3;
		for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
			if (!strcmp(signals[i].name, name))
				num = signals[i].num;
	} else if (lit_is(s, a, N_INT) && a->num >= 1 && a->num <= 64) {
		num = (int)a->num;
	} else if (a->type.kind != TY_NONE) {
		diag_error(s->diag, &a->loc, "signal() takes a signal name or number literal");
		return;
	}
	if (num < 0) {
		diag_error(s->diag, &a->loc, "unknown signal %s", a->kind == N_STR ? a->str.s : "");
		return;
	}
	a->kind = N_INT;
	a->num = (uint64_t)num;
	a->type = ty_int(8, true);
	n->type.kind = TY_VOID;
}

/* join(argv [, sep]): argv is a user array of string pointers, such as
 * sys_enter_execve's; printed with sep (default " ") and a newline. */
static void check_join(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args, *sep = a->next;

	if (a->type.kind != TY_NONE && !is_intlike(&a->type)) {
		diag_error(s->diag, &a->loc, "join() takes an array of string pointers, not %s",
			   a_type(&a->type));
		return;
	}
	if (sep && !lit_is(s, sep, N_STR)) {
		diag_error(s->diag, &sep->loc, "join()'s separator must be a string literal");
		return;
	}
	unsigned id = add_record(s, REC_JOIN);
	struct rec_desc *r = &s->prog.recs[id];
	n->call.rec_id = (int)id;
	r->fmt = sep ? sep->str.s : " ";
	r->args = arena_alloc(s->arena, sizeof(*r->args));
	r->nargs = 1;
	r->args[0] = (struct rec_arg){ .kind = RA_STR, .offset = sizeof(struct rec_hdr),
				       .size = JOIN_MAX * s->strlen };
	r->size = sizeof(struct rec_hdr) + ((JOIN_MAX * s->strlen + 7) & ~7u);
	n->type.kind = TY_VOID;
}

static void check_print(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	/* print(@map [, top [, div]]): the whole map, printed by user space. */
	if (a->kind == N_MAP && !a->map.keys) {
		struct map_info *mi = map_lookup(s, a->map.name);

		if (!mi && !s->discovering) {
			diag_error(s->diag, &a->loc, "map @%s is never assigned", a->map.name);
			return;
		}
		for (struct node *x = a->next; x; x = x->next) {
			c->check_expr(s, c, x);
			if (!lit_is(s, x, N_INT)) {
				diag_error(s->diag, &x->loc, "print()'s top and divisor must be integer literals");
				return;
			}
		}
		unsigned id = add_record(s, REC_MAP_PRINT);
		struct rec_desc *r = &s->prog.recs[id];
		n->call.rec_id = (int)id;
		/* map id, top and divisor travel in the descriptor: they are
		 * constants. */
		r->nargs = 0;
		rec_set_map(s, id, mi);
		r->top = a->next ? a->next->num : 0;
		r->div = a->next && a->next->next ? a->next->next->num : 0;
		n->type.kind = TY_VOID;
		return;
	}
	if (n->call.nargs > 1) {
		diag_error(s->diag, &n->loc, "print() of a value takes one argument");
		return;
	}
	c->check_expr(s, c, a);
	if (!is_value(&a->type) && a->type.kind != TY_ARGS && a->type.kind != TY_ARRAY &&
	    a->type.kind != TY_BUF && a->type.kind != TY_TIME && a->type.kind != TY_KOBJ) {
		if (a->type.kind != TY_NONE)
			diag_error(s->diag, &a->loc, "print() cannot print %s", a_type(&a->type));
		return;
	}
	unsigned id = add_record(s, REC_PRINT);
	n->call.rec_id = (int)id;
	layout_args(s, &s->prog.recs[id], a);
	n->type.kind = TY_VOID;
}

/* exit([status]): the trace ends; tpscript exits with status (0). */
static void check_exit(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	if (a && a->type.kind != TY_NONE && !is_intlike(&a->type)) {
		diag_error(s->diag, &a->loc, "exit() takes an exit status, an integer; this is %s",
			   a_type(&a->type));
		return;
	}
	unsigned id = add_record(s, REC_EXIT);
	n->call.rec_id = (int)id;
	if (a)
		layout_args(s, &s->prog.recs[id], a);
	n->type.kind = TY_VOID;
}

/* has_key(@m, k...): whether the map has the key (a map of one key, or
 * the parts of a key of several). */
static void check_has_key(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *m = n->call.args;

	if (m->kind != N_MAP || m->map.keys) {
		diag_error(s->diag, &m->loc, "has_key() takes a map and a key, like has_key(@m, k)");
		return;
	}
	if (!map_lookup(s, m->map.name)) {
		if (!s->discovering)
			diag_error(s->diag, &m->loc, "map @%s is never assigned", m->map.name);
		return;
	}
	m->map.keys = m->next;	/* has_key(@m, k) looks @m[k] up */
	m->next = NULL;
	n->call.nargs = 1;
	c->check_expr(s, c, m);
	if (m->type.kind == TY_NONE)
		return;
	n->type = ty_int(8, false);
	n->type.is_bool = true;
}

/* strcontains(haystack, needle), strncmp(a, b, n): strings compared in
 * the kernel. strncmp's n is a literal: 0 when the first n bytes (up to
 * a NUL) are equal, else 1. */
static void check_strfn(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args, *b = a->next;

	for (struct node *x = a; x && x != b->next; x = x->next) {
		if (x->type.kind == TY_NONE)
			return;
		if (x->type.kind != TY_STR) {
			diag_error(s->diag, &x->loc, "%s() compares strings; this is %s",
				   n->call.name, a_type(&x->type));
			if (x->type.kind == TY_PTR)
				diag_hint(s->diag, "read the string it points to with str()");
			return;
		}
	}
	if (n->call.fn->id == F_STRNCMP) {
		if (!lit_is(s, b->next, N_INT)) {
			diag_error(s->diag, &b->next->loc, "strncmp()'s length must be an integer literal");
			return;
		}
		n->type = ty_int(8, false);
		return;
	}
	n->type = ty_int(8, false);
	n->type.is_bool = true;
}

/* bswap(x): x's bytes in the other order, in x's own width. */
static void check_bswap(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	if (a->type.kind == TY_NONE)
		return;
	if (!is_intlike(&a->type)) {
		diag_error(s->diag, &a->loc, "bswap() takes an integer, not %s", a_type(&a->type));
		return;
	}
	n->type = a->type.kind == TY_INT ? ty_int(a->type.size, false) : ty_int(8, false);
}

/* kptr(p), uptr(p): the same address, said to be in kernel or in user
 * memory (str(), members and * then read it with that helper). */
static void check_addrspace(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	(void)c;
	if (a->type.kind == TY_NONE)
		return;
	if (!is_intlike(&a->type)) {
		diag_error(s->diag, &a->loc, "%s() takes an address, not %s", n->call.name,
			   a_type(&a->type));
		return;
	}
	n->type = a->type;
	if (n->type.kind == TY_INT)
		n->type = (struct type){ .kind = TY_PTR, .size = 8 };
	n->type.user = n->call.fn->id == F_UPTR;
}

/* pton("address"): the address's bytes, known when compiling. An IPv4
 * address is its four bytes as they lie in memory, read as a 32-bit
 * integer: what ntop() takes, and (uint32)pton("127.0.0.1") is 0x100007f.
 * An IPv6 address is an ntop() value of its own (family AF_INET6), which
 * ntop() and printf's %s print. */
static void check_pton(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;
	unsigned char b[16];

	(void)c;
	if (a->kind != N_STR) {
		diag_error(s->diag, &a->loc, "pton() takes a string literal: an IPv4 or IPv6 address");
		return;
	}
	if (inet_pton(AF_INET, a->str.s, b) == 1) {
		uint32_t v;

		memcpy(&v, b, 4);
		n->kind = N_INT;
		n->num = v;
		n->type = ty_int(4, false);
		return;
	}
	if (inet_pton(AF_INET6, a->str.s, b) != 1) {
		diag_error(s->diag, &a->loc, "'%s' is neither an IPv4 nor an IPv6 address", a->str.s);
		return;
	}
	n->type.kind = TY_INET;
	n->type.size = sizeof(struct tp_inet);
}

/* buf(p, n): n bytes at p (at most STRLEN of them), buf(args.array [, n]):
 * a fixed array field's bytes (its first n), or buf(s, n): a string's
 * first n bytes, zeros past its buffer. A value: printed by %r and print(),
 * hex-escaped; kept in variables, maps and tuples. */
static void check_buf(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *p = n->call.args, *len = p->next;
	unsigned cap = s->strlen;

	if (p->type.kind == TY_NONE || (len && len->type.kind == TY_NONE))
		return;
	if (p->type.kind == TY_ARRAY && p->type.nelems) {
		if (len && !lit_is(s, len, N_INT)) {
			diag_error(s->diag, &len->loc, "buf() of an array takes a literal length");
			return;
		}
		cap = p->type.size < cap ? p->type.size : cap;
		if (len && len->num < cap)
			cap = (unsigned)len->num;
	} else if (!len) {
		diag_error(s->diag, &n->loc, "buf() of %s needs a length: buf(p, n)",
			   a_type(&p->type));
		return;
	} else if (!is_intlike(&p->type) && p->type.kind != TY_STR) {
		diag_error(s->diag, &p->loc, "buf() reads at an address, not %s", a_type(&p->type));
		return;
	} else if (!is_intlike(&len->type)) {
		diag_error(s->diag, &len->loc, "buf()'s length must be an integer, not %s",
			   a_type(&len->type));
		return;
	} else if (lit_is(s, len, N_INT) && len->num < cap) {
		cap = (unsigned)len->num;
	} else if (len->kind != N_INT && p->type.kind == TY_STR && p->type.size < cap) {
		cap = p->type.size;
	}
	n->type.kind = TY_BUF;
	n->type.size = 8 + cap;
}

/* strftime(fmt, ns): the wall-clock time of ns (a time of nsecs' clock),
 * formatted by user space with strftime(3) and bpftrace's %f. */
static void check_strftime(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *f = n->call.args, *ns = f->next;

	if (!lit_is(s, f, N_STR)) {
		diag_error(s->diag, &f->loc, "strftime()'s format must be a string literal");
		return;
	}
	if (ns->type.kind == TY_NONE)
		return;
	if (!is_intlike(&ns->type)) {
		diag_error(s->diag, &ns->loc, "strftime() takes a time in nanoseconds, like nsecs, "
			   "not %s", a_type(&ns->type));
		return;
	}
	n->type.kind = TY_TIME;
	n->type.size = 8;
	n->type.fmt = f->str.s;
}

static void check_time(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *f = n->call.args;
	unsigned id;

	if (f && !lit_is(s, f, N_STR)) {
		diag_error(s->diag, &f->loc, "time()'s argument must be a string literal (a strftime format)");
		return;
	}
	id = add_record(s, REC_TIME);
	n->call.rec_id = (int)id;
	/* bpftrace's default prints the time of day and a newline. */
	s->prog.recs[id].fmt = f ? f->str.s : "%H:%M:%S\n";
	n->type.kind = TY_VOID;
}

/* ---- strings -------------------------------------------------------- */

static void check_str(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;
	unsigned size = s->strlen;

	if (a->type.kind == TY_STR) {
		size = a->type.size;
	} else if (!is_intlike(&a->type)) {
		if (a->type.kind != TY_NONE)
			diag_error(s->diag, &a->loc, "str() reads a string from an address, but this is %s",
				   a_type(&a->type));
		return;
	}
	if (a->next) {
		struct node *len = a->next;

		if (!lit_is(s, len, N_INT) || len->num == 0) {
			diag_error(s->diag, &len->loc, "str()'s length must be a positive integer literal");
			return;
		}
		if (len->num < size - 1)	/* no wrap: len->num may be UINT64_MAX */
			size = (unsigned)len->num + 1;
	}
	if (a->kind == N_STR && a->param) {
		/* str($1), str($1, N): the parameter, read from tp_ro at load
		 * time, cut to N characters when copied. Its text here is cut
		 * too, for what takes it as a literal (kaddr(), printf's
		 * format, time()). */
		unsigned cut = size < a->type.size ? size : a->type.size;

		n->kind = N_STR;
		n->param = a->param;
		n->str = a->str;
		if (n->str.len > cut - 1) {
			n->str.len = cut - 1;
			n->str.s = arena_strndup(s->arena, a->str.s, n->str.len);
		}
		n->type = ty_str(cut);
		return;
	}
	if (a->kind == N_STR) {
		/* str("literal"): the literal itself, so comparisons with it
		 * compile to constant byte compares. */
		size_t len = a->str.len < size - 1 ? a->str.len : size - 1;

		n->kind = N_STR;
		n->str.s = a->str.s;
		n->str.len = len;
		n->type = ty_str((unsigned)len + 1);
		return;
	}
	n->type = ty_str(size);
}

/* ---- aggregations and map functions --------------------------------- */

/* count(), sum(x)...: checked here for their arguments; where they may
 * appear (the value of a map assignment) is checked by the assignment. */
static void check_agg(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	if (a && a->type.kind != TY_NONE && !is_intlike(&a->type)) {
		diag_error(s->diag, &a->loc, "%s() takes an integer, not %s", n->call.name,
			   a_type(&a->type));
		return;
	}
	if (n->call.fn->id == F_LHIST) {
		struct node *mn = a->next, *mx = mn->next, *st = mx->next;

		for (struct node *k = mn; k; k = k->next) {
			if (!lit_is(s, k, N_INT) && !(k->kind == N_UNOP && k->un.op == OP_NEG &&
						  lit_is(s, k->un.e, N_INT))) {
				diag_error(s->diag, &k->loc, "lhist()'s min, max and step must be integer literals");
				return;
			}
		}
		/* Negated in unsigned arithmetic: -INT64_MIN must not be UB. */
		int64_t vmin = (int64_t)(mn->kind == N_INT ? mn->num : 0 - mn->un.e->num);
		int64_t vmax = (int64_t)(mx->kind == N_INT ? mx->num : 0 - mx->un.e->num);
		int64_t vst = (int64_t)(st->kind == N_INT ? st->num : 0 - st->un.e->num);
		if (vst <= 0 || vmax <= vmin) {
			diag_error(s->diag, &n->loc, "lhist() needs min < max and a positive step");
			return;
		}
		uint64_t span = (uint64_t)vmax - (uint64_t)vmin;	/* fits: vmax > vmin */
		if (span / (uint64_t)vst > 1000) {
			diag_error(s->diag, &n->loc, "lhist() would have %llu buckets; at most 1000",
				   (unsigned long long)(span / (uint64_t)vst));
			return;
		}
	}
	n->type.kind = TY_AGG;
}

/* The map a clear(), zero() or len() names, written without keys; NULL
 * after saying what is wrong. */
static struct map_info *whole_map(struct sema *s, const struct node *call, const struct node *m)
{
	if (m->map.keys || m->next) {
		diag_error(s->diag, &m->loc, "%s() takes a whole map, without keys", call->call.name);
		return NULL;
	}
	struct map_info *mi = map_lookup(s, m->map.name);
	if (!mi && !s->discovering)
		diag_error(s->diag, &m->loc, "map @%s is never assigned", m->map.name);
	return mi;
}

/* delete(@m[k]), delete(@m, k), clear(@m), zero(@m). */
static void check_mapfn(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *m = n->call.args;
	enum func_id id = n->call.fn->id;

	if (m->kind != N_MAP) {
		diag_error(s->diag, &m->loc, "%s() takes a map, like %s", n->call.name,
			   n->call.fn->usage);
		return;
	}
	if (id == F_DELETE) {
		if (m->next) {
			if (m->map.keys) {
				diag_error(s->diag, &n->loc, "delete() takes @map[key] or @map, key - not both");
				return;
			}
			m->map.keys = m->next;	/* delete(@m, k) is delete(@m[k]) */
			m->next = NULL;
			n->call.nargs = 1;
		}
		struct map_info *mi = map_lookup(s, m->map.name);
		if (!mi) {
			if (!s->discovering)
				diag_error(s->diag, &m->loc, "map @%s is never assigned", m->map.name);
			return;
		}
		/* A key is checked like any map access; a scalar map deletes its
		 * one entry. */
		c->check_expr(s, c, m);
		n->type = ty_bool();	/* whether there was an entry to delete */
		if (!m->map.keys && mi->kind != MK_INT && mi->kind != MK_STR &&
		    mi->kind != MK_TUPLE && mi->kind != MK_VALUE) {
			/* A scalar aggregation has one slot per CPU, which only
			 * user space reaches: delete(@) is clear(@) there. */
			unsigned rid = add_record(s, REC_MAP_CLEAR);

			rec_set_map(s, rid, mi);
			n->call.rec_id = (int)rid;
		}
		return;
	}
	struct map_info *mi = whole_map(s, n, m);
	if (!mi)
		return;
	unsigned rid = add_record(s, id == F_CLEAR ? REC_MAP_CLEAR : REC_MAP_ZERO);
	rec_set_map(s, rid, mi);
	n->call.rec_id = (int)rid;
	n->type.kind = TY_VOID;
}

/* ksym(addr), usym(addr), kstack(n), ntop([af,] addr): values computed
 * in the kernel as numbers and printed by user space, which has the
 * symbols. usym() keeps the process with the address: a user address
 * means something only in its process. */
static void check_sym(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	for (struct node *x = a; x; x = x->next) {
		if (x->type.kind == TY_NONE)
			return;
		if (n->call.fn->id == F_NTOP && !x->next && x->type.kind == TY_ARRAY &&
		    x->type.elems[0].size == 1 && (x->type.nelems == 4 || x->type.nelems == 16))
			continue;	/* ntop(args.saddr): u8[4] or u8[16] */
		if (n->call.fn->id == F_NTOP && !x->next && x->type.kind == TY_INET &&
		    x->kind == N_CALL)
			continue;	/* ntop(pton("::1")) */
		if (!is_intlike(&x->type)) {
			diag_error(s->diag, &x->loc, "%s() takes integers, not %s", n->call.name,
				   a_type(&x->type));
			return;
		}
	}
	switch (n->call.fn->id) {
	case F_KSYM:
		n->type.kind = TY_KSYM;
		break;
	case F_USYM:
		n->type.kind = TY_USYM;
		n->type.size = sizeof(struct tp_usym);
		break;
	case F_KSTACK:
	case F_USTACK:
		if (a && (!lit_is(s, a, N_INT) || a->num == 0 || a->num > STACK_FRAMES_MAX)) {
			diag_error(s->diag, &a->loc, "%s() takes a frame count from 1 to %d", n->call.name,
				   STACK_FRAMES_MAX);
			return;
		}
		n->type.kind = TY_KSTACK;
		n->type.user = n->call.fn->id == F_USTACK;
		n->type.size = a ? (unsigned)a->num : 0;
		s->uses_kstack = true;
		break;
	default:
		if (a->next && !lit_is(s, a, N_INT)) {
			diag_error(s->diag, &a->loc, "ntop()'s address family must be a literal (2 or 10)");
			return;
		}
		n->type.kind = TY_INET;
		n->type.size = sizeof(struct tp_inet);
		break;
	}
}

/* len(@m): the number of entries, counted in the kernel by walking the map
 * (bpf_for_each_map_elem). */
static void check_len(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *m = n->call.args;

	if (m->kind != N_MAP) {
		diag_error(s->diag, &m->loc, "len() takes a whole map, like len(@m)");
		return;
	}
	struct map_info *mi = whole_map(s, n, m);
	if (!mi)
		return;
	if (mi->key_known && !mi->nkeys && !s->discovering) {
		diag_error(s->diag, &m->loc, "len() counts the entries of a map with keys; @%s has "
			   "no keys (it holds one value)", m->map.name);
		return;
	}
	m->map.info = mi;
	n->type = ty_int(8, false);
}

/* The kernel BTF's unsigned integer of size bytes, or 0 (no BTF, or none). */
static uint32_t uint_type(struct sema *s, unsigned size)
{
	const struct btf *btf = need_btf(s, NULL);

	for (uint32_t id = 1; btf && id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (btf_is_int(t) && t->size == size && !btf_int_offset(t) &&
		    btf_int_bits(t) == size * 8 && !(btf_int_encoding(t) & (BTF_INT_SIGNED | BTF_INT_BOOL)))
			return id;
	}
	return 0;
}

/* uaddr("name"): the address of a symbol of the probe's binary, a pointer
 * into user memory whose pointee is an unsigned integer of the symbol's
 * size (1, 2, 4 or 8 bytes; 8 for any other). The symbol is looked up here
 * (an error names it), and again by the runtime at load, in the binary
 * there then (struct prog_uaddr: a value of tp_ro), so that a program
 * compiled before a rebuild of the binary (a cache entry, an --aot
 * executable) reads the rebuilt one's address. The argument becomes what
 * codegen needs: the index of that value in program.uaddrs. In a binary
 * loaded at a fixed address the value is the address; in a PIE or a
 * shared library it is corrected at run time by where the binary was
 * loaded in the process the probe fired in (codegen: emit_uaddr). */
static void check_uaddr(struct sema *s, struct ctx *c, struct node *n)
{
	const struct provider *pv = provider_of(c->pp->kind);
	const char *path = pv->binary ? pv->binary(c->pp) : NULL;
	struct node *a = n->call.args;
	char why[512];

	if (!path) {
		diag_error(s->diag, &n->loc, "uaddr() is only available in uprobes, uretprobes and "
			   "usdt probes (the symbol is the probe's binary's), not in %s", c->pp->full);
		return;
	}
	if (a->kind != N_STR) {
		diag_error(s->diag, &a->loc, "uaddr() takes a symbol's name as a string literal");
		return;
	}
	const struct uelf *e = uelf_get(path, why, sizeof(why));
	if (!e) {
		diag_error(s->diag, &n->loc, "%s", why);
		return;
	}
	const struct uelf_func *f = uelf_symbol(e, a->str.s);
	if (!f) {
		diag_error(s->diag, &a->loc, "no symbol '%s' in %s%s", a->str.s, path,
			   e->has_symtab ? "" : " (it has no symbol table: stripped, only exported "
						"symbols are known)");
		char **names = arena_alloc(s->arena, (e->nfuncs + e->nobjs + 1) * sizeof(*names));
		size_t k = 0;
		for (size_t i = 0; i < e->nobjs; i++)
			names[k++] = e->objs[i].name;
		for (size_t i = 0; i < e->nfuncs; i++)
			names[k++] = e->funcs[i].name;
		names[k] = NULL;
		diag_suggest(s->diag, names, "", a->str.s);
		return;
	}
	unsigned size = f->size == 1 || f->size == 2 || f->size == 4 ? (unsigned)f->size : 8;
	struct node *sym = node_new(s->arena, N_INT, &a->loc);
	struct program *p = &s->prog;

	/* The first pass only learns the maps' types: the slots are the
	 * second's. */
	if (!s->discovering) {
		if ((p->nuaddrs & (p->nuaddrs - 1)) == 0) {	/* 0, 1, 2, 4...: full */
			struct prog_uaddr *grown = arena_alloc(s->arena, (p->nuaddrs ? 2 * p->nuaddrs : 1) *
								       sizeof(*grown));
			if (p->nuaddrs)
				memcpy(grown, p->uaddrs, p->nuaddrs * sizeof(*grown));
			p->uaddrs = grown;
		}
		p->uaddrs[p->nuaddrs] = (struct prog_uaddr){
			.probe = (unsigned)(c->pp - p->probes), .symbol = a->str.s, .pie = e->pie,
			.line = a->loc.first_line, .col = a->loc.first_column,
		};
		sym->num = p->nuaddrs++;
	}
	sym->type = ty_int(8, false);
	n->call.args = sym;
	n->call.nargs = 1;
	n->type = (struct type){ .kind = TY_PTR, .size = 8, .user = true,
				 .btf_id = uint_type(s, size) };
}

/* kaddr("name"): the address of a kernel symbol, from /proc/kallsyms
 * (TPSCRIPT_KALLSYMS names another file), compiled in as a constant. The
 * kernel's addresses change from one boot to the next, so such a program
 * is not kept in the compile cache. Each name is looked up once. */
struct kaddr_memo {
	const char *name;
	uint64_t addr;		/* 0: not found */
	struct kaddr_memo *next;
};

/* 1 found, 0 not there, -1 the file cannot be read (why says so); hidden
 * set when the file shows every address as 0 (not root). */
static int kallsyms_find(const char *path, const char *name, uint64_t *addr, bool *hidden,
			 char *why, size_t whylen)
{
	FILE *f = fopen(path, "r");
	char line[512];
	int found = 0;

	*hidden = false;
	if (!f) {
		snprintf(why, whylen, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		unsigned long long a;
		char type, sym[256];

		if (sscanf(line, "%llx %c %255s", &a, &type, sym) != 3 || strcmp(sym, name))
			continue;
		if (!a) {
			*hidden = true;
			continue;
		}
		*addr = a;
		found = 1;
		break;
	}
	fclose(f);
	return found;
}

static void check_kaddr(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;
	const char *path = getenv("TPSCRIPT_KALLSYMS");
	struct kaddr_memo *m;

	(void)c;
	if (a->type.kind == TY_NONE)
		return;
	if (!lit_is(s, a, N_STR)) {
		diag_error(s->diag, &a->loc, "kaddr() takes a kernel symbol's name as a string literal");
		return;
	}
	if (!path || !*path)
		path = "/proc/kallsyms";
	for (m = s->kaddrs; m && strcmp(m->name, a->str.s); m = m->next)
		;
	if (!m) {
		char why[600];
		bool hidden;
		uint64_t addr = 0;
		int r = kallsyms_find(path, a->str.s, &addr, &hidden, why, sizeof(why));

		if (r < 0) {
			diag_error(s->diag, &n->loc, "kaddr(): %s", why);
			return;
		}
		if (!r) {
			diag_error(s->diag, &a->loc, "kaddr(): no kernel symbol '%s' in %s",
				   a->str.s, path);
			if (hidden)
				diag_hint(s->diag, "%s shows its addresses as 0: they are hidden from "
					  "this user (kernel.kptr_restrict); run as root", path);
			return;
		}
		m = arena_alloc(s->arena, sizeof(*m));
		m->name = arena_strdup(s->arena, a->str.s);
		m->addr = addr;
		m->next = s->kaddrs;
		s->kaddrs = m;
	}
	s->boot_bound = true;
	n->kind = N_INT;
	n->num = m->addr;
	n->type = ty_int(8, false);
}

/* strerror(e): an errno value, printed by user space as strerror(3)'s
 * text ("Operation not permitted"); signal_name(n): a signal number, as
 * strsignal(3)'s ("Interrupt"): %s, print(), map keys and values. */
static void check_strerror(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;
	bool sig = n->call.fn->id == F_SIGNAL_NAME;

	(void)c;
	if (a->type.kind == TY_NONE)
		return;
	if (a->type.kind != TY_INT) {
		diag_error(s->diag, &a->loc, "%s() takes an integer (%s), not %s", n->call.name,
			   sig ? "a signal number" : "an errno value", a_type(&a->type));
		return;
	}
	n->type = (struct type){ .kind = TY_NAMED, .size = 8,
				 .fmt = sig ? NAMED_SIGNAL : NAMED_ERRNO };
}

/* strlen(s): the bytes of the string s before its NUL (at most its
 * buffer's size), counted in the kernel. */
/* getopt("name" [, default [, "description"]]): a named program option
 * (program.opts), its value read from tp_ro at load time. The default is
 * a literal and says the type: an integer (signed when negative), a
 * string, true or false; none is false. */
static void check_getopt(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *name = n->call.args, *dflt = name->next, *desc = dflt ? dflt->next : NULL;
	struct prog_opt o = { .kind = POPT_BOOL, .dflt = "false", .size = 8 };
	char num[32];

	(void)c;
	if (name->kind != N_STR || name->param) {
		diag_error(s->diag, &name->loc, "getopt()'s first argument is the option's "
			   "name, a string literal");
		return;
	}
	bool ok = name->str.len > 0 && name->str.s[0] != '-' && strcmp(name->str.s, "help") &&
		  strlen(name->str.s) == name->str.len;
	for (size_t i = 0; ok && i < name->str.len; i++)
		ok = isalnum((unsigned char)name->str.s[i]) || name->str.s[i] == '_' ||
		     name->str.s[i] == '-';
	if (!ok) {
		diag_error(s->diag, &name->loc, "'%s' cannot be an option's name: letters, digits, "
			   "'_' and '-' (not first), and not 'help'", name->str.s);
		return;
	}
	o.name = name->str.s;
	if (desc && (desc->kind != N_STR || desc->param)) {
		diag_error(s->diag, &desc->loc, "getopt()'s description is a string literal");
		return;
	}
	o.desc = desc ? desc->str.s : NULL;
	const struct node *lit = dflt && dflt->kind == N_UNOP && dflt->un.op == OP_NEG
				 ? dflt->un.e : dflt;
	if (!dflt) {
		/* a bool, false */
	} else if (lit->kind == N_INT && !lit->param && dflt->type.is_bool) {
		o.dflt = lit->num ? "true" : "false";
	} else if (lit->kind == N_INT && !lit->param && !lit->type.is_bool) {
		bool neg = lit != dflt && lit->num;

		o.kind = POPT_INT;
		o.is_signed = neg;
		snprintf(num, sizeof(num), neg ? "-%llu" : "%llu", (unsigned long long)lit->num);
		o.dflt = arena_strdup(s->arena, num);
	} else if (dflt->kind == N_STR && !dflt->param) {
		o.kind = POPT_STR;
		o.dflt = dflt->str.s;
		o.size = s->strlen > dflt->str.len + 1 ? s->strlen : (unsigned)dflt->str.len + 1;
	} else {
		diag_error(s->diag, &dflt->loc, "getopt()'s default is a literal: an integer, a "
			   "string, true or false");
		return;
	}
	unsigned i;
	for (i = 0; i < s->prog.nopts; i++)
		if (!strcmp(s->prog.opts[i].name, o.name))
			break;
	if (i == s->prog.nopts) {
		struct prog_opt *grown = arena_alloc(s->arena, (i + 1) * sizeof(*grown));

		if (i)
			memcpy(grown, s->prog.opts, i * sizeof(*grown));
		grown[i] = o;
		s->prog.opts = grown;
		s->prog.nopts = i + 1;
	} else if (s->prog.opts[i].kind != o.kind || strcmp(s->prog.opts[i].dflt, o.dflt)) {
		diag_error(s->diag, &n->loc, "option --%s has another default here than where it "
			   "is first read (%s)", o.name, s->prog.opts[i].dflt);
		return;
	}
	n->call.rec_id = (int)i;
	const struct prog_opt *po = &s->prog.opts[i];
	n->type = po->kind == POPT_INT ? ty_int(8, po->is_signed)
		: po->kind == POPT_STR ? ty_str(po->size) : ty_bool();
}

static void check_strlen(struct sema *s, struct ctx *c, struct node *n)
{
	struct node *a = n->call.args;

	(void)c;
	if (a->type.kind == TY_NONE)
		return;
	if (a->type.kind != TY_STR) {
		diag_error(s->diag, &a->loc, "strlen() takes a string, not %s", a_type(&a->type));
		if (a->type.kind == TY_PTR)
			diag_hint(s->diag, "read the string it points to with str(): strlen(str(p))");
		return;
	}
	n->type = ty_int(8, false);
}
