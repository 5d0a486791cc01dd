// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* config.c - config = { name = value; ... }: bpftrace's settings by their
 * names (max_strlen, BPFTRACE_MAX_STRLEN and MAX_STRLEN alike), each
 * checked for its type and values and applied to what tpscript has. Those
 * that change the code (max_strlen, max_map_keys, license, perf_rb_pages,
 * missing_probes) are in the script's text, which keys the cache; those the
 * runtime needs (max_cat_bytes, print_maps_on_exit) travel in the program. */
#include "check/config.h"
#include "check/state.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "front/ast.h"

enum cfg_type {
	CT_UINT,	/* a number */
	CT_BOOL,	/* true/false, 1/0, on/off, yes/no */
	CT_WORDS,	/* one of `words` (case-insensitive) */
	CT_LICENSE,	/* one of the licenses (exact) */
	CT_STR,		/* any text */
};

enum cfg_id {
	C_MAX_STRLEN, C_MAX_MAP_KEYS, C_MAX_CAT_BYTES, C_PRINT_MAPS, C_MISSING,
	C_LICENSE, C_PERF_RB_PAGES, C_STACK_MODE, C_STR_TRUNC, C_NO_EFFECT,
};

struct cfg_key {
	const char *name;
	enum cfg_type type;
	enum cfg_id id;
	const char *words;	/* CT_WORDS: the values, '|'-separated */
	unsigned long lo, hi;	/* CT_UINT: what tpscript can take */
	bool boolish;		/* CT_WORDS: a bool value is taken too */
};

static const struct cfg_key keys[] = {
	{ "max_strlen", CT_UINT, C_MAX_STRLEN, NULL, 1, STRLEN_MAX, false },
	{ "max_map_keys", CT_UINT, C_MAX_MAP_KEYS, NULL, 1, 1u << 24, false },
	{ "max_cat_bytes", CT_UINT, C_MAX_CAT_BYTES, NULL, 0, 1u << 30, false },
	{ "print_maps_on_exit", CT_BOOL, C_PRINT_MAPS, NULL, 0, 0, false },
	{ "missing_probes", CT_WORDS, C_MISSING, "error|warn|ignore", 0, 0, false },
	{ "license", CT_LICENSE, C_LICENSE, NULL, 0, 0, false },
	{ "perf_rb_pages", CT_UINT, C_PERF_RB_PAGES, NULL, 1, 1u << 18, false },
	{ "stack_mode", CT_WORDS, C_STACK_MODE, "bpftrace|perf|raw|build_id", 0, 0, false },
	{ "str_trunc_trailer", CT_STR, C_STR_TRUNC, NULL, 0, 0, false },
	/* accepted, checked, and without effect in tpscript */
	{ "log_size", CT_UINT, C_NO_EFFECT, NULL, 0, ~0ul, false },
	{ "on_stack_limit", CT_UINT, C_NO_EFFECT, NULL, 0, ~0ul, false },
	{ "max_bpf_progs", CT_UINT, C_NO_EFFECT, NULL, 0, ~0ul, false },
	{ "max_probes", CT_UINT, C_NO_EFFECT, NULL, 0, ~0ul, false },
	{ "cpp_demangle", CT_BOOL, C_NO_EFFECT, NULL, 0, 0, false },
	{ "lazy_symbolication", CT_BOOL, C_NO_EFFECT, NULL, 0, 0, false },
	{ "show_debug_info", CT_BOOL, C_NO_EFFECT, NULL, 0, 0, false },
	{ "use_blazesym", CT_BOOL, C_NO_EFFECT, NULL, 0, 0, false },
	{ "cache_user_symbols", CT_WORDS, C_NO_EFFECT, "per_pid|per_program|none", 0, 0, true },
	{ "unstable_import_statement", CT_WORDS, C_NO_EFFECT, "enable|warn|error", 0, 0, true },
	{ "unstable_tseries", CT_WORDS, C_NO_EFFECT, "enable|warn|error", 0, 0, true },
	{ "unstable_typeinfo", CT_WORDS, C_NO_EFFECT, "enable|warn|error", 0, 0, true },
	{ "unstable_dw_ustack", CT_WORDS, C_NO_EFFECT, "enable|warn|error", 0, 0, true },
};

