/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* usdt.h - USDT probes (user space's statically defined tracepoints): the
 * sites a binary's .note.stapsdt notes describe, and each site's argument
 * specs ("-4@%edi", "8@-8(%rbp)", "-4@$5", "-4@ut_counter(%rip)") decoded
 * for x86_64.
 *
 * The BPF side reads arguments the way libbpf's usdt.bpf.h does: the
 * attach cookie of a site's uprobe is a spec id, the index of a struct
 * usdt_bpf_spec (libbpf's struct __bpf_usdt_spec, byte for byte) in an
 * array map the runtime fills before attaching. See docs/internals.md. */
#ifndef TPSCRIPT_USDT_H
#define TPSCRIPT_USDT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define USDT_ARGS_MAX 12	/* libbpf's BPF_USDT_MAX_ARG_CNT */
#define NT_STAPSDT 3		/* the notes' type; their owner is "stapsdt" */

enum usdt_arg_kind {
	UA_CONST,		/* $N: the value itself */
	UA_REG,			/* %reg: the register's low size bytes */
	UA_MEM,			/* disp(%reg), sym(%rip): size bytes of user memory */
};

struct usdt_arg {
	enum usdt_arg_kind kind;
	unsigned size;		/* 1, 2, 4 or 8 bytes */
	bool is_signed;		/* a negative size: sign-extended */
	int64_t val;		/* UA_CONST: the value; UA_MEM: the displacement */
	int reg_off;		/* UA_REG, UA_MEM: the register in struct pt_regs */
	char reg[8];		/* its name as written ("rbp"), for -lv */
	char sym[64];		/* UA_MEM: a symbol displacement, "" if none; the
				 * site's reader adds its address (uelf.c) */
};

struct usdt_site {
	char *provider, *name;	/* "python", "function__entry" */
	char *argtext;		/* the specs as written */
	uint64_t pc;		/* the probe's virtual address */
	uint64_t base;		/* the note's .stapsdt.base (prelink check) */
	uint64_t sema;		/* its semaphore's virtual address, or 0 */
	struct usdt_arg args[USDT_ARGS_MAX];
	int nargs;		/* args decoded: the first bad one stops it */
	const char *bad;	/* why the spec after the last decoded one is not
				 * readable (a static string), or NULL */
};

/* The sites of a .note.stapsdt section's contents (64-bit notes, host
 * order), appended to *sites (*n of them, realloc'ed). Malformed notes end
 * the walk; a note of another owner or type is skipped. Returns how many
 * sites were added. */
size_t usdt_notes_parse(const void *data, size_t len, struct usdt_site **sites, size_t *n);

/* One argument spec, "[-]SIZE@OPERAND". 0, or -1 with *why set. */
int usdt_arg_parse(const char *spec, size_t len, struct usdt_arg *a, const char **why);

void usdt_sites_free(struct usdt_site *sites, size_t n);

/* "int32 in register edi", "uint64 at -8(%rbp)", "int32 constant 5". */
const char *usdt_arg_describe(const struct usdt_arg *a, char *buf, size_t len);

/* What the programs read (libbpf's usdt.bpf.h layout). */
enum usdt_bpf_arg_type {
	USDT_BPF_CONST,		/* val_off is the value */
	USDT_BPF_REG,		/* the register at reg_off in struct pt_regs */
	USDT_BPF_REG_DEREF,	/* 8 bytes of user memory at that register + val_off */
};

struct usdt_bpf_arg {
	uint64_t val_off;
	uint32_t arg_type;	/* enum usdt_bpf_arg_type */
	int16_t reg_off;
	uint8_t arg_signed;
	int8_t arg_bitshift;	/* 64 - 8 * size: the value is (v << s) >> s */
};

struct usdt_bpf_spec {
	struct usdt_bpf_arg args[USDT_ARGS_MAX];
	uint64_t usdt_cookie;
	int16_t arg_cnt;
};

_Static_assert(sizeof(struct usdt_bpf_arg) == 16 && sizeof(struct usdt_bpf_spec) == 208,
	       "the layout of libbpf's struct __bpf_usdt_spec");

#define USDT_SPECS_MAX 1024	/* distinct specs one run attaches */
#define USDT_PT_REGS_IP 128	/* offsetof(struct pt_regs, ip), x86_64 */

/* The spec of a site whose symbol displacements are resolved. */
void usdt_bpf_spec(const struct usdt_site *s, struct usdt_bpf_spec *out);

#endif
