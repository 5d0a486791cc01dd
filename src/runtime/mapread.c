// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* mapread.c - reading, clearing and zeroing BPF maps with libbpf's
 * low-level calls, for mapprint.c to print.
 *
 * Keys are snapshotted first, then looked up, deleted or overwritten one
 * by one, because the programs keep running while we walk: a key can go
 * between the snapshot and its lookup (skipped), and
 * BPF_MAP_GET_NEXT_KEY on a hash map whose previous key was deleted
 * starts again from the first key, so a walk can see a key twice (dropped
 * when the snapshot is sorted) or, with a busy enough map, never end (the
 * walk is bounded). */
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

/* The map's keys, each once, sorted by their bytes. *keys is a heap
 * block of *n keys of s->key_size bytes. */
static int snapshot_keys(int fd, const struct map_shape *s,
			 unsigned char **keys, size_t *n)
{
	/* Each restart costs at most max_entries more steps; a few are
	 * fine, a map that churns faster than we walk it is not. */
	size_t limit = 4 * (size_t)s->max_entries + 64;
	size_t cap = 64, cnt = 0;
	unsigned char *buf = malloc(cap * s->key_size), *tmp;
	struct key_ref *refs = NULL;
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

	/* Sort and drop the keys a restarted walk saw again. */
	if (cnt > 1) {
		unsigned char *uniq;
		size_t u = 0;

		refs = malloc(cnt * sizeof(*refs));
		uniq = malloc(cnt * s->key_size);
		if (!refs || !uniq) {
			free(uniq);
			err = -ENOMEM;
			goto err_out;
		}
		for (size_t i = 0; i < cnt; i++)
			refs[i] = (struct key_ref){ buf + i * s->key_size, s->key_size, i };
		qsort(refs, cnt, sizeof(*refs), cmp_key_ref);
		for (size_t i = 0; i < cnt; i++) {
			if (u && !memcmp(uniq + (u - 1) * s->key_size, refs[i].key,
					 s->key_size))
				continue;
			memcpy(uniq + u++ * s->key_size, refs[i].key, s->key_size);
		}
		free(refs);
		free(buf);
		buf = uniq;
		cnt = u;
	}
	*keys = buf;
	*n = cnt;
	return 0;
err_out:
	free(refs);
	free(buf);
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
	unsigned char *keys = NULL, *vals = NULL, *lookup = NULL;
	struct map_entry *e = NULL;
	size_t nkeys = 0, cnt = 0, vsize, ksize, head;
	int err;

	err = map_shape(fd, m, &s);
	if (err)
		goto err_out;
	err = snapshot_keys(fd, &s, &keys, &nkeys);
	if (err)
		goto err_out;

	/* One block: the entries, then the keys, then the packed values,
	 * each part 8-aligned. */
	vsize = (size_t)s.ncpu * s.value_size;
	ksize = ((size_t)s.key_size + 7) & ~(size_t)7;
	head = nkeys * sizeof(*e);
	e = malloc(head + nkeys * (ksize + ((vsize + 7) & ~(size_t)7)) + 1);
	/* Zeroed only for valgrind, which cannot see the kernel fill it. */
	lookup = calloc(s.ncpu, s.stride);
	if (!e || !lookup) {
		err = -ENOMEM;
		goto err_out;
	}
	vals = (unsigned char *)e + head + nkeys * ksize;
	for (size_t i = 0; i < nkeys; i++) {
		unsigned char *k = (unsigned char *)e + head + cnt * ksize;
		unsigned char *v = vals + cnt * ((vsize + 7) & ~(size_t)7);

		err = bpf_map_lookup_elem(fd, keys + i * s.key_size, lookup);
		if (err == -ENOENT)
			continue;	/* deleted since the snapshot */
		if (err)
			goto err_out;
		memcpy(k, keys + i * s.key_size, s.key_size);
		bool zero = true;
		for (unsigned c = 0; c < s.ncpu; c++) {
			memcpy(v + (size_t)c * s.value_size,
			       lookup + (size_t)c * s.stride, s.value_size);
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
	free(lookup);
	free(keys);
	*n = cnt;
	return e;
err_out:
	free(lookup);
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
	err = snapshot_keys(fd, &s, &keys, &n);
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
	err = snapshot_keys(fd, &s, &keys, &n);
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
