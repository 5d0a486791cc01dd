/* cache.h - compiled objects kept between runs, so running a script again
 * skips LLVM entirely. */
#ifndef TPSCRIPT_CACHE_H
#define TPSCRIPT_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include "program/object.h"
#include "program/tprog.h"

struct source;

struct cache_key {
	uint64_t h[2];
};

/* What the object depends on: this build of tpscript (its build id), the
 * script, its parameters and settings, and the format of every tracepoint
 * it uses as the checker saw them. */
void cache_key(const struct tprog *tp, const struct source *src, char *const *params,
	       int nparams, struct cache_key *k);

/* The cache directory: $XDG_CACHE_HOME/tpscript, else /var/cache/tpscript
 * for root, else ~/.cache/tpscript. NULL if none can be had. Static. */
const char *cache_dir(void);

/* The object kept under k; NULL on a miss or an entry that fails its
 * checks (removed, to be rebuilt). */
struct object *cache_load(const struct cache_key *k);

/* Keep the compiled object; failures are silent (a cache is optional). */
void cache_store(const struct cache_key *k, const struct object *o);

#endif
