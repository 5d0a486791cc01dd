// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* cache.c - the compile cache. An entry is one file named by its key,
 * holding the artifact (artifact.h) the compiler wrote: the same bytes an
 * --aot executable carries. The artifact checks itself (magic, version,
 * machine, checksum), so a truncated or corrupt entry is refused and
 * rebuilt. Entries are written to a temporary file and renamed into place,
 * so a reader never sees half of one.
 *
 * The key is computed before anything is parsed, from the command line
 * alone: on a hit the small tpscript runs the artifact without the front
 * end, the checker or LLVM. What the key cannot see, the running kernel's
 * tracepoints, is checked before an entry is used: every format file the
 * compiler read and every directory of events it listed for a wildcard
 * (KEY.dep, tracefs_check_record()), and the fields the program reads
 * (relocate_check()). */
#define _GNU_SOURCE
#include "program/cache.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "front/util.h"
#include "program/program.h"

/* Two FNV-1a lanes with different bases: 128 bits, enough that distinct
 * inputs do not meet in a cache directory. */
struct hasher {
	uint64_t a, b;
};

static void hash_bytes(struct hasher *h, const void *p, size_t n)
{
	const unsigned char *c = p;

	for (size_t i = 0; i < n; i++) {
		h->a = (h->a ^ c[i]) * 0x100000001b3ull;
		h->b = (h->b ^ c[i]) * 0x100000001b3ull;
		h->b ^= h->b >> 29;
	}
}

static void hash_str(struct hasher *h, const char *s)
{
	hash_bytes(h, s ? s : "", (s ? strlen(s) : 0) + 1);
}

static void hash_u64(struct hasher *h, uint64_t v)
{
	hash_bytes(h, &v, sizeof(v));
}

/* The GNU build id note among n bytes of notes. */
static int find_build_id(const char *p, const char *end, struct build_id *out)
{
	while (p + sizeof(ElfW(Nhdr)) <= end) {
		const ElfW(Nhdr) *n = (const void *)p;
		const char *name = p + sizeof(*n);
		const char *desc = name + ((n->n_namesz + 3) & ~3u);

		if (desc > end || n->n_descsz > (size_t)(end - desc))
			return -1;
		if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4) &&
		    n->n_descsz <= sizeof(out->id)) {
			memcpy(out->id, desc, n->n_descsz);
			out->len = n->n_descsz;
			return 0;
		}
		p = desc + ((n->n_descsz + 3) & ~3u);
	}
	return -1;
}

static int build_id_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	if (info->dlpi_name && info->dlpi_name[0])
		return 0;	/* the main program only */
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr);

		if (ph->p_type == PT_NOTE && find_build_id(p, p + ph->p_memsz, data) == 0)
			return 1;
	}
	return 1;
}

int build_id_self(struct build_id *out)
{
	out->len = 0;
	dl_iterate_phdr(build_id_cb, out);
	return out->len ? 0 : -1;
}

/* From the file's program headers: a few small reads, not the file. */
int build_id_file(const char *path, struct build_id *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ElfW(Ehdr) eh;
	int rc = -1;

	out->len = 0;
	if (fd < 0)
		return -1;
	if (pread(fd, &eh, sizeof(eh), 0) != (ssize_t)sizeof(eh) ||
	    memcmp(eh.e_ident, ELFMAG, SELFMAG) || eh.e_ident[EI_CLASS] != (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32) ||
	    eh.e_phentsize != sizeof(ElfW(Phdr)) || eh.e_phnum > 64)
		goto out;
	ElfW(Phdr) ph[64];
	size_t n = (size_t)eh.e_phnum * sizeof(ElfW(Phdr));
	if (pread(fd, ph, n, (off_t)eh.e_phoff) != (ssize_t)n)
		goto out;
	for (unsigned i = 0; i < eh.e_phnum && rc < 0; i++) {
		char notes[1024];

		if (ph[i].p_type != PT_NOTE || ph[i].p_filesz > sizeof(notes))
			continue;
		if (pread(fd, notes, ph[i].p_filesz, (off_t)ph[i].p_offset) == (ssize_t)ph[i].p_filesz)
			rc = find_build_id(notes, notes + ph[i].p_filesz, out);
	}
out:
	close(fd);
	return rc;
}

/* Positional parameters are load-time values (program.h): the key holds
 * what the checker decides from them, not the values: how many there are,
 * and each one's shape (an integer, a string that fits STRLEN, or a longer
 * string, whose length sizes its buffer and so goes in by value); and
 * whether -p is given. With fixed (a program whose compiler used some
 * values), it also holds the values of the parameters fixed in it, and
 * -p's pid when that is. */
