// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* list.c - tpscript -l, -lv and --summary: what can be traced, read from
 * tracefs's available_events (one file for all 2,000-odd names) and, for
 * -lv, each match's format file. */
#include "list.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "kernel/kbtf.h"
#include "kernel/tracefs.h"
#include "kernel/uelf.h"
#include "front/report.h"
#include "front/util.h"

/* The struct or union pointer type id points to (typedefs and qualifiers
 * skipped), or 0. */
static uint32_t pointee_record(const struct btf *btf, uint32_t id)
{
	const struct btf_type *t = btf__type_by_id(btf, kbtf_skip(btf, id, NULL));

	if (!t || !btf_is_ptr(t))
		return 0;
	id = kbtf_skip(btf, t->type, NULL);
	return kbtf_is_record(btf, id) ? id : 0;
}

const char *field_type_name(const struct btf *btf, const struct tp_field *f, char *buf,
			    size_t len)
{
	switch (f->kind) {
	case FK_INT: {
		unsigned size;
		bool sgn;

		tp_field_int(f, &size, &sgn);
		snprintf(buf, len, "%sint%u", sgn ? "" : "u", size * 8);
		break;
	}
	case FK_PTR: {
		/* "const struct cred *": the struct, when the kernel's BTF has
		 * it (args.cred->member reads it) */
		bool ptr = f->btf_id && btf;
		uint32_t id = 0;
		char tn[128];

		if (ptr)
			id = pointee_record(btf, f->btf_id);
		else if (strstr(f->type, "struct ") || strstr(f->type, "union "))
			id = (btf = kbtf_load(NULL)) ? kbtf_ctype_record(btf, f->type, &ptr, NULL, NULL)
						     : 0;

		if (id && ptr)
			snprintf(buf, len, "%s pointer to %s (%llu bytes)", f->user ? "user" : "kernel",
				 kbtf_type_str(btf, id, tn, sizeof(tn)),
				 (unsigned long long)kbtf_size(btf, id));
		else
			snprintf(buf, len, "%s pointer", f->user ? "user" : "kernel");
		break;
	}
	case FK_CHARS:
		snprintf(buf, len, "string[%u]", f->size);
		break;
	case FK_DATALOC_STR:
		snprintf(buf, len, "string");
		break;
	case FK_ARRAY:
		if (f->count)
			snprintf(buf, len, "%sint%u[%u]", f->is_signed ? "" : "u",
				 f->elem_size * 8, f->count);
		else
			snprintf(buf, len, "%sint%u[] (not readable)", f->is_signed ? "" : "u",
				 f->elem_size * 8);
		break;
	case FK_DATALOC_ARRAY:
		snprintf(buf, len, "uint%u[] (variable length)", f->elem_size * 8);
		break;
	case FK_RECORD: {	/* a raw tracepoint's: btf is set */
		char tn[128];

		snprintf(buf, len, "%s (%u bytes, by value)",
			 btf ? kbtf_type_str(btf, kbtf_skip(btf, f->btf_id, NULL), tn, sizeof(tn))
			     : f->type, f->size);
		break;
	}
	default:
		snprintf(buf, len, "not readable");
		break;
	}
	return buf;
}

/* The pattern as a glob over "tracepoint:CAT:NAME". */
static char *full_pattern(const char *pattern)
{
	struct buf b = { 0 };

	if (!pattern || !*pattern)
		buf_printf(&b, "tracepoint:*:*");
	else if (!strncmp(pattern, "tracepoint:", 11))
		buf_printf(&b, "%s", pattern);
	else if (!strncmp(pattern, "t:", 2))
		buf_printf(&b, "tracepoint:%s", pattern + 2);
	else if (strchr(pattern, ':'))
		buf_printf(&b, "tracepoint:%s", pattern);
	else
		buf_printf(&b, "tracepoint:*%s*", pattern);
	return b.data;
}

struct count {
	char *cat;
	unsigned n;
};

