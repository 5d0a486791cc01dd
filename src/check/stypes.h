/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* stypes.h - the script's own types (stypes.c): struct and union
 * definitions written in the script, and the integer and pointer types of
 * typed casts, (int32 *)p, (int8 **)p.
 *
 * They are BTF types, added to a split BTF on top of the kernel's (an
 * empty base when the kernel has none), so a script type's id is an
 * ordinary BTF id: kernel/kbtf.h's functions and btf_value_type work on it
 * unchanged, and kbtf_is_script() tells it from the kernel's. The checker's
 * s->btf becomes that split BTF once the script has such a type. */
#ifndef TPSCRIPT_STYPES_H
#define TPSCRIPT_STYPES_H

#include <stdbool.h>
#include <stdint.h>

struct ast;
struct btf;
struct loc;
struct sema;

/* Lays out and adds the script's top-level definitions (C layout rules:
 * natural alignment, padding, nested structs and arrays). false after an
 * error (reported at its place). */
bool stypes_define(struct sema *s, const struct ast *ast);

/* The id of int8 ... uint64 (tpscript's spelling) among the script's
 * types, added on the first use. */
uint32_t stypes_int(struct sema *s, const char *tname);

/* The id of a pointer to type id `to`, added on the first use. */
uint32_t stypes_ptr(struct sema *s, uint32_t to);

/* The script's own struct (union) NAME, or 0: it shadows the kernel's. */
uint32_t stypes_find_record(const struct sema *s, const char *name, bool is_union);

/* The C integer a type's words name: "unsigned long", "int32_t", "u8",
 * "char", "bool", "int8" ... false when they name no integer. */
bool stypes_ctype_int(const char *words, unsigned *size, bool *is_signed, bool *is_char);

/* The script's enum definitions: each enumerator a constant, each enum a
 * names table, "enum NAME:A=0;B=5;" (NAMED_ENUM in program.h), which an
 * integer's type carries (struct type.fmt) to print as the name. false
 * after an error. */
bool stypes_enums(struct sema *s, const struct ast *ast);

/* The enumerator NAME, or NULL. */
const struct enum_const *stypes_enum_const(const struct sema *s, const char *name);

/* The names table of enum NAME, or NULL when the script defines none. */
const char *stypes_enum_type(const struct sema *s, const char *name);

#endif
