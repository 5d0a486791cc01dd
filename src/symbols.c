/* symbols.c - /proc/kallsyms, read once on first use, and kernel stacks
 * from a BPF stack-trace map, printed as bpftrace prints them. */
#include "symbols.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "program.h"
#include "util.h"

#define MAX_FRAMES 127	/* PERF_MAX_STACK_DEPTH: the stack map's value */

struct ksym {
	uint64_t addr;
	char *name;
};

struct ksyms {
	struct ksym *syms;
	size_t n;
	bool loaded;
	struct bpf_object *obj;	/* for its stack maps, one per frame count */
	char *names;	/* all names, one block */
};

static int stack_fd(struct ksyms *k, unsigned frames)
{
	char name[32];

	if (!k->obj)
		return -1;
	if (!frames || frames >= MAX_FRAMES)
		snprintf(name, sizeof(name), "%s", TP_STACK_MAP);
	else
		snprintf(name, sizeof(name), "%s_%u", TP_STACK_MAP, frames);
	struct bpf_map *m = bpf_object__find_map_by_name(k->obj, name);
	return m ? bpf_map__fd(m) : -1;
}

static int cmp_ksym(const void *a, const void *b)
{
	const struct ksym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* Text symbols only ("t", "T", "w", "W"): stacks and function pointers
 * point into code. Addresses read as zero (kptr_restrict) give nothing. */
static void load(struct ksyms *k)
{
	size_t len, cap = 0;
	char *text = read_file("/proc/kallsyms", &len);

	k->loaded = true;
	if (!text)
		return;
	k->names = text;
	for (char *line = text, *next; line < text + len; line = next) {
		char *nl = memchr(line, '\n', (size_t)(text + len - line));
		char type, *name;
		unsigned long long addr;

		next = nl ? nl + 1 : text + len;
		if (nl)
			*nl = '\0';
		name = strchr(line, ' ');
		if (!name || sscanf(line, "%llx %c", &addr, &type) != 2 || !addr)
			continue;
		if (type != 't' && type != 'T' && type != 'w' && type != 'W')
			continue;
		name = strchr(name + 1, ' ');
		if (!name)
			continue;
		name++;
		char *tab = strchr(name, '\t');	/* "\t[module]" */
		if (tab)
			*tab = '\0';
		if (k->n == cap) {
			cap = cap ? cap * 2 : 65536;
			k->syms = xrealloc(k->syms, cap * sizeof(*k->syms));
		}
		k->syms[k->n++] = (struct ksym){ addr, name };
	}
	qsort(k->syms, k->n, sizeof(*k->syms), cmp_ksym);
}

/* The symbol containing addr, or NULL. */
static const struct ksym *find(struct ksyms *k, uint64_t addr)
{
	size_t lo = 0, hi;

	if (!k->loaded)
		load(k);
	hi = k->n;
	if (!hi || addr < k->syms[0].addr)
		return NULL;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (k->syms[mid].addr <= addr)
			lo = mid;
		else
			hi = mid;
	}
	return &k->syms[lo];
}

static void print_ksym(FILE *out, uint64_t addr, void *ctx)
{
	const struct ksym *s = find(ctx, addr);

	if (s)
		fputs(s->name, out);
	else if (addr)
		fprintf(out, "0x%" PRIx64, addr);
	else
		fputc('0', out);
}

static void print_kstack(FILE *out, uint64_t id, unsigned indent, unsigned limit, void *ctx)
{
	struct ksyms *k = ctx;
	uint64_t ips[MAX_FRAMES] = { 0 };
	uint32_t key = (uint32_t)id;

	int fd = stack_fd(k, limit);

	if ((int64_t)id < 0 || fd < 0 || bpf_map_lookup_elem(fd, &key, ips) < 0) {
		fprintf(out, "\n%*s[unknown stack]", (int)indent, "");
		return;
	}
	for (unsigned i = 0; i < MAX_FRAMES && ips[i] && (!limit || i < limit); i++) {
		const struct ksym *s = find(k, ips[i]);

		if (s)
			fprintf(out, "\n%*s%s+%" PRIu64, (int)indent, "", s->name, ips[i] - s->addr);
		else
			fprintf(out, "\n%*s0x%" PRIx64, (int)indent, "", ips[i]);
	}
}

struct ksyms *ksyms_new(struct bpf_object *obj)
{
	struct ksyms *k = xcalloc(1, sizeof(*k));

	k->obj = obj;
	return k;
}

void ksyms_free(struct ksyms *k)
{
	if (!k)
		return;
	free(k->syms);
	free(k->names);
	free(k);
}

void ksyms_printer(struct ksyms *k, struct sym_printer *out)
{
	out->ksym = print_ksym;
	out->kstack = print_kstack;
	out->ctx = k;
}
