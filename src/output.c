/* output.c - records from the ring buffer, printed as text. */
#include "output.h"

#include <errno.h>
#include <inttypes.h>
#include <string.h>

/* A string argument, NUL-terminated even if the record's bytes are not. */
static const char *rec_str(const unsigned char *rec, const struct rec_arg *a,
			   char *tmp, size_t tmplen)
{
	const char *s = (const char *)rec + a->offset;

	if (memchr(s, '\0', a->size))
		return s;
	size_t n = a->size < tmplen - 1 ? a->size : tmplen - 1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	return tmp;
}

static int print_value(FILE *out, const unsigned char *rec, const struct rec_arg *a)
{
	char tmp[4097];

	if (a->kind == RA_STR)
		return fprintf(out, "%s\n", rec_str(rec, a, tmp, sizeof(tmp)));
	uint64_t v;
	memcpy(&v, rec + a->offset, 8);
	if (a->is_ptr)
		return fprintf(out, "0x%" PRIx64 "\n", v);
	if (a->is_signed)
		return fprintf(out, "%" PRId64 "\n", (int64_t)v);
	return fprintf(out, "%" PRIu64 "\n", v);
}

int output_record(FILE *out, const struct program *p, const void *data,
		  size_t len)
{
	const unsigned char *rec = data;
	struct rec_hdr h;

	if (len < sizeof(h)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&h, rec, sizeof(h));
	if (h.id >= p->nrecs || p->recs[h.id].type != h.type ||
	    len < p->recs[h.id].size) {
		errno = EPROTO;
		return -1;
	}
	const struct rec_desc *r = &p->recs[h.id];
	switch (r->type) {
	case REC_EXIT:
		return 1;
	case REC_PRINT:
		if (print_value(out, rec, &r->args[0]) < 0)
			return -1;
		return 0;
	case REC_PRINTF: {
		struct fmt_val vals[64];
		char tmp[64][257];

		for (unsigned i = 0; i < r->nargs && i < 64; i++) {
			const struct rec_arg *a = &r->args[i];

			vals[i].kind = r->parsed.convs[i].arg;
			if (a->kind == RA_STR) {
				vals[i].s = rec_str(rec, a, tmp[i], sizeof(tmp[i]));
				vals[i].i = 0;
			} else {
				memcpy(&vals[i].i, rec + a->offset, 8);
				vals[i].s = NULL;
			}
		}
		return fmt_print(out, r->fmt, &r->parsed, vals) < 0 ? -1 : 0;
	}
	}
	errno = EPROTO;
	return -1;
}