static void key_params(struct hasher *h, const struct cache_inputs *in,
		       const struct program *fixed)
{
	unsigned strlen_set = in->strlen ? in->strlen : STRLEN_DEFAULT;

	hash_u64(h, (uint64_t)in->nparams);
	for (int i = 0; i < in->nparams; i++) {
		const char *t = in->params[i];
		uint64_t v;

		if (fixed && (unsigned)i + 1 < fixed->nparams && fixed->params[i + 1].fixed)
			hash_str(h, t);
		else if (param_int(t, &v))
			hash_str(h, "int");
		else if (param_str_size(strlen(t), strlen_set) == strlen_set)
			hash_str(h, "str");
		else
			hash_str(h, t);
	}
	hash_u64(h, fixed && fixed->pid_fixed ? (uint64_t)in->pid : in->pid != 0);
	if (fixed)
		hash_str(h, "fixed");
}

static void key(const struct cache_inputs *in, struct cache_key *k, const struct program *fixed)
{
	struct hasher h = { 0xcbf29ce484222325ull, 0x84222325cbf29ce4ull };

	hash_str(&h, TPSCRIPT_CACHE_VERSION);
	hash_u64(&h, in->compiler.len);
	hash_bytes(&h, in->compiler.id, in->compiler.len);
	hash_str(&h, in->name);
	hash_u64(&h, in->len);
	hash_bytes(&h, in->text, in->len);
	key_params(&h, in, fixed);
	hash_u64(&h, in->strlen);
	hash_u64(&h, in->map_keys_max);
	hash_u64(&h, (uint64_t)in->unsafe);
	hash_u64(&h, (uint64_t)in->helper_check);
	hash_u64(&h, (uint64_t)in->opt_level);
	/* Compiled against another tracefs or kernel BTF file (the tests'
	 * fixtures): another program. */
	hash_str(&h, getenv("TPSCRIPT_TRACEFS"));
	hash_str(&h, getenv("TPSCRIPT_BTF"));
	k->h[0] = h.a;
	k->h[1] = h.b;
}

void cache_key(const struct cache_inputs *in, struct cache_key *k)
{
	key(in, k, NULL);
}

void cache_key_fixed(const struct cache_inputs *in, const struct program *p, struct cache_key *k)
{
	key(in, k, p);
}

const char *cache_dir(void)
{
	static char dir[4096];
	const char *base = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");

	if (base && *base)
		snprintf(dir, sizeof(dir), "%s/tpscript", base);
	else if (geteuid() == 0)
		snprintf(dir, sizeof(dir), "/var/cache/tpscript");
	else if (home && *home)
		snprintf(dir, sizeof(dir), "%s/.cache/tpscript", home);
	else
		return NULL;
	return dir;
}

/* KEY.tpa: the artifact; KEY.dep: what the compiler read of tracefs. */
static void entry_path(char *buf, size_t len, const char *dir, const struct cache_key *k,
		       const char *ext)
{
	snprintf(buf, len, "%s/%016llx%016llx.%s", dir, (unsigned long long)k->h[0],
		 (unsigned long long)k->h[1], ext);
}

char *cache_load(const struct cache_key *k, size_t *len)
{
	const char *dir = cache_dir();
	char path[4200];

	if (!dir)
		return NULL;
	entry_path(path, sizeof(path), dir, k, "tpa");
	return read_file(path, len);
}

char *cache_load_deps(const struct cache_key *k, size_t *len)
{
	const char *dir = cache_dir();
	char path[4200];

	if (!dir)
		return NULL;
	entry_path(path, sizeof(path), dir, k, "dep");
	return read_file(path, len);
}

void cache_drop(const struct cache_key *k)
{
	const char *dir = cache_dir();
	char path[4200];

	if (!dir)
		return;
	entry_path(path, sizeof(path), dir, k, "tpa");
	unlink(path);
	entry_path(path, sizeof(path), dir, k, "dep");
	unlink(path);
}

static int mkdirs(const char *dir)
{
	char tmp[4096];

	snprintf(tmp, sizeof(tmp), "%s", dir);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0700) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return mkdir(tmp, 0700) < 0 && errno != EEXIST ? -1 : 0;
}

static int store(const struct cache_key *k, const char *dir, const char *ext,
		 const void *data, size_t len)
{
	char path[4200], tmp[4300];

	entry_path(path, sizeof(path), dir, k, ext);
	snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, (int)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	bool ok = write(fd, data, len) == (ssize_t)len;
	if (close(fd) < 0 || !ok || rename(tmp, path) < 0) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

void cache_store(const struct cache_key *k, const void *data, size_t len, const char *deps,
		 size_t deps_len)
{
	const char *dir = cache_dir();

	if (!dir || mkdirs(dir) < 0)
		return;
	/* What it depends on first: an artifact is never there without it. */
	if (store(k, dir, "dep", deps ? deps : "", deps ? deps_len : 0) == 0)
		store(k, dir, "tpa", data, len);
}
