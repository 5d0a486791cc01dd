/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* kbtf.h - the kernel's own types, from its BTF, through libbpf's BTF API.
 *
 * A kernel type is named by its BTF type id in the kernel's BTF (the one
 * kbtf_load returns). The checker's types carry such ids: a pointer to a
 * kernel type is TY_PTR with btf_id the pointee's id (typedefs and
 * qualifiers skipped, kbtf_skip) and user telling which memory it points
 * into; a struct, union or array in memory is TY_KOBJ (front/ast.h). */
#ifndef TPSCRIPT_KBTF_H
#define TPSCRIPT_KBTF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct btf;

/* The kernel's BTF: the file the environment variable TPSCRIPT_BTF names
 * (raw BTF, or an ELF object with a .BTF section: the tests' fixture), else
 * the running kernel's (/sys/kernel/btf/vmlinux). Read on the first call
 * only, and kept for the life of the process. NULL when there is none:
 * *why is then a paragraph saying what is missing (static storage). */
const struct btf *kbtf_load(const char **why);

/* Whether every type of btf refers only to types and names it has (what
 * libbpf's reader leaves unchecked, and its btf_dump and this file's
 * functions rely on); false with a sentence in why. kbtf_load checks a
 * TPSCRIPT_BTF file with it. */
bool kbtf_check(const struct btf *btf, char *why, size_t len);

/* id with typedefs, const, volatile, restrict and type tags skipped; 0
 * (void) stays 0. If user is not NULL, it is set when a type tag "user"
 * (the kernel's __user, where the compiler keeps it) was among them. */
uint32_t kbtf_skip(const struct btf *btf, uint32_t id, bool *user);

/* The id of "struct NAME" (is_union: "union NAME"), or 0. A struct that
 * BTF knows only by a forward declaration is not found. */
uint32_t kbtf_find_record(const struct btf *btf, const char *name, bool is_union);

/* Whether id is one of the script's own types (check/stypes.h: a split
 * BTF on top of the kernel's), not the kernel's. false when btf is NULL or
 * has no base. */
bool kbtf_is_script(const struct btf *btf, uint32_t id);

/* A type's size in bytes; 0 when it has none (void, a function). */
uint64_t kbtf_size(const struct btf *btf, uint32_t id);

/* Whether id (skipped) is a struct or a union. */
bool kbtf_is_record(const struct btf *btf, uint32_t id);

/* One step of a member access: member index of the struct or union
 * rec_id (both in the kernel's BTF). */
struct kbtf_step {
	uint32_t rec_id;	/* the struct or union (skipped id) */
	unsigned index;		/* its member number */
};

#define KBTF_MAX_DEPTH 8	/* anonymous members nested within each other */

/* A member found by name: the steps to it (through anonymous struct and
 * union members, outermost first), its type and where it lies. */
struct kbtf_member {
	struct kbtf_step steps[KBTF_MAX_DEPTH];
	unsigned nsteps;
	uint32_t type;		/* the member's type id, as BTF has it */
	uint64_t bit_off;	/* from the start of rec_id (the outer one) */
	unsigned bit_size;	/* a bitfield's width; 0: not a bitfield */
};

/* Member name of the struct or union rec_id, looked for through anonymous
 * members too. true when found. */
bool kbtf_member(const struct btf *btf, uint32_t rec_id, const char *name,
		 struct kbtf_member *out);

/* The member names of rec_id (anonymous members' own, inline), as a
 * NULL-terminated array of pointers into the BTF, malloc'd (free the
 * array, not the names). */
const char **kbtf_member_names(const struct btf *btf, uint32_t rec_id);

/* A type's C spelling: "struct task_struct", "unsigned int", "char[16]",
 * "struct cred *". Into buf (cut to len); returns buf. */
const char *kbtf_type_str(const struct btf *btf, uint32_t id, char *buf, size_t len);

/* The struct or union a C type text names, through one level of pointer:
 * "const struct cred *" gives the id of struct cred and *ptr true; "struct
 * sockaddr *" likewise. 0 when the text names no struct or union, or BTF
 * has none by that name (then *name, if not NULL, points at the name in
 * text and *namelen is its length). */
uint32_t kbtf_ctype_record(const struct btf *btf, const char *ctype, bool *ptr,
			   const char **name, size_t *namelen);

#endif
