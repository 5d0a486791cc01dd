// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* mapread.c - reading, clearing and zeroing BPF maps with libbpf's
 * low-level calls, for mapprint.c to print and metrics.c to serve.
 *
 * The programs keep running while we read: a map is read in batches
 * (BPF_MAP_LOOKUP_BATCH, a few system calls for thousands of keys) where
 * the kernel allows, else walked key by key; either way every key comes
 * once, sorted by its bytes. Clearing and zeroing take that list of keys
 * and delete or overwrite them one by one (keys gone meanwhile are
 * skipped). */
#include "mapread.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

/* How the kernel keeps the map. */
struct map_shape {
	unsigned key_size;
	unsigned value_size;	/* one CPU's value */
	unsigned max_entries;
	unsigned ncpu;		/* CPUs with a value: 1 unless per-CPU */
	unsigned stride;	/* bytes between CPUs in a lookup buffer */
	bool array;		/* keys are indices and cannot be deleted */
};

static int map_shape(int fd, const struct map_desc *m, struct map_shape *s)
{
	struct bpf_map_info info;
	__u32 len = sizeof(info);
	bool percpu;
	int err;

	memset(&info, 0, sizeof(info));
	err = bpf_obj_get_info_by_fd(fd, &info, &len);
	if (err)
		return err;
	percpu = info.type == BPF_MAP_TYPE_PERCPU_HASH ||
		 info.type == BPF_MAP_TYPE_PERCPU_ARRAY ||
		 info.type == BPF_MAP_TYPE_LRU_PERCPU_HASH;
	if (info.key_size != m->key_size || info.value_size != m->value_size ||
	    percpu != m->percpu || !info.key_size || !info.value_size)
		return -EINVAL;
	s->key_size = info.key_size;
	s->value_size = info.value_size;
	s->max_entries = info.max_entries;
	s->array = info.type == BPF_MAP_TYPE_ARRAY ||
		   info.type == BPF_MAP_TYPE_PERCPU_ARRAY;
	s->ncpu = 1;
	s->stride = info.value_size;
	if (percpu) {
		int n = libbpf_num_possible_cpus();

		if (n <= 0)
			return n < 0 ? n : -EINVAL;
		s->ncpu = n;
		/* The kernel hands per-CPU values over 8-aligned. */
		s->stride = (info.value_size + 7) & ~7u;
	}
	return 0;
}

/* A key in the snapshot; the size travels with it so that qsort's
 * comparator needs no context. */
struct key_ref {
	const unsigned char *key;
	unsigned size;
	size_t seq;		/* order seen, for a stable sort */
};