static const struct { const char *old, *now; } renamed[] = {
	{ "strlen", "max_strlen" },
	{ "no_cpp_demangle", "cpp_demangle" },
	{ "cat_bytes_max", "max_cat_bytes" },
	{ "map_keys_max", "max_map_keys" },
};

static const char *const deprecated[] = {
	"symbol_source", "max_type_res_iterations", "unstable_addr", "unstable_import",
	"unstable_macro", "unstable_map_decl",
};

static const char *const env_only[] = { "btf", "kernel_build", "kernel_source", "vmlinux" };

/* In the order bpftrace lists them in its message. */
static const char *const licenses[] = {
	"Dual MIT/GPL", "Dual BSD/GPL", "Dual MPL/GPL", "GPL and additional rights",
	"GPL v2", "GPL",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_list(const char *const *list, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], name))
			return true;
	return false;
}

/* The value as text: a number written as one, or the word or string. */
static const char *value_text(struct sema *s, const struct config_set *c)
{
	if (c->kind == CFGV_INT)
		return arena_printf(s->arena, "%llu", (unsigned long long)c->num);
	return c->str;
}

static bool word_in(const char *words, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = words; *p;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		if (len == n && !strncasecmp(p, w, n))
			return true;
		p += len + (bar != NULL);
	}
	return false;
}

static void words_list(struct buf *b, const char *words)
{
	for (const char *p = words; *p; p++) {
		if (*p != '|')
			buf_append(b, p, 1);
		else
			buf_printf(b, "%s", strchr(p + 1, '|') ? ", " : " or ");
	}
}

