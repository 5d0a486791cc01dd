// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* elfdump.c - what libbpf sees in an object tpscript emitted: programs,
 * their sections and types, maps with their BTF-derived sizes. Opening
 * needs no privileges, so the compile tier checks objects with it. */
#include <stdio.h>
#include <stdlib.h>

#include <bpf/libbpf.h>

static int quiet(enum libbpf_print_level lvl, const char *fmt, va_list ap)
{
	if (lvl == LIBBPF_WARN)
		return vfprintf(stderr, fmt, ap);
	return 0;
}

int main(int argc, char **argv)
{
	struct bpf_object *obj;
	struct bpf_program *p;
	struct bpf_map *m;

	if (argc != 2) {
		fprintf(stderr, "usage: elfdump OBJECT\n");
		return 2;
	}
	libbpf_set_print(quiet);
	/* The name the runtime gives it, so internal maps read the same. */
	LIBBPF_OPTS(bpf_object_open_opts, opts, .object_name = "tpscript");
	obj = bpf_object__open_file(argv[1], &opts);
	if (!obj) {
		perror("bpf_object__open_file");
		return 1;
	}
	bpf_object__for_each_program(p, obj)
		printf("prog %s section=%s type=%s\n", bpf_program__name(p),
		       bpf_program__section_name(p),
		       libbpf_bpf_prog_type_str(bpf_program__type(p)));
	bpf_object__for_each_map(m, obj)
		printf("map %s type=%s key=%u value=%u max_entries=%u\n", bpf_map__name(m),
		       libbpf_bpf_map_type_str(bpf_map__type(m)), bpf_map__key_size(m),
		       bpf_map__value_size(m), bpf_map__max_entries(m));
	printf("btf %s\n", bpf_object__btf(obj) ? "yes" : "no");
	bpf_object__close(obj);
	return 0;
}