static int cmp_count(const void *a, const void *b)
{
	const struct count *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return strcmp(x->cat, y->cat);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void print_fields(FILE *out, const char *root, const char *cat, const char *name)
{
	char err[512], tbuf[64];
	struct tp_format *f = tp_format_load(root, cat, name, err, sizeof(err));

	if (!f) {
		fprintf(out, "    (cannot read its format: %s)\n", err);
		return;
	}
	for (size_t i = 0; i < f->nfields; i++) {
		const struct tp_field *fl = &f->fields[i];
		char decl[256];

		if (fl->common)
			continue;
		snprintf(decl, sizeof(decl), "%s %s", fl->type, fl->name);
		fprintf(out, "    %-40s offset %-4u size %-4u %-8s -> %s\n", decl, fl->offset,
			fl->size, fl->is_signed ? "signed" : "unsigned",
			field_type_name(NULL, fl, tbuf, sizeof(tbuf)));
	}
	tp_format_free(f);
}

/* -l 'uprobe:BINARY[:PATTERN]' (u:, uretprobe:, ur:): the binary's
 * function symbols matching PATTERN (default '*'), one probe a line. */
static int list_uprobes(FILE *out, const char *pattern)
{
	bool ret = !strncmp(pattern, "uretprobe:", 10) || !strncmp(pattern, "ur:", 3);
	const char *bin = strchr(pattern, ':') + 1;
	const char *colon = strchr(bin, ':');
	char *binary = xstrdup(bin);

	if (colon)
		binary[colon - bin] = '\0';
	const char *fpat = colon && colon[1] ? colon + 1 : "*";
	char why[512];
	char *path = uelf_resolve(binary, -1, why, sizeof(why));
	const struct uelf *e = path ? uelf_get(path, why, sizeof(why)) : NULL;
	int rc = 0;

	if (!e) {
		report_error("cannot read the binary '%s': %s", binary, why);
		rc = 1;
	}
	for (size_t k = 0; e && k < e->nfuncs; k++)
		if (glob_match(fpat, e->funcs[k].name))
			fprintf(out, "%s:%s:%s\n", ret ? "uretprobe" : "uprobe", path, e->funcs[k].name);
	free(path);
	free(binary);
	return rc;
}

int list_tracepoints(FILE *out, const char *pattern, enum list_mode mode, unsigned *found)
{
	char err[512];

	if (pattern && (!strncmp(pattern, "uprobe:", 7) || !strncmp(pattern, "u:", 2) ||
			!strncmp(pattern, "uretprobe:", 10) || !strncmp(pattern, "ur:", 3)))
		return list_uprobes(out, pattern);
	if (pattern && (!strncmp(pattern, "usdt:", 5) || !strncmp(pattern, "U:", 2)))
		return list_usdt(out, pattern, mode);
	const char *root = tracefs_root(err, sizeof(err));

	if (!root) {
		report_error("%s", err);
		return 1;
	}
	char path[4096];
	snprintf(path, sizeof(path), "%s/available_events", root);
	size_t len;
	char *text = read_file(path, &len);
	if (!text) {
		report_error("cannot read %s: %s", path, strerror(errno));
		return 1;
	}

	char *glob = full_pattern(pattern);
	char **names = NULL;
	size_t n = 0, cap = 0;
	for (char *line = text, *next; *line; line = next) {
		char *nl = strchr(line, '\n');

		next = nl ? nl + 1 : line + strlen(line);
		if (nl)
			*nl = '\0';
		char *colon = strchr(line, ':');
		if (!colon)
			continue;
		struct buf full = { 0 };
		buf_printf(&full, "tracepoint:%s", line);
		if (glob_match(glob, full.data)) {
			if (n == cap)
				names = xrealloc(names, (cap = cap ? cap * 2 : 1024) * sizeof(char *));
			names[n++] = full.data;
		} else {
			buf_free(&full);
		}
	}
	free(text);
	free(glob);
	if (found)
		*found += (unsigned)n;
	if (!n) {
		free(names);
		if (found)
			return 0;
		report_error("no tracepoint matches '%s'", pattern ? pattern : "");
		return 1;
	}
	qsort(names, n, sizeof(char *), cmp_str);

	if (mode == LIST_SUMMARY) {
		struct count *c = xcalloc(n, sizeof(*c));
		size_t nc = 0;

		for (size_t i = 0; i < n; i++) {
			char *cat = names[i] + 11, *end = strchr(cat, ':');
			size_t cl = (size_t)(end - cat);

			if (nc && strlen(c[nc - 1].cat) == cl && !strncmp(c[nc - 1].cat, cat, cl)) {
				c[nc - 1].n++;
				continue;
			}
			c[nc].cat = cat;
			c[nc].n = 1;
			*end = '\0';	/* names[i] is only needed for its category now */
			nc++;
		}
		qsort(c, nc, sizeof(*c), cmp_count);
		for (size_t i = 0; i < nc; i++)
			fprintf(out, "%7u %s\n", c[i].n, c[i].cat);
		fprintf(out, "%7zu tracepoints in %zu categories\n", n, nc);
		free(c);
	} else {
		/* The first failed write ends the list, errno telling why. */
		for (size_t i = 0; i < n && !ferror(out); i++) {
			fprintf(out, "%s\n", names[i]);
			if (mode == LIST_FIELDS) {
				char *cat = names[i] + 11, *name = strchr(cat, ':');

				*name++ = '\0';
				print_fields(out, root, cat, name);
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return 0;
}