/* One setting: checked, then applied unless its environment variable won. */
static void apply(struct sema *s, const struct config_set *c, const struct cfg_key *k,
		  const char *shown)
{
	const char *text = value_text(s, c);
	unsigned long num = 0;
	bool yes = false;

	switch (k->type) {
	case CT_UINT:
		if (c->kind == CFGV_INT) {
			num = c->num > ~0ul ? ~0ul : (unsigned long)c->num;
		} else {
			char *end;

			num = strtoul(c->str, &end, 0);
			if (!*c->str || *end || !isdigit((unsigned char)c->str[0])) {
				diag_error(s->diag, &c->vloc, "%s: expecting a number, got %s", shown,
					   c->str);
				return;
			}
		}
		if (num < k->lo || num > k->hi) {
			diag_error(s->diag, &c->vloc, "%s: tpscript takes %lu to %lu, not %s", shown,
				   k->lo, k->hi, text);
			return;
		}
		break;
	case CT_BOOL:
		if (c->kind == CFGV_INT) {
			yes = c->num != 0;
		} else if (word_in("true|1|on|yes", c->str)) {
			yes = true;
		} else if (!word_in("false|0|off|no", c->str)) {
			diag_error(s->diag, &c->vloc, "%s: Invalid bool value: valid values are true, "
				   "false, 1 or 0.", shown);
			return;
		}
		break;
	case CT_WORDS:
		if (!word_in(k->words, text) &&
		    !(k->boolish && word_in("true|1|on|yes|false|0|off|no", text))) {
			struct buf b = { 0 };

			words_list(&b, k->words);
			diag_error(s->diag, &c->vloc, "%s: Invalid value for %s: valid values are %s.",
				   shown, k->name, b.data);
			buf_free(&b);
			return;
		}
		break;
	case CT_LICENSE:
		if (c->kind == CFGV_INT || !in_list(licenses, COUNT(licenses), c->str)) {
			struct buf b = { 0 };

			for (size_t i = 0; i < COUNT(licenses); i++)
				buf_printf(&b, "%s%s", i ? ", " : "", licenses[i]);
			diag_error(s->diag, &c->vloc, "Invalid value for license. Found: %s. Valid "
				   "values: %s.", text, b.data);
			diag_hint(s->diag, "the kernel's rules for a BPF program's license: "
				  "https://docs.kernel.org/bpf/bpf_licensing.html");
			buf_free(&b);
			return;
		}
		break;
	case CT_STR:
		break;
	}

	switch (k->id) {
	case C_MAX_STRLEN:
		if (!(s->env_set & ENV_SET_STRLEN))
			s->strlen = (unsigned)num;
		break;
	case C_MAX_MAP_KEYS:
		if (!(s->env_set & ENV_SET_MAP_KEYS))
			s->map_keys_max = (unsigned)num;
		break;
	case C_MAX_CAT_BYTES:
		/* the runtime applies it, unless its environment says otherwise */
		s->prog.cat_max_set = true;
		s->prog.cat_max = (unsigned)num;
		break;
	case C_PRINT_MAPS:
		s->prog.no_exit_print = !yes;
		break;
	case C_MISSING:
		s->missing_probes = word_in("error", text) ? MISSING_ERROR
				  : word_in("warn", text) ? MISSING_WARN : MISSING_IGNORE;
		break;
	case C_LICENSE:
		s->license = c->str;
		break;
	case C_PERF_RB_PAGES: {
		/* the ring buffer: pages of 4 KiB, a power of two of them */
		unsigned long bytes = 4096;

		while (bytes < num * 4096)
			bytes *= 2;
		s->prog.ringbuf_size = (unsigned)bytes;
		break;
	}
	case C_STACK_MODE:
		if (strcasecmp(text, "bpftrace")) {
			diag_error(s->diag, &c->vloc, "stack_mode %s is not supported: tpscript prints "
				   "stacks as bpftrace's default mode does", text);
			diag_hint(s->diag, "leave stack_mode out, or set it to bpftrace");
		}
		break;
	case C_STR_TRUNC:
		if (strcmp(text, "..")) {
			diag_error(s->diag, &c->vloc, "str_trunc_trailer '%s' is not supported: "
				   "tpscript marks a cut string with '..'", text);
			diag_hint(s->diag, "leave str_trunc_trailer out, or set it to \"..\"");
		}
		break;
	case C_NO_EFFECT:
		break;
	}
}

bool config_apply(struct sema *s, const struct ast *ast)
{
	int before = s->diag->errors;

	for (const struct config_set *c = ast->config; c; c = c->next) {
		char *name = arena_strdup(s->arena, c->name);
		const struct cfg_key *k = NULL;

		for (char *p = name; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		if (!strncmp(name, "bpftrace_", 9))
			name += 9;
		if (in_list(deprecated, COUNT(deprecated), name)) {
			diag_warning(s->diag, &c->loc, "%s is deprecated and has no effect", c->name);
			continue;
		}
		for (size_t i = 0; i < COUNT(renamed); i++)
			if (!strcmp(renamed[i].old, name)) {
				diag_warning(s->diag, &c->loc, "%s has been renamed, please use %s",
					     c->name, renamed[i].now);
				name = (char *)renamed[i].now;
			}
		for (size_t i = 0; i < COUNT(keys); i++)
			if (!strcmp(keys[i].name, name))
				k = &keys[i];
		if (k) {
			/* no_cpp_demangle = 1 is cpp_demangle = 0: no effect either way */
			apply(s, c, k, c->name);
			continue;
		}
		if (in_list(env_only, COUNT(env_only), name)) {
			diag_error(s->diag, &c->loc, "%s: can only be set as an environment variable",
				   c->name);
			continue;
		}
		diag_error(s->diag, &c->loc, "%s: not a known configuration option", c->name);
		char *list[COUNT(keys) + 1];

		for (size_t i = 0; i < COUNT(keys); i++)
			list[i] = (char *)keys[i].name;
		list[COUNT(keys)] = NULL;
		diag_suggest(s->diag, list, "", name);
	}
	return s->diag->errors == before;
}
