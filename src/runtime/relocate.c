/* relocate.c - an artifact against the running kernel's tracepoints.
 *
 * The artifact records every tracepoint field its programs read, as the
 * format file it was compiled against laid it out (struct prog_field).
 * Before anything is loaded or attached, each is looked up in this
 * kernel's format file: a tracepoint that is gone, a field that is gone,
 * or one whose offset, size or signedness differ, stops the run with the
 * layout compiled against and the layout found. Only the format files of
 * the tracepoints whose fields are read are opened. */
#include "runtime/relocate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/tracefs.h"
#include "front/util.h"

static void describe(char *buf, size_t len, const char *type, const char *name, unsigned offset,
		     unsigned size, bool is_signed)
{
	snprintf(buf, len, "'%s %s' at offset %u (%u byte%s, %s)", type, name, offset, size,
		 size == 1 ? "" : "s", is_signed ? "signed" : "unsigned");
}

/* Does the kernel have this tracepoint? Its id file says so without a
 * format parse. */
static bool event_exists(const char *root, const struct prog_probe *pp)
{
	struct buf b = { 0 };
	bool ok;

	buf_printf(&b, "%s/events/%s/%s/id", root, pp->category, pp->name);
	char *t = read_file(b.data, NULL);
	ok = t != NULL;
	free(t);
	buf_free(&b);
	return ok;
}

int relocate_check(const struct program *p, bool *skip, bool report)
{
	const char *root = NULL;
	char err[256];
	unsigned nskipped = 0, first_skipped = 0;
	int rc = 0;

	for (unsigned i = 0; i < p->nprobes && rc == 0; i++) {
		const struct prog_probe *pp = &p->probes[i];
		struct tp_format *f = NULL;

		if (skip)
			skip[i] = false;
		if (pp->kind != PK_TRACEPOINT)
			continue;
		bool reads = false;
		for (unsigned k = 0; k < p->nfields && !reads; k++)
			reads = p->fields[k].probe == i;
		if (!root && !(root = tracefs_root(err, sizeof(err)))) {
			if (report)
				fprintf(stderr, "tpscript: error: %s\n", err);
			return -1;
		}
		if (reads) {
			f = tp_format_load(root, pp->category, pp->name, err, sizeof(err));
			if (!f && errno != ENOENT) {
				if (report)
					fprintf(stderr, "tpscript: error: %s\n", err);
				return -1;
			}
		}
		if ((reads && !f) || (!reads && !event_exists(root, pp))) {
			/* From a wildcard, a missing event is one fewer match;
			 * named outright, it is an error. */
			if (pp->wildcard && skip) {
				skip[i] = true;
				if (!nskipped++)
					first_skipped = i;
				continue;
			}
			if (report)
				fprintf(stderr, "tpscript: error: %s: this kernel has no such tracepoint\n",
					pp->full);
			rc = -1;
			break;
		}
		for (unsigned k = 0; k < p->nfields && rc == 0; k++) {
			const struct prog_field *want = &p->fields[k];
			char was[256], now[256];

			if (want->probe != i)
				continue;
			const struct tp_field *got = tp_format_field(f, want->name);
			describe(was, sizeof(was), want->type, want->name, want->offset, want->size,
				 want->is_signed);
			if (!got) {
				if (report)
					fprintf(stderr, "tpscript: error: %s reads field '%s', which this "
						"kernel's format does not have\n"
						"  compiled against: %s\n", pp->full, want->name, was);
				rc = -1;
			} else if (got->offset != want->offset || got->size != want->size ||
				   got->is_signed != want->is_signed || strcmp(got->type, want->type)) {
				describe(now, sizeof(now), got->type, got->name, got->offset, got->size,
					 got->is_signed);
				if (report)
					fprintf(stderr, "tpscript: error: %s reads field '%s', whose layout "
						"differs in this kernel\n"
						"  compiled against: %s\n"
						"  this kernel has:  %s\n", pp->full, want->name, was, now);
				rc = -1;
			}
		}
		tp_format_free(f);
	}
	if (rc == 0 && nskipped && report)
		fprintf(stderr, "tpscript: warning: %u tracepoint%s matched by a wildcard when the "
			"script was compiled %s not in this kernel, and %s skipped (%s%s)\n",
			nskipped, nskipped == 1 ? "" : "s", nskipped == 1 ? "is" : "are",
			nskipped == 1 ? "is" : "are", p->probes[first_skipped].full,
			nskipped > 1 ? ", ..." : "");
	if (rc == 0 && nskipped && !report)
		rc = -1;	/* the cache: compile again, for this kernel */
	return rc;
}
