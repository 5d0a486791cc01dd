// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* uelf.c - user-space binaries for uprobes and USDT (see uelf.h).
 *
 * A uprobe is attached at a file offset, not at a symbol: a function's
 * st_value is a virtual address, which the PT_LOAD segment holding it maps
 * back to the file (offset = addr - p_vaddr + p_offset). Function symbols
 * come from .symtab when the binary has one and from .dynsym always (a
 * stripped library keeps its exported functions there); both list many
 * names twice, kept once. */
#define _GNU_SOURCE
#include "kernel/uelf.h"
#include "kernel/tracefs.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "front/util.h"
#include "kernel/usdt.h"

static struct uelf *cache;

static bool is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* ld.so.cache: glibc's "new" format, alone or after the old one. */
#define LDC_OLD "ld.so-1.7.0"
#define LDC_NEW "glibc-ld.so.cache1.1"
#define LDC_NEW_HDR 48		/* magic, version, nlibs, len_strings, flags... */
#define LDC_NEW_ENTRY 24	/* flags, key, value, osversion, hwcap */
#define LDC_ELF_LIBC6 0x0003
#define LDC_X8664_LIB64 0x0300

static uint32_t rd32(const char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

/* The NUL-terminated string at off in data, or NULL if it runs out. */
static const char *ldc_str(const char *data, size_t len, uint32_t off)
{
	if (off >= len || !memchr(data + off, 0, len - off))
		return NULL;
	return data + off;
}

char *uelf_ldcache_find(const char *data, size_t len, const char *name)
{
	size_t base = 0;

	if (len >= 16 && !memcmp(data, LDC_OLD, strlen(LDC_OLD))) {
		uint64_t n = rd32(data + 12);
		base = 16 + n * 12;
		base = (base + 7) & ~(size_t)7;
	}
	if (base > len || len - base < LDC_NEW_HDR ||
	    memcmp(data + base, LDC_NEW, strlen(LDC_NEW)))
		return NULL;

	char want[256];
	bool exact = strstr(name, ".so") != NULL;
	snprintf(want, sizeof(want), "%s%s%s", strncmp(name, "lib", 3) ? "lib" : "",
		 name, exact ? "" : ".so");
	size_t wlen = strlen(want);
	uint64_t nlibs = rd32(data + base + 20);
	for (uint64_t k = 0; k < nlibs; k++) {
		size_t at = base + LDC_NEW_HDR + k * LDC_NEW_ENTRY;
		if (at > len || len - at < LDC_NEW_ENTRY)
			break;
		uint32_t flags = rd32(data + at);
		if ((flags & 0xff) != LDC_ELF_LIBC6 || (flags & 0xff00) != LDC_X8664_LIB64)
			continue;
		const char *key = ldc_str(data, len, rd32(data + at + 4));
		const char *val = ldc_str(data, len, rd32(data + at + 8));
		if (!key || !val)
			continue;
		if (exact ? !strcmp(key, want) : !strncmp(key, want, wlen))
			return xstrdup(val);
	}
	return NULL;
}

/* A library the process has mapped whose file name is name, or starts
 * with "lib" name ".so". */
static char *maps_find(int pid, const char *name)
{
	char path[64], line[4096], want[256];
	FILE *f;
	char *found = NULL;

	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	snprintf(want, sizeof(want), "%s%s.so", strncmp(name, "lib", 3) ? "lib" : "", name);
	if (!(f = fopen(path, "re")))
		return NULL;
	while (!found && fgets(line, sizeof(line), f)) {
		char *file = strchr(line, '/');
		if (!file)
			continue;
		file[strcspn(file, "\n")] = 0;
		const char *base = strrchr(file, '/') + 1;
		if (!strcmp(base, name) || !strncmp(base, want, strlen(want)))
			found = xstrdup(file);
	}
	fclose(f);
	return found;
}

char *uelf_resolve(const char *bin, int pid, char *why, size_t whylen)
{
	if (strchr(bin, '/')) {
		if (access(bin, F_OK) != 0) {
			snprintf(why, whylen, "%s: %s", bin, strerror(errno));
			return NULL;
		}
		return xstrdup(bin);
	}
	if (pid > 0) {
		char *m = maps_find(pid, bin);
		if (m)
			return m;
	}
	const char *path = getenv("PATH");
	if (path && *path) {
		char *dirs = xstrdup(path), *save = NULL;
		for (char *d = strtok_r(dirs, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
			char *p;
			if (asprintf(&p, "%s/%s", d, bin) < 0)
				break;
			if (is_file(p) && access(p, X_OK) == 0) {
				free(dirs);
				return p;
			}
			free(p);
		}
		free(dirs);
	}
	size_t len;
	char *data = read_file("/etc/ld.so.cache", &len);
	char *lib = data ? uelf_ldcache_find(data, len, bin) : NULL;
	free(data);
	if (lib)
		return lib;
	snprintf(why, whylen, "no program '%s' on PATH and no library '%s' in the loader's cache%s",
		 bin, bin, pid > 0 ? " or mapped by the process" : "");
	return NULL;
}

static int func_cmp(const void *a, const void *b)
{
	const struct uelf_func *x = a, *y = b;

	return strcmp(x->name, y->name);
}

/* The defined FUNC symbols of a symbol table into e->funcs (objs: the
 * OBJECT ones into e->objs). */
static void add_syms(struct uelf *e, Elf *elf, Elf_Scn *scn, GElf_Shdr *sh, size_t *cap,
		     bool objs)
{
	struct uelf_func **tab = objs ? &e->objs : &e->funcs;
	size_t *ntab = objs ? &e->nobjs : &e->nfuncs;
	Elf_Data *d = elf_getdata(scn, NULL);
	if (!d || !sh->sh_entsize)
		return;
	size_t n = sh->sh_size / sh->sh_entsize;
	for (size_t k = 0; k < n; k++) {
		GElf_Sym sym;
		if (!gelf_getsym(d, (int)k, &sym))
			break;
		int type = GELF_ST_TYPE(sym.st_info);
		bool want = objs ? type == STT_OBJECT : type == STT_FUNC || type == STT_GNU_IFUNC;
		if (!want || sym.st_shndx == SHN_UNDEF || !sym.st_value)
			continue;
		const char *name = elf_strptr(elf, sh->sh_link, sym.st_name);
		if (!name || !*name)
			continue;
		if (*ntab == *cap) {
			*cap = *cap ? 2 * *cap : 256;
			*tab = xrealloc(*tab, *cap * sizeof(**tab));
		}
		/* A versioned .dynsym name is printed as NAME@VERSION by some
		 * tools; the table itself holds the bare name. */
		(*tab)[(*ntab)++] = (struct uelf_func){ xstrdup(name), sym.st_value, sym.st_size };
	}
}

/* The address of the defined symbol name (.symtab, else .dynsym), or 0. */
static uint64_t sym_addr(Elf *elf, const char *name)
{
	for (int pass = 0; pass < 2; pass++) {
		for (Elf_Scn *scn = NULL; (scn = elf_nextscn(elf, scn));) {
			GElf_Shdr sh;
			if (!gelf_getshdr(scn, &sh) || !sh.sh_entsize ||
			    sh.sh_type != (pass ? SHT_DYNSYM : SHT_SYMTAB))
				continue;
			Elf_Data *d = elf_getdata(scn, NULL);
			size_t n = d ? sh.sh_size / sh.sh_entsize : 0;
			for (size_t k = 0; k < n; k++) {
				GElf_Sym sym;
				const char *sn;
				if (!gelf_getsym(d, (int)k, &sym))
					break;
				if (sym.st_shndx != SHN_UNDEF && sym.st_value &&
				    (sn = elf_strptr(elf, sh.sh_link, sym.st_name)) && !strcmp(sn, name))
					return sym.st_value;
			}
		}
	}
	return 0;
}

/* The USDT sites of .note.stapsdt. A binary moved by prelink after it was
 * linked has its .stapsdt.base elsewhere than the notes say: each site
 * moves by the difference. A symbol displacement (sym(%rip)) becomes one
 * from the probe's address, where the instruction pointer is when the
 * uprobe fires. */
static void read_notes(struct uelf *e, Elf *elf, Elf_Scn *notes, uint64_t base)
{
	Elf_Data *d = elf_getdata(notes, NULL);

	e->has_notes = true;
	if (!d || !d->d_buf)
		return;
	usdt_notes_parse(d->d_buf, d->d_size, &e->sites, &e->nsites);
	for (size_t k = 0; k < e->nsites; k++) {
		struct usdt_site *st = &e->sites[k];
		if (base && st->base)
			st->pc += base - st->base;
		for (int i = 0; i < st->nargs; i++) {
			struct usdt_arg *a = &st->args[i];
			if (!a->sym[0])
				continue;
			uint64_t at = sym_addr(elf, a->sym);
			if (!at) {
				st->nargs = i;
				st->bad = "a symbol the binary does not define";
				break;
			}
			a->val += (int64_t)(at - st->pc);
		}
	}
}

/* Sorted by name, each name once. */
static void sort_unique(struct uelf_func *tab, size_t *n)
{
	size_t out = 0;

	if (*n)
		qsort(tab, *n, sizeof(*tab), func_cmp);
	for (size_t k = 0; k < *n; k++) {
		if (out && !strcmp(tab[out - 1].name, tab[k].name)) {
			free(tab[k].name);
			continue;
		}
		tab[out++] = tab[k];
	}
	*n = out;
}

static struct uelf *uelf_read(const char *path, char *why, size_t whylen)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(why, whylen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	elf_version(EV_CURRENT);
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	GElf_Ehdr eh;
	if (!elf || elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh)) {
		snprintf(why, whylen, "%s: not an ELF file", path);
		if (elf)
			elf_end(elf);
		close(fd);
		return NULL;
	}
	struct uelf *e = xcalloc(1, sizeof(*e));
	e->path = xstrdup(path);
	e->pie = eh.e_type == ET_DYN;
	size_t nph = 0, cap = 0, ocap = 0;
	elf_getphdrnum(elf, &nph);
	e->segs = xcalloc(nph ? nph : 1, sizeof(*e->segs));
	for (size_t k = 0; k < nph; k++) {
		GElf_Phdr ph;
		if (gelf_getphdr(elf, (int)k, &ph) && ph.p_type == PT_LOAD)
			e->segs[e->nsegs++] = (struct uelf_seg){ ph.p_vaddr, ph.p_memsz, ph.p_offset,
								 (ph.p_flags & PF_X) != 0 };
	}
	size_t shstrndx = 0;
	Elf_Scn *notes = NULL;
	uint64_t sdt_base = 0;
	elf_getshdrstrndx(elf, &shstrndx);
	for (Elf_Scn *scn = NULL; (scn = elf_nextscn(elf, scn));) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh))
			continue;
		const char *sname = elf_strptr(elf, shstrndx, sh.sh_name);
		if (sname && sh.sh_type == SHT_NOTE && !strcmp(sname, ".note.stapsdt"))
			notes = scn;
		if (sname && !strcmp(sname, ".stapsdt.base"))
			sdt_base = sh.sh_addr;
		if (sh.sh_type == SHT_SYMTAB)
			e->has_symtab = true;
		if (sh.sh_type == SHT_SYMTAB || sh.sh_type == SHT_DYNSYM) {
			add_syms(e, elf, scn, &sh, &cap, false);
			add_syms(e, elf, scn, &sh, &ocap, true);
		}
	}
	sort_unique(e->funcs, &e->nfuncs);
	sort_unique(e->objs, &e->nobjs);
	if (notes)
		read_notes(e, elf, notes, sdt_base);
	elf_end(elf);
	close(fd);
	return e;
}

