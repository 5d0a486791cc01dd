// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* elfdump.c - what libbpf sees in an object tpscript emitted: programs,
 * their sections and types, maps with their BTF-derived sizes, and the
 * CO-RE relocations of .BTF.ext (one line each: section, struct, access
 * path, kind). Opening needs no privileges, so the compile tier checks
 * objects with it. */
#include <fcntl.h>
#include <gelf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

/* .BTF.ext's layout (the kernel's and libbpf's format, read here by hand:
 * libbpf keeps its reader private). */
struct ext_header {
	uint16_t magic;
	uint8_t version, flags;
	uint32_t hdr_len;
	uint32_t func_info_off, func_info_len, line_info_off, line_info_len;
	uint32_t core_relo_off, core_relo_len;
};

struct core_relo {
	uint32_t insn_off, type_id, access_str_off, kind;
};

static const char *kind_str(uint32_t k)
{
	static const char *names[] = { "byte_off", "byte_sz", "field_exists", "signed",
				       "lshift_u64", "rshift_u64" };

	return k < sizeof(names) / sizeof(names[0]) ? names[k] : "other";
}

/* Each CO-RE relocation: "core SECTION STRUCT ACCESS KIND". */
static int dump_core(const char *path)
{
	struct btf *btf = btf__parse_elf(path, NULL);
	int fd = open(path, O_RDONLY), rc = 1;
	Elf *e = NULL;
	Elf_Scn *scn = NULL;
	size_t shstrndx;

	elf_version(EV_CURRENT);
	if (!btf || fd < 0 || !(e = elf_begin(fd, ELF_C_READ, NULL)) || elf_getshdrstrndx(e, &shstrndx))
		goto out;
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh) ||
		    strcmp(elf_strptr(e, shstrndx, sh.sh_name), ".BTF.ext"))
			continue;
		d = elf_getdata(scn, NULL);
		const struct ext_header *h = d ? d->d_buf : NULL;
		if (!h || d->d_size < sizeof(*h) || h->hdr_len < sizeof(*h) ||
		    (uint64_t)h->hdr_len + h->core_relo_off + h->core_relo_len > d->d_size)
			goto out;
		const uint8_t *p = (const uint8_t *)d->d_buf + h->hdr_len + h->core_relo_off;
		const uint8_t *end = p + h->core_relo_len;
		uint32_t rec_size;

		if (h->core_relo_len < 4)
			break;
		memcpy(&rec_size, p, 4);
		p += 4;
		if (rec_size < sizeof(struct core_relo))
			goto out;
		while (p + 8 <= end) {
			uint32_t sec, n;

			memcpy(&sec, p, 4);
			memcpy(&n, p + 4, 4);
			p += 8;
			for (uint32_t i = 0; i < n && p + rec_size <= end; i++, p += rec_size) {
				struct core_relo r;
				const struct btf_type *t;

				memcpy(&r, p, sizeof(r));
				t = btf__type_by_id(btf, r.type_id);
				printf("core %s %s %s %s\n", btf__name_by_offset(btf, sec),
				       t ? btf__name_by_offset(btf, t->name_off) : "?",
				       btf__name_by_offset(btf, r.access_str_off), kind_str(r.kind));
			}
		}
	}
	rc = 0;
out:
	if (rc)
		fprintf(stderr, "elfdump: cannot read the CO-RE relocations of %s\n", path);
	if (e)
		elf_end(e);
	if (fd >= 0)
		close(fd);
	btf__free(btf);
	return rc;
}

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
	return dump_core(argv[1]);
}
