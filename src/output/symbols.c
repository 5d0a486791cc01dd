// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* symbols.c - /proc/kallsyms, read once on first use, and kernel stacks
 * from a BPF stack-trace map, printed as bpftrace prints them. The
 * printers lock the caches they fill: the main thread prints records while
 * a --metrics scrape prints map keys. */
#include "symbols.h"

#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <pthread.h>
#include <unistd.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "program/program.h"
#include "front/util.h"

#define MAX_FRAMES STACK_FRAMES_MAX

struct ksym {
	uint64_t addr;
	char *name;
};

struct ksyms {
	struct ksym *syms;
	size_t n;
	bool loaded;
	struct bpf_object *obj;	/* for its stack maps, one per frame count */
	struct elf_file *files;	/* user stacks: the symbols of each file seen */
	const char *const *binaries;	/* per probe, its binary or NULL (usym) */
	unsigned nprobes;
	char *names;	/* all names, one block */
	pthread_mutex_t lock;	/* held by the printers */
};

static int stack_fd(struct ksyms *k, unsigned frames, bool user)
{
	const char *base = user ? TP_USTACK_MAP : TP_STACK_MAP;
	char name[32];

	if (!k->obj)
		return -1;
	if (!frames || frames >= MAX_FRAMES)
		snprintf(name, sizeof(name), "%s", base);
	else
		snprintf(name, sizeof(name), "%s_%u", base, frames);
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
	struct ksyms *k = ctx;

	pthread_mutex_lock(&k->lock);
	const struct ksym *s = find(k, addr);

	if (s)
		fputs(s->name, out);
	else if (addr)
		fprintf(out, "0x%" PRIx64, addr);
	else
		fputc('0', out);
	pthread_mutex_unlock(&k->lock);
}

/* ---- user stacks: /proc/PID/maps and the ELF symbols of each file --- */

struct usym {
	uint64_t addr, size;
	const char *name;
};

struct elf_file {
	char *path;
	struct usym *syms;
	size_t n;
	char *names;		/* one block */
	uint64_t *load;		/* PT_LOAD: offset, vaddr, filesz triples */
	size_t nload;
	bool fixed;		/* ET_EXEC: loaded at its own addresses */
	struct elf_file *next;
};

static int cmp_usym(const void *a, const void *b)
{
	const struct usym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* A file's function symbols (.symtab, else .dynsym) and loadable
 * segments, read once per run. */
static struct elf_file *elf_symbols(struct ksyms *k, const char *path)
{
	for (struct elf_file *f = k->files; f; f = f->next)
		if (!strcmp(f->path, path))
			return f;
	struct elf_file *f = xcalloc(1, sizeof(*f));
	struct buf names = { 0 };
	size_t cap = 0;
	f->path = xstrdup(path);
	f->next = k->files;
	k->files = f;

	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return f;
	elf_version(EV_CURRENT);
	Elf *e = elf_begin(fd, ELF_C_READ, NULL);
	GElf_Ehdr eh;
	size_t nph = 0;

	f->fixed = e && gelf_getehdr(e, &eh) && eh.e_type == ET_EXEC;
	if (e && elf_getphdrnum(e, &nph) == 0) {
		f->load = xcalloc(nph ? nph * 3 : 1, sizeof(uint64_t));
		for (size_t i = 0; i < nph; i++) {
			GElf_Phdr ph;

			if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD) {
				f->load[f->nload * 3] = ph.p_offset;
				f->load[f->nload * 3 + 1] = ph.p_vaddr;
				f->load[f->nload * 3 + 2] = ph.p_filesz;
				f->nload++;
			}
		}
	}
	for (int pass = 0; e && pass < 2 && !f->n; pass++) {
		Elf_Scn *scn = NULL;

		while ((scn = elf_nextscn(e, scn))) {
			GElf_Shdr sh;
			Elf_Data *d;

			if (!gelf_getshdr(scn, &sh) ||
			    sh.sh_type != (pass ? SHT_DYNSYM : SHT_SYMTAB) || !sh.sh_entsize ||
			    !(d = elf_getdata(scn, NULL)))
				continue;
			for (size_t i = 0; i < sh.sh_size / sh.sh_entsize; i++) {
				GElf_Sym sym;
				const char *name;

				if (!gelf_getsym(d, (int)i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
				    !sym.st_value || !(name = elf_strptr(e, sh.sh_link, sym.st_name)))
					continue;
				if (f->n == cap)
					f->syms = xrealloc(f->syms, (cap = cap ? cap * 2 : 256) * sizeof(*f->syms));
				f->syms[f->n++] = (struct usym){ sym.st_value, sym.st_size,
								 (const char *)(uintptr_t)names.len };
				buf_append(&names, name, strlen(name) + 1);
			}
		}
	}
	/* Names were kept as offsets while the block grew. */
	f->names = names.data;
	for (size_t i = 0; i < f->n; i++)
		f->syms[i].name = f->names + (uintptr_t)f->syms[i].name;
	if (f->n)
		qsort(f->syms, f->n, sizeof(*f->syms), cmp_usym);
	if (e)
		elf_end(e);
	close(fd);
	return f;
}

/* The function of f holding vaddr, or NULL. A symbol without a size holds
 * every address up to the next one (a stack frame in hand-written code)
 * or, strict, its own address only (usym(), as bpftrace resolves it). */
static const struct usym *sym_at(const struct elf_file *f, uint64_t vaddr, bool strict)
{
	size_t lo = 0, hi = f->n;

	if (!hi)
		return NULL;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (f->syms[mid].addr <= vaddr)
			lo = mid;
		else
			hi = mid;
	}
	const struct usym *s = &f->syms[lo];
	if (s->addr > vaddr)
		return NULL;
	if (!s->size)
		return !strict || vaddr == s->addr ? s : NULL;
	return vaddr < s->addr + s->size ? s : NULL;
}

