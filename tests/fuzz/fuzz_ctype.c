// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_ctype.c - libFuzzer target over what kernel/kbtf.c reads from
 * outside: a format file's C type text ("const struct cred *"), which
 * kbtf_ctype_record takes apart, and names looked up in the kernel's BTF
 * (members through anonymous members, their list, C spellings). The BTF
 * is the fixture tests/fixtures/btf/vmlinux.btf.
 *
 * The input is the type text; it is also tried as a member name of each
 * struct of the fixture. A broken promise aborts: a found struct must be
 * named in the text, a found member must lie inside its struct.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "kernel/kbtf.h"

static const struct btf *btf;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	setenv("TPSCRIPT_BTF", TPSCRIPT_FIXTURE_BTF, 1);
	btf = kbtf_load(NULL);
	if (!btf) {
		fprintf(stderr, "fuzz_ctype: cannot read %s\n", TPSCRIPT_FIXTURE_BTF);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1), buf[128];
	const char *name;
	size_t len;
	bool ptr;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	uint32_t id = kbtf_ctype_record(btf, text, &ptr, &name, &len);
	if (name && (name < text || name + len > text + strlen(text)))
		abort();
	if (id) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *tn = btf__name_by_offset(btf, t->name_off);

		if (!btf_is_composite(t) || !name || strlen(tn) != len || strncmp(tn, name, len))
			abort();
		kbtf_type_str(btf, id, buf, sizeof(buf));
	}

	for (uint32_t i = 1; i < btf__type_cnt(btf); i++) {
		const struct btf_type *t = btf__type_by_id(btf, i);
		struct kbtf_member m;

		if (!btf_is_composite(t))
			continue;
		if (kbtf_member(btf, i, text, &m)) {
			if (!m.nsteps || m.nsteps > KBTF_MAX_DEPTH || m.bit_off / 8 >= t->size)
				abort();
			kbtf_type_str(btf, m.type, buf, sizeof(buf));
		}
	}
	free(text);
	return 0;
}
