// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fuzz_deps.c - libFuzzer target over tracefs_check_record(), the reader
 * of a cache entry's record of what its compiler read of tracefs (the
 * KEY.dep file: "F HASH events/CAT/NAME/format" and "L HASH events[/CAT]"
 * lines, and "B HASH /PATH" of files outside tracefs, which are only
 * stat'ed), checked against the fixture tracefs. Whatever the record
 * holds, the check must answer 0 or -1, read nothing outside events/, and
 * say why when it answers -1. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/tracefs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];
	int rc;

	err[0] = '\0';
	rc = tracefs_check_record(TPSCRIPT_FIXTURE_TRACEFS, (const char *)data, size, err,
				  sizeof(err));
	if (rc != 0 && (rc != -1 || !err[0])) {
		fprintf(stderr, "fuzz_deps: answered %d without a reason\n", rc);
		abort();
	}
	return 0;
}
