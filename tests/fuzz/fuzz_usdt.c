// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_usdt.c - libFuzzer target over usdt_notes_parse(), the parser of a
 * binary's .note.stapsdt section (USDT probe sites and their argument
 * specs), and over usdt_arg_parse() on each site's spec text. The input is
 * the section's contents. Checks the promises the provider and the -lv
 * listing rely on: a site's strings are inside the input, at most twelve
 * arguments each of size 1, 2, 4 or 8, a register's offset inside struct
 * pt_regs, and a spec the programs can read. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/usdt.h"

static void check_arg(const struct usdt_arg *a)
{
	char buf[160];

	if (a->size != 1 && a->size != 2 && a->size != 4 && a->size != 8)
		abort();
	if (a->kind != UA_CONST && (a->reg_off < 0 || a->reg_off > 160 || a->reg_off % 8))
		abort();
	if (a->sym[0] && (a->kind != UA_MEM || a->reg_off != USDT_PT_REGS_IP))
		abort();
	usdt_arg_describe(a, buf, sizeof(buf));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct usdt_site *sites = NULL;
	size_t n = 0;

	if (usdt_notes_parse(data, size, &sites, &n) != n)
		abort();
	for (size_t k = 0; k < n; k++) {
		const struct usdt_site *s = &sites[k];
		struct usdt_bpf_spec spec;

		if (!memmem(data, size, s->provider, strlen(s->provider) + 1) ||
		    !memmem(data, size, s->name, strlen(s->name) + 1) || !*s->provider || !*s->name)
			abort();
		if (s->nargs < 0 || s->nargs > USDT_ARGS_MAX)
			abort();
		for (int i = 0; i < s->nargs; i++)
			check_arg(&s->args[i]);
		usdt_bpf_spec(s, &spec);
		if (spec.arg_cnt != s->nargs)
			abort();
		for (int i = 0; i < s->nargs; i++)
			if (spec.args[i].arg_bitshift < 0 || spec.args[i].arg_bitshift > 56)
				abort();
	}
	/* the spec parser alone, on the whole input as one spec */
	struct usdt_arg a;
	const char *why;
	if (usdt_arg_parse((const char *)data, size, &a, &why) == 0)
		check_arg(&a);
	usdt_sites_free(sites, n);
	return 0;
}