/* "sym+off" (name only without offset) for ip in process pid, through its
 * mappings; false if unknown. */
static bool user_symbol(struct ksyms *k, unsigned pid, uint64_t ip, char *buf, size_t len,
			bool offset)
{
	char path[64];
	FILE *maps;
	char line[4352];
	bool found = false;

	snprintf(path, sizeof(path), "/proc/%u/maps", pid);
	if (!(maps = fopen(path, "re")))
		return false;
	while (!found && fgets(line, sizeof(line), maps)) {
		unsigned long long start, end, off;
		char file[4096] = "";

		if (sscanf(line, "%llx-%llx %*s %llx %*s %*s %4095s", &start, &end, &off, file) < 3 ||
		    ip < start || ip >= end || file[0] != '/')
			continue;
		struct elf_file *f = elf_symbols(k, file);
		uint64_t foff = ip - start + off, vaddr = 0;
		bool mapped = false;
		for (size_t i = 0; i < f->nload && !mapped; i++) {
			uint64_t po = f->load[i * 3], pv = f->load[i * 3 + 1], fs = f->load[i * 3 + 2];

			if (foff >= po && foff < po + fs) {
				vaddr = foff - po + pv;
				mapped = true;
			}
		}
		if (!mapped)
			break;
		const struct usym *s = sym_at(f, vaddr, !offset);
		if (s) {
			if (offset)
				snprintf(buf, len, "%s+%" PRIu64, s->name, vaddr - s->addr);
			else
				snprintf(buf, len, "%s", s->name);
			found = true;
		}
	}
	fclose(maps);
	return found;
}

static void print_stack(FILE *out, uint64_t id, unsigned indent, unsigned limit, bool user,
			struct ksyms *k)
{
	uint64_t ips[MAX_FRAMES] = { 0 };
	/* A user stack's value is (tgid << 32) | id. */
	uint32_t key = (uint32_t)id;
	unsigned pid = user ? (unsigned)(id >> 32) : 0;

	int fd = stack_fd(k, limit, user);

	if ((int64_t)id < 0 || fd < 0 || bpf_map_lookup_elem(fd, &key, ips) < 0) {
		fprintf(out, "\n%*s[unknown stack]", (int)indent, "");
		return;
	}
	for (unsigned i = 0; i < MAX_FRAMES && ips[i] && (!limit || i < limit); i++) {
		char sym[512];

		if (user) {
			/* The process may have exited: then only addresses. */
			if (user_symbol(k, pid, ips[i], sym, sizeof(sym), true))
				fprintf(out, "\n%*s%s", (int)indent, "", sym);
			else
				fprintf(out, "\n%*s0x%" PRIx64, (int)indent, "", ips[i]);
			continue;
		}
		const struct ksym *s = find(k, ips[i]);

		if (s)
			fprintf(out, "\n%*s%s+%" PRIu64, (int)indent, "", s->name, ips[i] - s->addr);
		else
			fprintf(out, "\n%*s0x%" PRIx64, (int)indent, "", ips[i]);
	}
}

static void print_kstack(FILE *out, uint64_t id, unsigned indent, unsigned limit, bool user,
			 void *ctx)
{
	struct ksyms *k = ctx;

	pthread_mutex_lock(&k->lock);
	print_stack(out, id, indent, limit, user, k);
	pthread_mutex_unlock(&k->lock);
}

/* usym(): the function holding the address in its process; where the
 * process is gone, in the binary of the probe that took it, if that binary
 * is loaded at its own addresses (a PIE's or a library's address means
 * nothing without the process's mappings). */
static bool find_usym(FILE *out, const struct tp_usym *u, void *ctx)
{
	struct ksyms *k = ctx;
	char sym[512];
	bool found;

	pthread_mutex_lock(&k->lock);
	found = user_symbol(k, u->pid, u->addr, sym, sizeof(sym), false);
	if (!found && u->probe < k->nprobes && k->binaries[u->probe]) {
		const struct elf_file *f = elf_symbols(k, k->binaries[u->probe]);
		const struct usym *s = f->fixed ? sym_at(f, u->addr, true) : NULL;

		if (s) {
			snprintf(sym, sizeof(sym), "%s", s->name);
			found = true;
		}
	}
	pthread_mutex_unlock(&k->lock);
	if (found)
		fputs(sym, out);
	return found;
}

struct ksyms *ksyms_new(struct bpf_object *obj, const char *const *binaries, unsigned nprobes)
{
	struct ksyms *k = xcalloc(1, sizeof(*k));

	k->obj = obj;
	k->binaries = binaries;
	k->nprobes = nprobes;
	pthread_mutex_init(&k->lock, NULL);
	return k;
}

void ksyms_free(struct ksyms *k)
{
	if (!k)
		return;
	for (struct elf_file *f = k->files, *next; f; f = next) {
		next = f->next;
		free(f->path);
		free(f->syms);
		free(f->names);
		free(f->load);
		free(f);
	}
	free(k->syms);
	free(k->names);
	pthread_mutex_destroy(&k->lock);
	free(k);
}

void ksyms_printer(struct ksyms *k, struct sym_printer *out)
{
	out->ksym = print_ksym;
	out->kstack = print_kstack;
	out->usym = find_usym;
	out->ctx = k;
}