static int cmp_key_ref(const void *pa, const void *pb)
{
	const struct key_ref *a = pa, *b = pb;
	int c = memcmp(a->key, b->key, a->size);

	if (c)
		return c;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* The map's keys, each once, sorted by their bytes, by walking it with
 * BPF_MAP_GET_NEXT_KEY. *keys is a heap block of *n keys of s->key_size
 * bytes. */
static int walk_keys(int fd, const struct map_shape *s,
		     unsigned char **keys, size_t *n)
{
	/* Each restart costs at most max_entries more steps; a few are
	 * fine, a map that churns faster than we walk it is not. */
	size_t limit = 4 * (size_t)s->max_entries + 64;
	size_t cap = 64, cnt = 0;
	unsigned char *buf = malloc(cap * s->key_size), *tmp;
	int err = 0;

	if (!buf)
		return -ENOMEM;
	for (size_t steps = 0; steps < limit; steps++) {
		if (cnt == cap) {
			tmp = realloc(buf, 2 * cap * s->key_size);
			if (!tmp) {
				err = -ENOMEM;
				goto err_out;
			}
			buf = tmp;
			cap *= 2;
		}
		err = bpf_map_get_next_key(fd, cnt ? buf + (cnt - 1) * s->key_size : NULL,
					   buf + cnt * s->key_size);
		if (err == -ENOENT) {
			err = 0;
			break;
		}
		if (err)
			goto err_out;
		cnt++;
	}
	*keys = buf;
	*n = cnt;
	return 0;
err_out:
	free(buf);
	return err;
}

/* Bytes of one entry's values in a lookup buffer (every CPU's). */
static size_t vals_size(const struct map_shape *s)
{
	return (size_t)s->ncpu * s->stride;
}

/* Every entry of a hash map with BPF_MAP_LOOKUP_BATCH: a bucket at a
 * time, each under the bucket's lock, so a key comes at most once and
 * deletions meanwhile restart nothing. Returns -EOPNOTSUPP when the
 * kernel refuses batches for the map (the caller walks it instead). */
static int batch_entries(int fd, const struct map_shape *s, unsigned char **keys,
			 unsigned char **vals, size_t *n)
{
	LIBBPF_OPTS(bpf_map_batch_opts, opts);
	size_t vsize = vals_size(s), cnt = 0, cap = 0;
	unsigned chunk = s->max_entries < 1024 ? s->max_entries : 1024;
	unsigned char *kb = NULL, *vb = NULL, *tmp;
	__u64 in = 0, out = 0;	/* the kernel's cursor: a bucket index */
	bool first = true;
	int err;

	if (!chunk)
		chunk = 1;
	for (;;) {
		__u32 count = chunk;

		if (cnt + chunk > cap) {
			size_t ncap = cap ? cap : chunk;

			while (ncap < cnt + chunk)
				ncap *= 2;
			tmp = realloc(kb, ncap * s->key_size);
			if (!tmp)
				goto nomem;
			kb = tmp;
			tmp = realloc(vb, ncap * vsize);
			if (!tmp)
				goto nomem;
			vb = tmp;
			/* Only for valgrind, which cannot see the kernel
			 * fill them. */
			memset(kb + cnt * s->key_size, 0, (ncap - cnt) * s->key_size);
			memset(vb + cnt * vsize, 0, (ncap - cnt) * vsize);
			cap = ncap;
		}
		err = bpf_map_lookup_batch(fd, first ? NULL : &in, &out,
					   kb + cnt * s->key_size, vb + cnt * vsize,
					   &count, &opts);
		if (err && err != -ENOENT) {
			if (err == -ENOSPC && !count && chunk < s->max_entries) {
				/* A bucket holds more than a chunk. */
				chunk = chunk * 2 < s->max_entries ? chunk * 2 : s->max_entries;
				continue;
			}
			if (first && err != -ENOMEM && err != -EFAULT)
				err = -EOPNOTSUPP;
			goto err_out;
		}
		if (count > chunk) {	/* never from a sane kernel */
			err = -EIO;
			goto err_out;
		}
		cnt += count;
		if (err == -ENOENT)
			break;
		in = out;
		first = false;
	}
	*keys = kb;
	*vals = vb;
	*n = cnt;
	return 0;
nomem:
	err = -ENOMEM;
err_out:
	free(kb);
	free(vb);
	return err;
}

/* Batches unless TPSCRIPT_MAPREAD=walk (the tests' way to check the
 * walk the runtime falls back to). */
static bool batch_allowed(void)
{
	const char *e = getenv("TPSCRIPT_MAPREAD");

	return !e || strcmp(e, "walk");
}

/* Every entry of the map, each key once, sorted by the key's bytes:
 * *keys holds *n keys of s->key_size bytes, *vals their values as the
 * kernel hands them (vals_size() bytes each). With vals NULL, the keys
 * only. Hash maps are read in batches when the kernel allows, anything
 * else (or a refused batch) key by key: a key can go between the walk
 * and its lookup (skipped), and BPF_MAP_GET_NEXT_KEY on a hash map whose
 * previous key was deleted starts again from the first key, so a walk
 * can see a key twice (dropped here) or, with a busy enough map, never
 * end (the walk is bounded). */
static int read_entries(int fd, const struct map_shape *s, unsigned char **keys,
			unsigned char **vals, size_t *n)
{
	size_t vsize = vals_size(s), cnt = 0, u = 0;
	unsigned char *kb = NULL, *vb = NULL, *ks = NULL, *vs = NULL;
	struct key_ref *refs = NULL;
	int err = -EOPNOTSUPP;

	if (!s->array && batch_allowed())
		err = batch_entries(fd, s, &kb, &vb, &cnt);
	if (err == -EOPNOTSUPP) {
		size_t got = 0;

		err = walk_keys(fd, s, &kb, &cnt);
		if (err)
			return err;
		vb = malloc(vals ? cnt * vsize + 1 : 1);
		/* Zeroed only for valgrind, which cannot see the kernel
		 * fill it. */
		if (vb && vals)
			memset(vb, 0, cnt * vsize);
		for (size_t i = 0; vb && vals && i < cnt; i++) {
			err = bpf_map_lookup_elem(fd, kb + i * s->key_size, vb + got * vsize);
			if (err == -ENOENT)
				continue;	/* deleted since the walk */
			if (err)
				goto out;
			if (got != i)
				memcpy(kb + got * s->key_size, kb + i * s->key_size, s->key_size);
			got++;
		}
		if (vals)
			cnt = got;
		err = vb ? 0 : -ENOMEM;
	}
	if (err)
		goto out;

	/* Sorted by key, each key once. */
	refs = malloc((cnt ? cnt : 1) * sizeof(*refs));
	ks = malloc(cnt * s->key_size + 1);
	vs = vals ? malloc(cnt * vsize + 1) : NULL;
	if (!refs || !ks || (vals && !vs)) {
		err = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < cnt; i++)
		refs[i] = (struct key_ref){ kb + i * s->key_size, s->key_size, i };
	qsort(refs, cnt, sizeof(*refs), cmp_key_ref);
	for (size_t i = 0; i < cnt; i++) {
		if (u && !memcmp(ks + (u - 1) * s->key_size, refs[i].key, s->key_size))
			continue;
		memcpy(ks + u * s->key_size, refs[i].key, s->key_size);
		if (vs)
			memcpy(vs + u * vsize, vb + refs[i].seq * vsize, vsize);
		u++;
	}
	*keys = ks;
	if (vals)
		*vals = vs;
	*n = u;
	ks = vs = NULL;
out:
	free(refs);
	free(ks);
	free(vs);
	free(kb);
	free(vb);
	return err;
}

/* Arrays (scalar aggregations) always hold their entry: all zero means
 * none was written, or clear() ran, unless zero() ran, which keeps the
 * entry at 0 as bpftrace prints it. The fds of zeroed arrays: */
static int zeroed_fds[64];
static unsigned nzeroed;

static bool is_zeroed(int fd)
{
	for (unsigned i = 0; i < nzeroed; i++)
		if (zeroed_fds[i] == fd)
			return true;
	return false;
}

static void set_zeroed(int fd, bool on)
{
	for (unsigned i = 0; i < nzeroed; i++) {
		if (zeroed_fds[i] == fd) {
			if (!on)
				zeroed_fds[i] = zeroed_fds[--nzeroed];
			return;
		}
	}
	if (on && nzeroed < sizeof(zeroed_fds) / sizeof(zeroed_fds[0]))
		zeroed_fds[nzeroed++] = fd;
}

struct map_entry *mapread(int fd, const struct map_desc *m, size_t *n)
{
	struct map_shape s;
	unsigned char *keys = NULL, *kvals = NULL, *vals;
	struct map_entry *e = NULL;
	size_t nkeys = 0, cnt = 0, vsize, ksize, head;
	int err;

	err = map_shape(fd, m, &s);
	if (err)
		goto err_out;
	err = read_entries(fd, &s, &keys, &kvals, &nkeys);
	if (err)
		goto err_out;

	/* One block: the entries, then the keys, then the packed values,
	 * each part 8-aligned. */
	vsize = (size_t)s.ncpu * s.value_size;
	ksize = ((size_t)s.key_size + 7) & ~(size_t)7;
	head = nkeys * sizeof(*e);
	e = malloc(head + nkeys * (ksize + ((vsize + 7) & ~(size_t)7)) + 1);
	if (!e) {
		err = -ENOMEM;
		goto err_out;
	}
	vals = (unsigned char *)e + head + nkeys * ksize;
	for (size_t i = 0; i < nkeys; i++) {
		unsigned char *k = (unsigned char *)e + head + cnt * ksize;
		unsigned char *v = vals + cnt * ((vsize + 7) & ~(size_t)7);
		const unsigned char *got = kvals + i * vals_size(&s);
		bool zero = true;

		memcpy(k, keys + i * s.key_size, s.key_size);
		for (unsigned c = 0; c < s.ncpu; c++) {
			memcpy(v + (size_t)c * s.value_size,
			       got + (size_t)c * s.stride, s.value_size);
			for (unsigned b = 0; zero && b < s.value_size; b++)
				zero = !v[(size_t)c * s.value_size + b];
		}
		/* An array's entries always exist: all zero is none written
		 * (or cleared). */
		if (s.array && zero && !is_zeroed(fd))
			continue;
		e[cnt].key = k;
		e[cnt].values = v;
		cnt++;
	}
	free(kvals);
	free(keys);
	*n = cnt;
	return e;
err_out:
	free(kvals);
	free(keys);
	free(e);
	errno = -err;
	return NULL;
}

void mapread_free(struct map_entry *e)
{
	free(e);
}

/* Every entry's value to 0, keys kept. */
static int zero_entries(int fd, const struct map_desc *m)
{
	struct map_shape s;
	unsigned char *keys = NULL, *zero = NULL;
	size_t n = 0;
	int err;

	err = map_shape(fd, m, &s);
	if (err)
		return err;
	err = read_entries(fd, &s, &keys, NULL, &n);
	if (err)
		return err;
	zero = calloc(s.ncpu, s.stride);
	if (!zero) {
		err = -ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		err = bpf_map_update_elem(fd, keys + i * s.key_size, zero, BPF_EXIST);
		if (err == -ENOENT)
			err = 0;	/* deleted since the snapshot */
		if (err)
			break;
	}
out:
	free(zero);
	free(keys);
	return err;
}

int mapread_zero(int fd, const struct map_desc *m)
{
	set_zeroed(fd, true);
	return zero_entries(fd, m);
}

int mapread_clear(int fd, const struct map_desc *m)
{
	set_zeroed(fd, false);
	struct map_shape s;
	unsigned char *keys = NULL;
	size_t n = 0;
	int err;

	err = map_shape(fd, m, &s);
	if (err)
		return err;
	if (s.array)	/* all zero and not zeroed: no entry */
		return zero_entries(fd, m);
	err = read_entries(fd, &s, &keys, NULL, &n);
	if (err)
		return err;
	for (size_t i = 0; i < n; i++) {
		err = bpf_map_delete_elem(fd, keys + i * s.key_size);
		if (err == -ENOENT)
			err = 0;	/* deleted since the snapshot */
		if (err)
			break;
	}
	free(keys);
	return err;
}

int mapread_print(FILE *out, int fd, const struct map_desc *m, unsigned top,
		  uint64_t div)
{
	struct map_entry *e;
	size_t n;
	int ncpu, err;

	ncpu = m->percpu ? libbpf_num_possible_cpus() : 1;
	if (ncpu <= 0)
		return ncpu < 0 ? ncpu : -EINVAL;
	e = mapread(fd, m, &n);
	if (!e)
		return -errno;
	err = mapprint(out, m, e, n, ncpu, top, div);
	mapread_free(e);
	return err;
}

int mapread_print_end(FILE *out, const struct map_desc *maps, const int *fds,
		      unsigned nmaps)
{
	struct map_entry **ents;
	size_t *nents;
	int ncpu, err = 0;

	ncpu = libbpf_num_possible_cpus();
	if (ncpu <= 0)
		return ncpu < 0 ? ncpu : -EINVAL;
	ents = calloc(nmaps ? nmaps : 1, sizeof(*ents));
	nents = calloc(nmaps ? nmaps : 1, sizeof(*nents));
	if (!ents || !nents) {
		err = -ENOMEM;
		goto out;
	}
	for (unsigned i = 0; i < nmaps; i++) {
		ents[i] = mapread(fds[i], &maps[i], &nents[i]);
		if (!ents[i]) {
			err = -errno;
			goto out;
		}
	}
	err = mapprint_end(out, maps, nmaps,
			   (const struct map_entry *const *)ents, nents, ncpu);
out:
	for (unsigned i = 0; ents && i < nmaps; i++)
		mapread_free(ents[i]);
	free(ents);
	free(nents);
	return err;
}