const struct uelf *uelf_get(const char *path, char *why, size_t whylen)
{
	/* A compiled program holds offsets into it: the cache's record notes
	 * it, so that a rebuilt binary is compiled for again. */
	tracefs_record_file(path);
	for (struct uelf *e = cache; e; e = e->next)
		if (!strcmp(e->path, path))
			return e;
	struct uelf *e = uelf_read(path, why, whylen);
	if (e) {
		e->next = cache;
		cache = e;
	}
	return e;
}

const struct uelf_func *uelf_func(const struct uelf *e, const char *name)
{
	struct uelf_func key = { (char *)name, 0, 0 };

	if (!e->nfuncs)
		return NULL;
	return bsearch(&key, e->funcs, e->nfuncs, sizeof(key), func_cmp);
}

const struct uelf_func *uelf_symbol(const struct uelf *e, const char *name)
{
	struct uelf_func key = { (char *)name, 0, 0 };
	const struct uelf_func *f = uelf_func(e, name);

	if (f || !e->nobjs)
		return f;
	return bsearch(&key, e->objs, e->nobjs, sizeof(key), func_cmp);
}

const struct uelf_func *uelf_func_at(const struct uelf *e, uint64_t addr)
{
	for (size_t k = 0; k < e->nfuncs; k++) {
		const struct uelf_func *f = &e->funcs[k];
		if (addr >= f->addr && (addr < f->addr + f->size || addr == f->addr))
			return f;
	}
	return NULL;
}

int uelf_offset(const struct uelf *e, uint64_t addr, uint64_t *offset)
{
	for (size_t k = 0; k < e->nsegs; k++) {
		const struct uelf_seg *s = &e->segs[k];
		if (addr >= s->vaddr && addr < s->vaddr + s->memsz) {
			*offset = addr - s->vaddr + s->offset;
			return 0;
		}
	}
	return -1;
}
