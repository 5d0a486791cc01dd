/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* artifact.h - the compiled program as one self-contained byte string:
 * what the compiler writes, the compile cache keeps, an --aot executable
 * carries, and the runtime reads without the front end, the checker or
 * LLVM.
 *
 * Layout (host byte order; the artifact is for one architecture):
 *
 *   struct art_header       magic, format version, machine, payload size,
 *                           CRC-32 of the payload
 *   payload                 the meta data, then the program: probes,
 *                           record layouts, maps, settings, tracepoint
 *                           field accesses, the BPF object
 *
 * The reader trusts nothing: every length is checked against what is left,
 * every index against its table, every layout against the record or key it
 * lies in, so a truncated, corrupt or foreign artifact is refused with a
 * message, never read past or half-loaded. */
#ifndef TPSCRIPT_ARTIFACT_H
#define TPSCRIPT_ARTIFACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "front/util.h"
#include "program/object.h"
#include "program/program.h"

#define ART_MAGIC "TPSARTF"	/* 8 bytes with its NUL */
#define ART_VERSION 14		/* bump on any change of the payload's shape */

struct art_header {
	char magic[8];
	uint32_t version;	/* ART_VERSION */
	uint16_t machine;	/* ELF e_machine of the compiling host */
	uint8_t little_endian;
	uint8_t ptr_size;
	uint64_t size;		/* payload bytes after this header */
	uint32_t crc;		/* zlib crc32 of the payload */
	uint32_t pad;
};

/* What the artifact says about where it came from, besides the program. */
struct art_meta {
	const char *version;	/* tpscript version that compiled it */
	const char *name;	/* the script's path, or "-e" */
	const char *text;	/* the script's source (for -h and errors) */
	size_t text_len;
	unsigned strlen, map_keys_max;	/* the settings compiled with */
	bool unsafe;
	int filter_pid;		/* -p PID compiled in (0: none) */
	const char **params;	/* the positional parameters compiled in */
	unsigned nparams;
};

/* Serialise p, its object o and m into out (appended). */
void artifact_write(struct buf *out, const struct program *p, const struct object *o,
		    const struct art_meta *m);

enum art_flags {
	ART_NO_CRC = 1,		/* skip the checksum (the fuzzer, to get past it) */
};

/* Read an artifact of len bytes: *p is a program in memory of its own
 * (free it with program_free; m's strings live in it too), *o the object
 * (object_free). 0, or -1 with a message for the user in err ("truncated:
 * ...", "compiled for aarch64 ...") and nothing allocated. */
int artifact_read(const void *data, size_t len, unsigned flags, struct program **p,
		  struct object **o, struct art_meta *m, char *err, size_t errlen);

/* The name of an ELF machine number ("x86_64"), for messages. */
const char *art_machine_name(unsigned machine);

/* This host's ELF machine number. */
unsigned art_host_machine(void);

#endif
