// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* usdt.c - USDT notes and argument specs (see usdt.h).
 *
 * A note of .note.stapsdt (sys/sdt.h writes one per probe site):
 *
 *     u32 namesz, descsz, type (3)    name "stapsdt\0", padded to 4
 *     desc: u64 pc, u64 base, u64 semaphore,
 *           "provider\0" "name\0" "args\0", padded to 4
 *
 * args is a space-separated list of "[-]SIZE@OPERAND", OPERAND in gas's
 * AT&T syntax, x86_64: %reg, $imm, disp(%reg), (%reg), sym(%rip),
 * sym+N(%rip). An indexed operand (disp(%base,%index,scale)) has no place
 * in libbpf's spec layout and is refused, as is a high-byte register. */
#define _GNU_SOURCE
#include "kernel/usdt.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/util.h"

/* x86_64 registers by every name gas gives them, and their offset in the
 * kernel's struct pt_regs (arch/x86/include/asm/ptrace.h). The width read
 * is the spec's size, not the name's. */
static const struct {
	const char *names[4];	/* 64, 32, 16, 8 bits */
	int off;
} regs[] = {
	{ { "rax", "eax", "ax", "al" }, 80 },	{ { "rbx", "ebx", "bx", "bl" }, 40 },
	{ { "rcx", "ecx", "cx", "cl" }, 88 },	{ { "rdx", "edx", "dx", "dl" }, 96 },
	{ { "rsi", "esi", "si", "sil" }, 104 },	{ { "rdi", "edi", "di", "dil" }, 112 },
	{ { "rbp", "ebp", "bp", "bpl" }, 32 },	{ { "rsp", "esp", "sp", "spl" }, 152 },
	{ { "r8", "r8d", "r8w", "r8b" }, 72 },	{ { "r9", "r9d", "r9w", "r9b" }, 64 },
	{ { "r10", "r10d", "r10w", "r10b" }, 56 }, { { "r11", "r11d", "r11w", "r11b" }, 48 },
	{ { "r12", "r12d", "r12w", "r12b" }, 24 }, { { "r13", "r13d", "r13w", "r13b" }, 16 },
	{ { "r14", "r14d", "r14w", "r14b" }, 8 },	{ { "r15", "r15d", "r15w", "r15b" }, 0 },
	{ { "rip", "eip", NULL, NULL }, USDT_PT_REGS_IP },
};

static int reg_offset(const char *name)
{
	for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		for (int k = 0; k < 4; k++)
			if (regs[i].names[k] && !strcmp(regs[i].names[k], name))
				return regs[i].off;
	return -1;
}

/* "%name" at *p, up to the first character that cannot be in a name. */
static int parse_reg(const char **p, const char *end, struct usdt_arg *a, const char **why)
{
	const char *s = *p;
	size_t n = 0;

	if (s >= end || *s != '%') {
		*why = "a register must start with '%'";
		return -1;
	}
	s++;
	while (s + n < end && isalnum((unsigned char)s[n]))
		n++;
	if (!n || n >= sizeof(a->reg)) {
		*why = "not a register name";
		return -1;
	}
	memcpy(a->reg, s, n);
	a->reg[n] = 0;
	if ((a->reg_off = reg_offset(a->reg)) < 0) {
		*why = "a register tpscript cannot read";
		return -1;
	}
	*p = s + n;
	return 0;
}

/* A signed integer of the text [*p, end): decimal, or 0x hex. */
static int parse_int(const char **p, const char *end, int64_t *v)
{
	char buf[32];
	size_t n = 0;

	while (*p + n < end && n < sizeof(buf) - 1 &&
	       (isalnum((unsigned char)(*p)[n]) || (!n && ((*p)[n] == '-' || (*p)[n] == '+'))))
		n++;
	memcpy(buf, *p, n);
	buf[n] = 0;
	char *e;
	errno = 0;
	long long x = strtoll(buf, &e, 0);
	if (!n || *e || e == buf || errno) {
		/* 64-bit constants above INT64_MAX: as unsigned */
		errno = 0;
		unsigned long long u = strtoull(buf, &e, 0);
		if (!n || *e || e == buf || errno)
			return -1;
		x = (long long)u;
	}
	*v = x;
	*p += n;
	return 0;
}

