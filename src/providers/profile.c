// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* profile.c - the profile provider, profile:UNIT:N (p:), also profile:hz:N:
 * a CPU clock event on every CPU. Its spec and attach are interval.c's,
 * which opens one event per online CPU for this kind. */
#include "provider.h"

static const char *section(const struct prog_probe *pp, struct arena *a)
{
	return "perf_event";
}

const struct provider profile_provider = {
	.name = "profile", .alias = "p", .kind = PK_PROFILE, .usage = "profile:UNIT:N",
	.prog_prefix = "profile",
	.expand = timed_expand, .section = section, .pid_filter = true,
	.attach = timed_attach,
};
