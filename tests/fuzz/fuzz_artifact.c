// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_artifact.c - libFuzzer target over artifact_read(), the reader of
 * compiled programs (from the compile cache, or the end of an --aot
 * executable), which reads whatever the file holds.
 *
 * The checksum is skipped (ART_NO_CRC) so that mutations reach the
 * payload's parser; the header's other checks stay. An accepted artifact
 * is then walked the way the runtime walks it, and what the reader
 * promises (every argument and key part inside its record or key) is
 * checked: a broken promise aborts, a finding like any crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "program/artifact.h"

static void broken(const char *what)
{
	fprintf(stderr, "fuzz_artifact: %s\n", what);
	abort();
}

static void check_args(const struct rec_arg *a, unsigned n, unsigned room)
{
	for (unsigned i = 0; i < n; i++) {
		if (a[i].offset > room || a[i].size > room - a[i].offset)
			broken("an argument outside its record");
		check_args(a[i].elems, a[i].nelems, a[i].size);
	}
}

/* A struct key part or value: its layout inside the part. */
static void check_shape(const struct key_part *k)
{
	if (k->kind != KEY_STRUCT)
		return;
	if (!k->shape)
		broken("a struct part without its layout");
	check_args(k->shape, 1, k->size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct program *pp;
	struct object *o;
	struct art_meta m;
	char err[256] = "";

	if (artifact_read(data, len, ART_NO_CRC, &pp, &o, &m, err, sizeof(err)) == 0) {
		const struct program p = *pp;

		for (unsigned i = 0; i < p.nrecs; i++) {
			check_args(p.recs[i].args, p.recs[i].nargs, p.recs[i].size);
			if (p.recs[i].type == REC_PRINTF && p.recs[i].parsed.nconvs != p.recs[i].nargs)
				broken("a format's conversions and arguments differ");
		}
		for (unsigned i = 0; i < p.nmaps; i++) {
			const struct map_desc *d = &p.maps[i];

			for (unsigned k = 0; k < d->nkey; k++) {
				if (d->key[k].offset > d->key_size)
					broken("a key part outside its key");
				check_shape(&d->key[k]);
			}
			for (unsigned k = 0; k < d->nvals; k++)
				check_shape(&d->vals[k]);
		}
		for (unsigned i = 0; i < p.nfields; i++)
			if (p.fields[i].probe >= p.nprobes)
				broken("a field of no probe");
		if (!o || (!o->elf && o->elf_size))
			broken("an object without its bytes");
	} else if (!err[0]) {
		broken("refused without a message");
	}
	program_free(pp);
	object_free(o);
	return 0;
}
