// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* misses.c - the events the kernel skipped, per probe (see misses.h). */
#include "misses.h"

#include <string.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "front/util.h"

/* The probe a program of the object belongs to: its own program, its
 * exit-time program (TP_AT_EXIT_SUFFIX) or its perf-event fallback. */
static int probe_of_program(const struct program *prog, const char *name)
{
	for (unsigned i = 0; i < prog->nprobes; i++) {
		const struct prog_probe *pp = &prog->probes[i];
		size_t n = strlen(pp->prog_name);

		if (!strcmp(name, pp->prog_name) ||
		    (!strncmp(name, pp->prog_name, n) && !strcmp(name + n, TP_AT_EXIT_SUFFIX)) ||
		    (pp->fallback_name && !strcmp(name, pp->fallback_name)))
			return (int)i;
	}
	return -1;
}

uint64_t *probe_misses(struct bpf_object *obj, const struct program *prog)
{
	uint64_t *missed = xcalloc(prog->nprobes ? prog->nprobes : 1, sizeof(*missed));
	struct bpf_program *p;

	bpf_object__for_each_program(p, obj) {
		struct bpf_prog_info info;
		uint32_t len = sizeof(info);
		int fd = bpf_program__fd(p);
		int i;

		memset(&info, 0, sizeof(info));
		if (fd < 0 || bpf_obj_get_info_by_fd(fd, &info, &len) < 0 ||
		    !info.recursion_misses)
			continue;
		i = probe_of_program(prog, bpf_program__name(p));
		if (i >= 0)
			missed[i] += info.recursion_misses;
	}
	return missed;
}
