/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* driver.h - running artifacts from the cache or from an --aot
 * executable, and writing --aot executables. No LLVM, no checker. */
#ifndef TPSCRIPT_DRIVER_H
#define TPSCRIPT_DRIVER_H

#include <stdbool.h>
#include <stddef.h>

#include "program/cache.h"
#include "runtime/options.h"

#define DRIVER_MISS (-2)

/* Run the cached artifact for ci with o's runtime options, if there is one
 * that is sound, takes o's positional parameters and -p, and matches this
 * kernel's tracepoints. Returns the exit status, or DRIVER_MISS when the
 * script must be compiled. */
int driver_run_cached(const struct options *o, const struct cache_inputs *ci);

/* Did p's compiler use a positional parameter's value or -p's pid? Then it
 * is kept under cache_key_fixed too. */
bool driver_has_fixed(const struct program *p);

/* The artifact appended to this executable (heap), or NULL when it is a
 * plain tpscript. A damaged trailer is an error that exits. */
char *driver_aot_self(size_t *len);

/* main() of an --aot executable carrying data. */
int driver_aot_main(int argc, char **argv, const char *data, size_t len);

/* Write OUT: the runtime executable, then the artifact, then a trailer. */
int driver_write_aot(const char *out, const char *runtime, const void *art, size_t len);

#endif
