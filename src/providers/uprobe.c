/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* uprobe.c - the uprobe and uretprobe providers: uprobe:BINARY:FUNCTION (u:)
 * and uretprobe:BINARY:FUNCTION (ur:), on functions of programs and
 * libraries, attached by file offset. Their context is the user registers
 * (struct pt_regs), read by codegen as arg0-arg5 and retval; no args. */
#include "provider.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/util.h"
#include "program/tprog.h"
#include "kernel/uelf.h"

/* uprobe:BINARY:FUNC, uretprobe:BINARY:FUNC: FUNC a function symbol,
 * FUNC+OFFSET, an address, or a pattern with '*' and '?' over the binary's
 * function symbols (kernel/uelf.c reads them, once per binary). */
static void expand_uprobe(struct expand_ctx *x, const struct probe *p, const struct probe_spec *sp,
			  const struct provider *self, const struct expand_ops *ops)
{
	enum probe_kind kind = self->kind;
	const char *prov = kind == PK_UPROBE ? "uprobe" : "uretprobe";

	if (sp->nparts != 2 || !*sp->parts[0] || !*sp->parts[1]) {
		diag_error(x->diag, &sp->loc, "%s needs a binary and a function: %s:BINARY:FUNCTION",
			   prov, prov);
		return;
	}
	struct loc floc = part_loc(sp, 1);
	char *path;
	const struct uelf *e = probe_binary(x, sp, &path);
	if (!e)
		return;
	const char *fn = sp->parts[1];
	size_t before = x->prog->nprobes;

	if (fn[0] >= '0' && fn[0] <= '9') {	/* an address */
		char *end;
		unsigned long long a = strtoull(fn, &end, 0);
		uint64_t off;

		if (*end || uelf_offset(e, a, &off) < 0) {
			diag_error(x->diag, &floc, "'%s' is not an address in %s's loaded segments", fn,
				   path);
		} else {
			ops->add_instance(x, p, kind, path, "", NULL);
			struct prog_probe *pp = &x->prog->probes[x->prog->nprobes - 1];
			pp->uaddr = a;
			pp->full = arena_printf(x->arena, "%s:%s:%s", prov, path, fn);
		}
		free(path);
		return;
	}
	if (strpbrk(fn, "*?")) {
		for (size_t k = 0; k < e->nfuncs; k++)
			if (glob_match(fn, e->funcs[k].name))
				ops->add_instance(x, p, kind, path, e->funcs[k].name, NULL);
		if (x->prog->nprobes == before)
			diag_error(x->diag, &floc, "no function of %s matches '%s'", path, fn);
		free(path);
		return;
	}
	char name[256];
	const char *plus = strchr(fn, '+');
	unsigned long long off = 0;
	snprintf(name, sizeof(name), "%.*s", plus ? (int)(plus - fn) : (int)strlen(fn), fn);
	if (plus) {
		char *end;
		off = strtoull(plus + 1, &end, 0);
		if (!plus[1] || *end) {
			diag_error(x->diag, &floc, "'%s' is not FUNCTION+OFFSET", fn);
			free(path);
			return;
		}
	}
	const struct uelf_func *f = uelf_func(e, name);
	if (!f) {
		diag_error(x->diag, &floc, "no function '%s' in %s%s", name, path,
			   e->has_symtab ? "" : " (it has no symbol table: stripped, only exported "
						"functions are known)");
		char **names = arena_alloc(x->arena, (e->nfuncs + 1) * sizeof(*names));
		for (size_t k = 0; k < e->nfuncs; k++)
			names[k] = e->funcs[k].name;
		diag_suggest(x->diag, names, "", name);
	} else if (off && f->size && off >= f->size) {
		diag_error(x->diag, &floc, "offset %llu is past the end of '%s' (%llu bytes)", off,
			   name, (unsigned long long)f->size);
	} else {
		ops->add_instance(x, p, kind, path, name, NULL);
		struct prog_probe *pp = &x->prog->probes[x->prog->nprobes - 1];
		pp->uaddr = off;
		if (off)
			pp->full = arena_printf(x->arena, "%s:%s:%s+%llu", prov, path, name, off);
	}
	free(path);
}

