// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* interval.c - the interval provider, interval:UNIT:N (i:): one CPU clock
 * event on one CPU, every period; and the code profile.c shares with it
 * (the spec's parsing, the perf events' attach). Its programs take a
 * perf_event context, which offers no args. */
#include "provider.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/perf_event.h>
#include <sys/syscall.h>

#include <bpf/libbpf.h>

#include "front/diag.h"
#include "front/util.h"
#include "program/tprog.h"

/* interval:UNIT:N and profile:UNIT:N (also profile:hz:N). */
void timed_expand(struct expand_ctx *x, const struct probe *p, const struct probe_spec *sp,
		  const struct provider *self, const struct expand_ops *ops)
{
	enum probe_kind kind = self->kind;
	static const struct {
		const char *unit;
		uint64_t ns;
	} units[] = { { "s", 1000000000ull }, { "ms", 1000000 }, { "us", 1000 },
		      { "hz", 0 } };
	const char *kname = kind == PK_INTERVAL ? "interval" : "profile";

	if (sp->nparts != 2) {
		diag_error(x->diag, &sp->loc, "%s probes are written %s:UNIT:N, "
			   "with UNIT one of s, ms, us, hz", kname, kname);
		return;
	}
	int u = -1;
	for (int i = 0; i < 4; i++)
		if (!strcmp(sp->parts[0], units[i].unit))
			u = i;
	char *end;
	errno = 0;
	unsigned long long n = strtoull(sp->parts[1], &end, 10);
	if (u < 0) {
		struct loc l = part_loc(sp, 0);

		diag_error(x->diag, &l, "unknown unit '%s' for %s", sp->parts[0], kname);
		diag_hint(x->diag, "the units are s, ms, us and hz");
		return;
	}
	if (!*sp->parts[1] || *end || errno || n == 0 ||
	    (units[u].ns && n > UINT64_MAX / units[u].ns) || (!units[u].ns && n > 1000000)) {
		struct loc l = part_loc(sp, 1);

		diag_error(x->diag, &l, "%s needs a positive whole number of %s, not '%s'",
			   kname, sp->parts[0], sp->parts[1]);
		return;
	}
	ops->add_instance(x, p, kind, NULL, NULL, NULL);
	struct prog_probe *pp = &x->prog->probes[x->prog->nprobes - 1];
	pp->full = arena_printf(x->arena, "%s:%s:%llu", kname, sp->parts[0], n);
	if (units[u].ns)
		pp->period_ns = n * units[u].ns;
	else
		pp->freq_hz = n;
}

/* The online CPUs, from /sys/devices/system/cpu/online ("0-3,5"). */
static int online_cpus(int **out)
{
	char *text = read_file("/sys/devices/system/cpu/online", NULL);
	int n = 0, cap = 16, *cpus;

	if (!text)
		return -1;
	cpus = xmalloc(cap * sizeof(int));
	for (char *p = text; *p && *p != '\n';) {
		char *end;
		long a = strtol(p, &end, 10), b = a;

		if (end == p)
			break;
		if (*end == '-')
			b = strtol(end + 1, &end, 10);
		for (long c = a; c <= b; c++) {
			if (n == cap)
				cpus = xrealloc(cpus, (cap *= 2) * sizeof(int));
			cpus[n++] = (int)c;
		}
		p = *end == ',' ? end + 1 : end;
	}
	free(text);
	*out = cpus;
	return n;
}

/* interval: a CPU clock event on one CPU; profile: one on every CPU. */
int timed_attach(struct bpf_program *p, const struct prog_probe *pp, struct attach_ctx *a)
{
	struct perf_event_attr attr = {
		.type = PERF_TYPE_SOFTWARE,
		.size = sizeof(attr),
		.config = PERF_COUNT_SW_CPU_CLOCK,
	};
	int *cpus, n = online_cpus(&cpus);

	if (n <= 0) {
		a->error("cannot read the online CPUs: %s", strerror(errno));
		return -1;
	}
	if (pp->freq_hz) {
		attr.freq = 1;
		attr.sample_freq = pp->freq_hz;
	} else {
		attr.sample_period = pp->period_ns;
	}
	if (pp->kind == PK_INTERVAL)
		n = 1;
	for (int i = 0; i < n; i++) {
		int fd = (int)syscall(SYS_perf_event_open, &attr, -1, cpus[i], -1, PERF_FLAG_FD_CLOEXEC);
		if (fd < 0) {
			a->error("cannot open a perf event for %s on CPU %d: %s", pp->full, cpus[i],
				 strerror(errno));
			free(cpus);
			return -1;
		}
		struct bpf_link *l = bpf_program__attach_perf_event(p, fd);
		if (!l) {
			a->error("cannot attach %s: %s", pp->full, strerror(errno));
			close(fd);
			free(cpus);
			return -1;
		}
		a->add_link(a, l);	/* the link closes the event */
	}
	free(cpus);
	return 0;
}

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return "perf_event";
}

/* -p does not filter interval: it fires on one CPU, whatever runs there. */
const struct provider interval_provider = {
	.name = "interval", .alias = "i", .kind = PK_INTERVAL, .usage = "interval:UNIT:N",
	.prog_prefix = "interval",
	.expand = timed_expand, .section = section, .attach = timed_attach,
};
