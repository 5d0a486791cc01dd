/* cache.c - the compile cache. An entry is one file named by its key:
 *
 *   magic "TPSCACHE", format version, the key again, rodata_size,
 *   elf_size, a checksum of the object, then the object.
 *
 * The key covers everything the object depends on, so an entry is never
 * stale; a truncated or corrupt one fails the checks and is rebuilt.
 * Entries are written to a temporary file and renamed into place, so a
 * reader never sees half of one. */
#define _GNU_SOURCE
#include "cache.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kernel/tracefs.h"
#include "front/util.h"

#define MAGIC "TPSCACHE"
#define FORMAT 1

struct header {
	char magic[8];
	uint32_t format;
	uint32_t rodata_size;
	struct cache_key key;
	uint64_t elf_size;
	uint64_t sum;		/* of the object bytes */
};

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

/* This binary's GNU build id: a rebuilt tpscript never reuses objects of
 * another build, even at the same version. */
static int build_id_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	struct hasher *h = data;

	(void)size;
	if (info->dlpi_name && info->dlpi_name[0])
		return 0;	/* the main program only */
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const char *p, *end;

		if (ph->p_type != PT_NOTE)
			continue;
		p = (const char *)(info->dlpi_addr + ph->p_vaddr);
		end = p + ph->p_memsz;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *n = (const void *)p;
			const char *name = p + sizeof(*n);
			const char *desc = name + ((n->n_namesz + 3) & ~3u);

			if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 &&
			    !memcmp(name, "GNU", 4) && desc + n->n_descsz <= end) {
				hash_bytes(h, desc, n->n_descsz);
				return 1;
			}
			p = desc + ((n->n_descsz + 3) & ~3u);
		}
	}
	return 1;
}

void cache_key(const struct tprog *tp, const struct source *src, char *const *params,
	       int nparams, struct cache_key *k)
{
	struct hasher h = { 0xcbf29ce484222325ull, 0x84222325cbf29ce4ull };
	const struct program *p = tp->prog;

	hash_str(&h, TPSCRIPT_CACHE_VERSION);
	dl_iterate_phdr(build_id_cb, &h);
	/* The script and its parameters: the typed bodies follow from them. */
	hash_u64(&h, src->len);
	hash_bytes(&h, src->text, src->len);
	hash_u64(&h, (uint64_t)nparams);
	for (int i = 0; i < nparams; i++)
		hash_str(&h, params[i]);
	/* The settings, as the contract holds them. */
	hash_u64(&h, p->strlen);
	hash_u64(&h, p->ringbuf_size);
	for (unsigned i = 0; i < p->nmaps; i++)
		hash_u64(&h, p->maps[i].max_entries);
	hash_u64(&h, (uint64_t)tp->filter_pid);
	/* The probes as expanded, and the formats they were typed with. */
	for (unsigned i = 0; i < p->nprobes; i++) {
		const struct prog_probe *pp = &p->probes[i];
		const struct probe_inst *in = &tp->insts[i];

		hash_str(&h, pp->full);
		hash_str(&h, pp->prog_name);
		for (unsigned m = 0; m < in->mux_n; m++) {
			hash_str(&h, in->mux_names[m]);
			hash_u64(&h, (uint64_t)in->mux_nrs[m]);
		}
		if (!in->format)
			continue;
		hash_u64(&h, (uint64_t)in->format->id);
		for (size_t f = 0; f < in->format->nfields; f++) {
			const struct tp_field *fl = &in->format->fields[f];

			hash_str(&h, fl->name);
			hash_str(&h, fl->type);
			hash_u64(&h, (uint64_t)fl->offset << 32 | fl->size);
			hash_u64(&h, (uint64_t)fl->is_signed << 1 | fl->user);
		}
	}
	k->h[0] = h.a;
	k->h[1] = h.b;
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

static void entry_path(char *buf, size_t len, const char *dir, const struct cache_key *k)
{
	snprintf(buf, len, "%s/%016llx%016llx.o", dir, (unsigned long long)k->h[0],
		 (unsigned long long)k->h[1]);
}

static uint64_t checksum(const void *p, size_t n)
{
	struct hasher h = { 0xcbf29ce484222325ull, 0 };

	hash_bytes(&h, p, n);
	return h.a;
}

struct object *cache_load(const struct cache_key *k)
{
	const char *dir = cache_dir();
	char path[4200];
	struct header hd;
	size_t len;

	if (!dir)
		return NULL;
	entry_path(path, sizeof(path), dir, k);
	char *data = read_file(path, &len);
	if (!data)
		return NULL;
	if (len < sizeof(hd))
		goto bad;
	memcpy(&hd, data, sizeof(hd));
	if (memcmp(hd.magic, MAGIC, 8) || hd.format != FORMAT ||
	    memcmp(&hd.key, k, sizeof(*k)) || hd.elf_size != len - sizeof(hd) ||
	    checksum(data + sizeof(hd), hd.elf_size) != hd.sum)
		goto bad;
	struct object *o = object_new(data + sizeof(hd), hd.elf_size, hd.rodata_size);
	free(data);
	return o;
bad:
	/* Corrupt or from something else: rebuilt and rewritten by the
	 * caller. */
	free(data);
	unlink(path);
	return NULL;
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

void cache_store(const struct cache_key *k, const struct object *p)
{
	const char *dir = cache_dir();
	char path[4200], tmp[4300];
	struct header hd = { .format = FORMAT, .key = *k };

	if (!dir || !p->elf || mkdirs(dir) < 0)
		return;
	memcpy(hd.magic, MAGIC, 8);
	hd.rodata_size = p->rodata_size;
	hd.elf_size = p->elf_size;
	hd.sum = checksum(p->elf, p->elf_size);
	entry_path(path, sizeof(path), dir, k);
	snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, (int)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return;
	bool ok = write(fd, &hd, sizeof(hd)) == (ssize_t)sizeof(hd) &&
		  write(fd, p->elf, p->elf_size) == (ssize_t)p->elf_size;
	if (close(fd) < 0 || !ok || rename(tmp, path) < 0)
		unlink(tmp);
}