int usdt_arg_parse(const char *spec, size_t len, struct usdt_arg *a, const char **why)
{
	const char *p = spec, *end = spec + len, *at = memchr(spec, '@', len);

	memset(a, 0, sizeof(*a));
	a->reg_off = -1;
	if (!at) {
		/* Old notes give no size: a 64-bit value. */
		a->size = 8;
	} else {
		int64_t sz;
		if (parse_int(&p, at, &sz) < 0 || p != at) {
			*why = "no size before '@'";
			return -1;
		}
		a->is_signed = sz < 0;
		if (sz < 0)
			sz = -sz;
		if (sz != 1 && sz != 2 && sz != 4 && sz != 8) {
			*why = "a size other than 1, 2, 4 or 8 bytes";
			return -1;
		}
		a->size = (unsigned)sz;
		p = at + 1;
	}
	if (p >= end) {
		*why = "no operand";
		return -1;
	}
	if (*p == '%') {
		a->kind = UA_REG;
		if (parse_reg(&p, end, a, why) < 0)
			return -1;
		if (a->reg_off == USDT_PT_REGS_IP) {
			*why = "the instruction pointer as a value";
			return -1;
		}
	} else if (*p == '$') {
		p++;
		a->kind = UA_CONST;
		if (parse_int(&p, end, &a->val) < 0) {
			*why = "not a constant";
			return -1;
		}
	} else {
		a->kind = UA_MEM;
		if (isalpha((unsigned char)*p) || *p == '_' || *p == '.') {
			size_t n = 0;
			while (p + n < end && (isalnum((unsigned char)p[n]) || p[n] == '_' ||
					       p[n] == '.' || p[n] == '$'))
				n++;
			if (n >= sizeof(a->sym)) {
				*why = "a symbol name too long";
				return -1;
			}
			memcpy(a->sym, p, n);
			a->sym[n] = 0;
			p += n;
		}
		if (p < end && *p != '(' && parse_int(&p, end, &a->val) < 0) {
			*why = "not a displacement";
			return -1;
		}
		if (p >= end || *p != '(') {
			*why = "a memory operand without '(%reg)'";
			return -1;
		}
		p++;
		if (parse_reg(&p, end, a, why) < 0)
			return -1;
		if (p < end && *p == ',') {
			*why = "an indexed memory operand";
			return -1;
		}
		if (p >= end || *p != ')') {
			*why = "no ')' after the register";
			return -1;
		}
		p++;
		if (a->sym[0] && a->reg_off != USDT_PT_REGS_IP) {
			*why = "a symbol displacement off a register other than %rip";
			return -1;
		}
	}
	if (p != end) {
		*why = "text after the operand";
		return -1;
	}
	return 0;
}

/* The site's args, space-separated, into s->args. */
static void parse_args(struct usdt_site *s)
{
	const char *p = s->argtext;

	s->nargs = 0;
	s->bad = NULL;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		size_t n = strcspn(p, " \t");
		if (s->nargs == USDT_ARGS_MAX) {
			s->bad = "more than 12 arguments";
			return;
		}
		if (usdt_arg_parse(p, n, &s->args[s->nargs], &s->bad) < 0)
			return;
		s->nargs++;
		p += n;
	}
}

static uint32_t rd32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static uint64_t rd64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

