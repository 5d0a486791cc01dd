/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* ktypes.h - the kernel's own types in the checker (ktypes.c): members of
 * kernel structs, *p, casts to (struct X *), curtask, sizeof, offsetof.
 *
 * A pointer to a kernel type is TY_PTR with btf_id the pointee's id in the
 * kernel's BTF (kernel/kbtf.h; typedefs and qualifiers skipped) and user
 * saying which memory it points into; a struct, union or array in memory
 * is TY_KOBJ. A probe kind whose context hands out kernel pointers types
 * them with btf_value_type. */
#ifndef TPSCRIPT_KTYPES_H
#define TPSCRIPT_KTYPES_H

#include <stdbool.h>
#include <stdint.h>

struct btf;
struct ctx;
struct loc;
struct node;
struct sema;
struct type;

/* The kernel's BTF, read on the first call; NULL after an error at loc
 * (said once per script; loc NULL: say nothing). */
const struct btf *need_btf(struct sema *s, const struct loc *loc);

/* The checker's type of a value of kernel type id (kernel/kbtf.h) found in
 * user (user true) or kernel memory: integers and enums are TY_INT, char
 * arrays TY_STR, pointers TY_PTR with btf_id their pointee's, structs,
 * unions and other arrays TY_KOBJ. false for what cannot be read (floats,
 * functions, 128-bit integers). */
bool btf_value_type(const struct btf *btf, uint32_t id, bool user, struct type *out);

/* field_type (check/types.h), and a raw tracepoint's struct or union
 * passed by value (FK_RECORD): TY_KOBJ, in the context. */
struct tp_field;
bool field_ktype(struct sema *s, const struct tp_field *fld, struct type *t);

/* A tracepoint field read by name: a pointer whose C type names a struct
 * or union ("const struct cred *") gets its btf_id; a raw tracepoint's
 * pointer argument its pointee's, whatever it is. */
void ktype_field(struct sema *s, const struct tp_field *fld, struct type *t);

/* sema.c's cases for them: n is checked, its children already are (but
 * for sizeof(e), whose e check checks). */
void ktype_member(struct sema *s, struct node *n);	/* p->m, s.m */
void ktype_deref(struct sema *s, struct node *n);	/* *p */
/* (struct X *)e, (int32 **)e: int_user says an integer address is user
 * memory (the probe's addresses are the traced process's) */
void ktype_cast(struct sema *s, struct node *n, bool int_user);
void ktype_index(struct sema *s, struct node *n);	/* p->arr[i] */
void ktype_curtask(struct sema *s, struct node *n);
void ktype_size(struct sema *s, struct node *n,
		void (*check)(struct sema *s, struct ctx *c, struct node *n), struct ctx *c);

/* print() of a kernel struct, union or array (t, TY_KOBJ): ra becomes its
 * members by name (RA_STRUCT), nested structs and arrays of them likewise,
 * integer arrays RA_ARRAY, char arrays RA_STR, pointers RA_INT in hex;
 * members tpscript cannot read (floats, 128-bit integers) are left out.
 * At off in the record. false after an error at loc (too many members,
 * too big, too deep). Codegen reads it back member by member, by name. */
#define KSHOW_MAX_READS 256	/* members read by one print() */
#define KSHOW_MAX_BYTES 8192	/* bytes they take in the record */
#define KSHOW_MAX_DEPTH 6	/* structs and arrays within each other */
struct rec_arg;
bool ktype_layout(struct sema *s, struct rec_arg *ra, const struct type *t, unsigned off,
		  const struct loc *loc);

/* e used as a value (kept in a variable, a map, a key, a tuple): a
 * TY_KOBJ e gets its shape (e->type.shape, what codegen reads into the
 * value) and *out its TY_STRUCT; any other e its own type. false after an
 * error at e (too big, nothing readable). */
bool ktype_value(struct sema *s, struct node *e, struct type *out);
/* $s.m on a TY_STRUCT value: the member's type, its offset in
 * n->member.index. */
void ktype_value_member(struct sema *s, struct node *n);

#endif