/* A uprobe attaches at a file offset: the function's symbol is read again
 * here (the checker found it; a cached program may outlive a rebuild of
 * the binary), plus the offset into it, through the load segments. */
static int attach_uprobe(struct bpf_program *p, const struct prog_probe *pp, struct attach_ctx *a)
{
	char why[512];
	const struct uelf *e = uelf_get(pp->category, why, sizeof(why));
	uint64_t addr = pp->uaddr, off;

	if (!e) {
		a->error("cannot attach %s: %s", pp->full, why);
		return -1;
	}
	if (*pp->name) {
		const struct uelf_func *f = uelf_func(e, pp->name);
		if (!f) {
			a->error("cannot attach %s: %s has no function '%s' any more", pp->full,
				 pp->category, pp->name);
			return -1;
		}
		addr += f->addr;
	}
	if (uelf_offset(e, addr, &off) < 0) {
		a->error("cannot attach %s: address %#llx is in no loaded segment", pp->full,
			 (unsigned long long)addr);
		return -1;
	}
	LIBBPF_OPTS(bpf_uprobe_opts, opts, .retprobe = pp->kind == PK_URETPROBE);
	struct bpf_link *l = bpf_program__attach_uprobe_opts(p, a->pid > 0 ? a->pid : -1,
							     pp->category, (size_t)off, &opts);
	if (!l) {
		a->error("cannot attach %s: %s", pp->full, strerror(errno));
		return -1;
	}
	a->add_link(a, l);
	return 0;
}

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return pp->kind == PK_URETPROBE ? "uretprobe" : "uprobe";
}

/* The context of a uprobe is the user registers, struct pt_regs; x86_64
 * passes the first six integer arguments in di, si, dx, cx, r8, r9 (their
 * offsets in pt_regs) and returns in ax. */
#define REG_LIMITS "a uprobe reads arg0 to arg5, the registers of the x86_64 calling convention"

static int reg_offset(const struct prog_probe *pp, int n)
{
	static const int args[] = { 112, 104, 96, 88, 72, 64 };

	if (n < 0)
		return pp->kind == PK_URETPROBE ? 80 : -1;
	return n < (int)(sizeof(args) / sizeof(args[0])) ? args[n] : -1;
}

/* func: the function's name; for an address, the function holding it
 * (NULL if none does). */
static const char *func_name(const struct prog_probe *pp)
{
	char why[512];
	const struct uelf *e;
	const struct uelf_func *f;

	if (*pp->name)
		return pp->name;
	e = uelf_get(pp->category, why, sizeof(why));
	f = e ? uelf_func_at(e, pp->uaddr) : NULL;
	return f ? f->name : NULL;
}

static const char *binary(const struct prog_probe *pp)
{
	return pp->category;
}

/* The probed address: the function's plus the offset, or the address
 * (expand found the function; the binary is read once, so it is there). */
static uint64_t address(const struct prog_probe *pp)
{
	char why[512];
	const struct uelf *e;
	const struct uelf_func *f;

	if (!*pp->name)
		return pp->uaddr;
	e = uelf_get(pp->category, why, sizeof(why));
	f = e ? uelf_func(e, pp->name) : NULL;
	return f ? f->addr + pp->uaddr : 0;
}

const struct provider uprobe_provider = {
	.name = "uprobe", .alias = "u", .kind = PK_UPROBE,
	.usage = "uprobe:BINARY:FUNCTION (u:)", .prog_prefix = "tp",
	.expand = expand_uprobe, .section = section, .pid_filter = true,
	.reg_offset = reg_offset, .reg_limits = REG_LIMITS, .user_ctx = true,
	.func_name = func_name, .binary = binary, .address = address,
	.attach = attach_uprobe,
};

const struct provider uretprobe_provider = {
	.name = "uretprobe", .alias = "ur", .kind = PK_URETPROBE,
	.usage = "uretprobe:BINARY:FUNCTION (ur:)", .prog_prefix = "tp",
	.expand = expand_uprobe, .section = section, .pid_filter = true,
	.reg_offset = reg_offset, .reg_limits = REG_LIMITS, .user_ctx = true,
	.func_name = func_name, .binary = binary, .address = address,
	.attach = attach_uprobe,
};