size_t usdt_notes_parse(const void *data, size_t len, struct usdt_site **sites, size_t *n)
{
	const unsigned char *d = data;
	size_t at = 0, added = 0;

	while (len - at >= 12) {
		uint32_t namesz = rd32(d + at), descsz = rd32(d + at + 4), type = rd32(d + at + 8);
		size_t name_at = at + 12;
		size_t name_len = ((size_t)namesz + 3) & ~(size_t)3;
		if (name_len > len - name_at)
			break;
		size_t desc_at = name_at + name_len;
		size_t desc_len = ((size_t)descsz + 3) & ~(size_t)3;
		if (desc_len > len - desc_at)
			break;
		at = desc_at + desc_len;
		if (type != NT_STAPSDT || namesz != 8 || memcmp(d + name_at, "stapsdt", 8) ||
		    descsz < 24 + 3)
			continue;
		/* three strings within the desc, each NUL-terminated */
		const char *str = (const char *)d + desc_at + 24, *dend = (const char *)d + desc_at + descsz;
		const char *strs[3];
		bool ok = true;
		for (int k = 0; k < 3; k++) {
			const char *z = str < dend ? memchr(str, 0, (size_t)(dend - str)) : NULL;
			if (!z) {
				ok = false;
				break;
			}
			strs[k] = str;
			str = z + 1;
		}
		if (!ok || !*strs[0] || !*strs[1])
			continue;
		*sites = xrealloc(*sites, (*n + 1) * sizeof(**sites));
		struct usdt_site *s = &(*sites)[(*n)++];
		memset(s, 0, sizeof(*s));
		s->pc = rd64(d + desc_at);
		s->base = rd64(d + desc_at + 8);
		s->sema = rd64(d + desc_at + 16);
		s->provider = xstrdup(strs[0]);
		s->name = xstrdup(strs[1]);
		s->argtext = xstrdup(strs[2]);
		parse_args(s);
		added++;
	}
	return added;
}

void usdt_sites_free(struct usdt_site *sites, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		free(sites[k].provider);
		free(sites[k].name);
		free(sites[k].argtext);
	}
	free(sites);
}

const char *usdt_arg_describe(const struct usdt_arg *a, char *buf, size_t len)
{
	char type[16];

	snprintf(type, sizeof(type), "%sint%u", a->is_signed ? "" : "u", a->size * 8);
	switch (a->kind) {
	case UA_CONST: {
		/* as the program reads it: cut to size, with its sign */
		unsigned sh = 64 - 8 * a->size;
		uint64_t v = (uint64_t)a->val << sh;
		if (a->is_signed)
			snprintf(buf, len, "%s constant %lld", type, (long long)((int64_t)v >> sh));
		else
			snprintf(buf, len, "%s constant %llu", type, (unsigned long long)(v >> sh));
		break;
	}
	case UA_REG:
		snprintf(buf, len, "%s in register %s", type, a->reg);
		break;
	case UA_MEM:
		if (a->sym[0])
			snprintf(buf, len, "%s at %s (%%%s-relative)", type, a->sym, a->reg);
		else
			snprintf(buf, len, "%s at %lld(%%%s)", type, (long long)a->val, a->reg);
		break;
	}
	return buf;
}

void usdt_bpf_spec(const struct usdt_site *s, struct usdt_bpf_spec *out)
{
	memset(out, 0, sizeof(*out));
	out->arg_cnt = (int16_t)s->nargs;
	for (int k = 0; k < s->nargs; k++) {
		const struct usdt_arg *a = &s->args[k];
		struct usdt_bpf_arg *b = &out->args[k];

		b->arg_signed = a->is_signed;
		b->arg_bitshift = (int8_t)(64 - 8 * a->size);
		b->reg_off = (int16_t)a->reg_off;
		b->val_off = (uint64_t)a->val;
		b->arg_type = a->kind == UA_CONST ? USDT_BPF_CONST
			      : a->kind == UA_REG ? USDT_BPF_REG : USDT_BPF_REG_DEREF;
		if (a->kind == UA_CONST)
			b->reg_off = 0;
	}
}
