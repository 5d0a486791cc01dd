/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* ast.h - the syntax tree. Every node carries its source span; sema fills in
 * the type and the resolved meaning of names. */
#ifndef TPSCRIPT_AST_H
#define TPSCRIPT_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "diag.h"
#include "util.h"

struct tp_field;
struct tp_format;
struct func;
struct map_info;
struct kbtf_member;
struct rec_arg;

enum node_kind {
	/* expressions */
	N_INT,		/* 42, 0x2a */
	N_STR,		/* "text" */
	N_IDENT,	/* pid, comm, args... resolved by sema to a builtin */
	N_POSPARAM,	/* $1 */
	N_VAR,		/* $x */
	N_MAP,		/* @name, @name[k1, k2] */
	N_MEMBER,	/* args.filename, args->filename */
	N_INDEX,	/* e[i] */
	N_CALL,		/* printf(...), str(p) */
	N_BINOP,	/* a + b */
	N_UNOP,		/* -a, !a, ~a */
	N_TERNARY,	/* c ? a : b */
	N_ASSIGN,	/* $x = e, @m[k] = e, $x += e */
	N_INCDEC,	/* $x++, --@m */
	N_CAST,		/* (uint8)e */
	N_TUPLE,	/* (a, b) */
	N_PARAMCOUNT,	/* $# */
	N_SIZEOF,	/* sizeof(struct X), sizeof(e): sema makes it an N_INT */
	N_OFFSETOF,	/* offsetof(struct X, m): sema makes it an N_INT */
	/* statements */
	N_EXPR_STMT,	/* an expression evaluated for its effect */
	N_IF,		/* if (c) { } else { } */
	N_BLOCK,	/* { stmts } */
	N_WHILE,	/* while (c) { } */
	N_UNROLL,	/* unroll (N) { } */
	N_FOR,		/* for ($kv : @m) { }, for ($i : a..b) { } */
	N_JUMP,		/* break, continue, return */
	/* expressions again (added later; kept last so older kinds keep
	 * their numbers) */
	N_BLOCK_EXPR,	/* { stmts; e }: the statements in a scope of their
			 * own, then e's value (block.value; NULL: no value,
			 * TY_VOID). A macro's expansion where it is used as
			 * a value and its body has statements; a block
			 * written as a value ($x = { ...; e }); the branches
			 * of an if-else used as a value (an N_TERNARY) */
};

/* Operators, by their own tokens so dumps read naturally. */
enum op {
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
	OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
	OP_LAND, OP_LOR,
	OP_NEG, OP_NOT, OP_BNOT,
	OP_DEREF,	/* *p */
	OP_NONE,	/* plain '=' in N_ASSIGN */
};

enum type_kind {
	TY_NONE,	/* not yet checked, or an error was reported */
	TY_VOID,	/* a call with no value (printf) */
	TY_INT,		/* 64-bit integer in registers; size/signedness kept */
	TY_STR,		/* NUL-terminated string in a buffer of size bytes */
	TY_PTR,		/* an address; user says which memory it points into */
	TY_ARGS,	/* the args record itself */
	TY_TUPLE,	/* (a, b): elems in the node */
	TY_AGG,		/* count(), hist(x)...: only assignable to a map */
	TY_KSYM,	/* ksym(addr): an address printed as a symbol */
	TY_KSTACK,	/* kstack, ustack (user set): a stack id; size is
			 * the frame limit */
	TY_INET,	/* ntop(): struct tp_inet */
	TY_ARRAY,	/* a record's array field: elems[0] the element type,
			 * nelems the count (0: __data_loc, variable) */
	TY_KOBJ,	/* a kernel-typed struct, union or array in memory
			 * (*p, a struct member): btf_id its type, user its
			 * memory; not a value, read through members,
			 * elements or print() */
	TY_BUF,		/* buf(p, n): a u64 length then the bytes (zeros
			 * after them); size is 8 + the bytes kept */
	TY_TIME,	/* strftime(fmt, ns): ns, 8 bytes, formatted by user
			 * space with fmt */
	TY_USYM,	/* usym(addr): struct tp_usym, the address with its
			 * process, printed as a symbol of that process */
	TY_NAMED,	/* username, strerror(e): a number, 8 bytes, printed
			 * by user space as its name; fmt says which names
			 * (NAMED_USER, NAMED_ERRNO in program.h) */
	TY_STRUCT,	/* a struct, union or array as a value ($s = *p,
			 * @m = p->arr): btf_id its type, shape how it is
			 * laid out (every member as print(*p) lays it out
			 * in a record: integers in 8 bytes, strings and
			 * integer arrays in their bytes); size shape's */
};

struct type {
	enum type_kind kind;
	unsigned size;		/* TY_INT: 1,2,4,8; TY_STR: buffer size;
				 * TY_TUPLE: bytes of its layout */
	bool is_signed;		/* TY_INT */
	bool is_bool;		/* TY_INT: has_key(), strcontains(): print()
				 * shows true or false */
	bool user;		/* TY_PTR, TY_KOBJ: user-space address */
	unsigned btf_id;	/* TY_PTR: the kernel type it points to (an id in
				 * the kernel's BTF, kernel/kbtf.h; typedefs and
				 * qualifiers skipped), 0 when untyped; TY_KOBJ:
				 * the object's type */
	struct type *elems;	/* TY_TUPLE: element types (arena) */
	unsigned csize, calign;	/* TY_TUPLE: its size and alignment as C lays
				 * out its elements as written (int8 in 1
				 * byte): what sizeof() says, as bpftrace */
	unsigned nelems;
	const char *const *names;	/* TY_TUPLE: a record's field names,
					 * (a=1, b="x"), one per element;
					 * NULL for a tuple */
	const struct tp_format *format;	/* TY_ARGS: the record's format */
	const char *fmt;	/* TY_TIME: the strftime format; TY_NAMED: which
				 * names */
	const struct rec_arg *shape;	/* TY_STRUCT; TY_KOBJ read as a
					 * value (copied into a variable,
					 * map, key or tuple): its layout
					 * (program/program.h), made by
					 * check/ktypes.c; its offset is
					 * not the value's */
};

/* A variable-length (__data_loc) array keeps at most this many bytes. */
#define DATALOC_ARRAY_MAX 256

/* Tuples are laid out element after element, each 8-byte aligned:
 * integers take 8 bytes, strings and buffers their size. */
static inline unsigned type_slot(const struct type *t)
{
	if (t->kind == TY_INET)
		return 24;
	if (t->kind == TY_USYM)
		return 16;
	return t->kind == TY_STR || t->kind == TY_TUPLE || t->kind == TY_BUF ||
	       t->kind == TY_STRUCT ? (t->size + 7) & ~7u : 8;
}

static inline unsigned tuple_offset(const struct type *t, unsigned i)
{
	unsigned off = 0;

	for (unsigned k = 0; k < i; k++)
		off += type_slot(&t->elems[k]);
	return off;
}

/* Element i of tuple type u is element rec_elem(t, u, i) of t: the same
 * index for tuples, the one of the same name for records (fields may be
 * written in any order); -1 when t has no such field. */
static inline int rec_elem(const struct type *t, const struct type *u, unsigned i)
{
	if (!t->names || !u->names)
		return i < t->nelems ? (int)i : -1;
	for (unsigned k = 0; k < t->nelems; k++)
		if (!strcmp(t->names[k], u->names[i]))
			return (int)k;
	return -1;
}

/* Builtin variables, resolved from N_IDENT by sema. */
enum builtin {
	B_NONE,
	B_PID, B_TID, B_COMM, B_CPID, B_ARGS,
	B_UID, B_GID, B_NSECS, B_ELAPSED, B_CPU, B_PROBE, B_RAND, B_CGROUP,
	B_KSTACK, B_USTACK,
	B_ARG,		/* arg0...arg5 of a uprobe: id.index is N */
	B_RETVAL,	/* a uretprobe's return value */
	B_CURTASK,	/* the current task_struct (bpf_get_current_task) */
	B_FUNC,		/* the probed function's name (uprobes, uretprobes) */
	B_CTX,		/* the program's context: its address, a kernel pointer */
	B_NUMAID,	/* the NUMA node of the current CPU */
	B_USERNAME,	/* the current uid, printed as its login name */
	B_NCPUS,	/* the possible CPUs (tp_ro's ncpus) */
	B_JIFFIES,	/* the kernel's jiffies (bpf_jiffies64) */
	B_USERMODE,	/* 1 when the probe interrupted user mode (x86-64's cs & 3) */
};

#define PARAM_COUNT (-1)	/* node.param of $#'s value */

struct node {
	enum node_kind kind;
	struct loc loc;
	struct type type;	/* set by sema */
	struct node *next;	/* next argument, key or statement */
	unsigned depth;		/* expressions: 1 + the deepest operand */
	bool nosemi;		/* a statement the parser saw no ';' after: the
				 * last of a block gives the block its value */
	int param;		/* a literal from $N: N; from $#: PARAM_COUNT;
				 * else 0 (set by sema) */
	union {
		uint64_t num;				/* N_INT */
		struct { char *s; size_t len; } str;	/* N_STR (len excludes NUL) */
		struct {				/* N_IDENT, N_VAR, N_POSPARAM */
			char *name;
			enum builtin builtin;		/* N_IDENT, set by sema */
			int index;			/* N_POSPARAM: $1 is 1 */
		} id;
		struct {				/* N_MAP */
			char *name;
			struct node *keys;		/* NULL for a scalar map */
			struct map_info *info;		/* set by sema */
		} map;
		struct {				/* N_MEMBER */
			struct node *base;
			char *name;			/* NULL for a tuple's .N */
			unsigned index;			/* .N */
			const struct tp_field *field;	/* set by sema on args */
			const struct kbtf_member *kmem;	/* set by sema on a kernel
							 * struct's member */
			/* index on a member of a TY_STRUCT value ($s.m):
			 * set by sema to its byte offset in the value */
			bool arrow;			/* written "->" */
		} member;
		struct { struct node *base, *index; } index;	/* N_INDEX */
		struct {				/* N_CALL */
			char *name;
			struct node *args;
			int nargs;
			const struct func *fn;		/* set by sema */
			int rec_id;			/* set by sema: record id */
			int clock;			/* nsecs(CLOCK): NSECS_*, by sema */
		} call;
		struct { enum op op; struct node *l, *r; } bin;	/* N_BINOP */
		struct { enum op op; struct node *e; } un;	/* N_UNOP */
		struct {				/* N_TERNARY */
			struct node *c, *t, *f;
			bool elvis;			/* c ?: f: t is c, read once */
			bool from_if;			/* if (c) { t } else { f } */
		} tern;
		struct {				/* N_ASSIGN */
			enum op op;
			struct node *lhs, *rhs;		/* rhs NULL: let $x; */
			bool decl;			/* let $x [= e]: a variable
							 * of the enclosing block */
			bool type_only;			/* let $x: typeof(e): e gives
							 * the type (never run);
							 * $x starts as zero */
		} assign;
		struct {				/* N_INCDEC */
			struct node *e;
			bool inc, post;
			uint64_t step;			/* set by sema: 1, or a typed
							 * pointer's element size */
		} incdec;
		struct {				/* N_EXPR_STMT */
			struct node *e;
			bool discard;			/* _ = e: no warning */
		} expr;
		struct { struct node *c, *then, *els; } if_;	/* N_IF */
		struct { struct node *c, *body; } while_;	/* N_WHILE */
		struct {				/* N_UNROLL */
			uint64_t n;			/* set by sema from count */
			struct node *count, *body;
		} unroll;
		struct {				/* N_FOR */
			struct node *var;		/* N_VAR */
			struct node *iter;		/* N_MAP, or the range's start */
			struct node *end;		/* the range's end; NULL over a map */
			struct node *body;
			struct var *v;			/* set by sema */
			struct node *warn;		/* set by sema: a range's warnf()
							 * when it has too many turns */
		} for_;
		struct {				/* N_JUMP */
			int tok;			/* 'b'reak, 'c'ontinue, 'r'eturn */
			struct node *value;		/* return e: e, evaluated for
							 * its effects; else NULL */
		} jump;
		struct {				/* N_CAST */
			char *to;			/* "uint8" ..., or "struct X" */
			struct node *e;
			bool record;			/* (struct X *): to is "struct X" */
			unsigned nptr;			/* the '*'s: (int32 **) is 2;
							 * (struct X *) at least 1 */
		} cast;
		struct {				/* N_SIZEOF, N_OFFSETOF */
			char *tname;			/* "struct X", "uint32", or NULL */
			struct node *e;			/* sizeof(e): e */
			char *member;			/* offsetof: the member */
		} size;
		struct {				/* N_TUPLE */
			struct node *elems;
			int n;
			char **names;			/* a record's (a=1, b=2) field
							 * names; NULL for a tuple */
		} tuple;
		struct {				/* N_BLOCK, N_BLOCK_EXPR */
			struct node *stmts;
			struct node *value;		/* N_BLOCK_EXPR's value */
		} block;
	};
};

/* One probe written in the source: "tracepoint:syscalls:sys_enter_open*". */
struct probe_spec {
	struct loc loc;
	char *text;		/* as written */
	char *provider;		/* "tracepoint" (from "t" too), "BEGIN", "END" */
	char *parts[3];		/* the colon-separated parts after the provider */
	int nparts;
	struct probe_spec *next;
};

/* probe[, probe...] [/predicate/] { block } */
struct probe {
	struct loc loc;
	struct probe_spec *specs;
	struct node *pred;	/* NULL when absent */
	struct node *body;	/* N_BLOCK */
	struct probe *next;
};

/* A struct or union type written in the script (C syntax):
 * struct Foo { int a; char name[16]; struct Bar *b; struct { int x; } in; }
 * The checker lays it out as C does and adds it to the script's types. */
struct cdecl_rec;

#define CDECL_MAX_DIMS 4

/* One member declarator: "unsigned long x", "char name[16]", "struct Bar *b". */
struct cdecl_member {
	struct loc loc;
	char *words;		/* the type's words, "unsigned long"; NULL when rec */
	struct cdecl_rec *rec;	/* a struct or union type (by name, or inline) */
	unsigned nptr;		/* '*'s */
	uint64_t dims[CDECL_MAX_DIMS];
	unsigned ndims;
	char *name;		/* NULL: an anonymous struct or union member */
	struct cdecl_member *next;
};

struct cdecl_rec {
	struct loc loc;
	bool is_union;
	char *name;		/* NULL: anonymous */
	bool has_body;		/* written with { members } (else a reference) */
	struct cdecl_member *members;
	struct cdecl_rec *next;	/* the next definition at top level */
};

/* macro NAME(a, $b, @c) { stmts; [value] }: expanded where it is called
 * (check/macro.c). A parameter is an expression (a), a variable ($b) or a
 * map (@c) of the caller. */
struct macro_param {
	struct loc loc;
	char *name;		/* without its '$' or '@' */
	char kind;		/* 0: an expression, '$': a variable, '@': a map */
	struct macro_param *next;
};

struct macro {
	struct loc loc;		/* the whole definition */
	struct loc name_loc;
	char *name;
	struct macro_param *params;
	unsigned nparams;
	struct node *stmts;	/* the body's statements */
	struct node *value;	/* the expression it ends with (no ';'), or NULL */
	bool std;		/* tpscript's own (check/macro.c's library) */
	struct macro *next;	/* the next definition, in source order */
};

/* config = { name = value; ... }: one setting, as written; the checker
 * (check/config.c) knows the names. */
enum config_val {
	CFGV_INT,		/* 42 */
	CFGV_STR,		/* "Dual BSD/GPL" */
	CFGV_WORD,		/* warn, true, perf */
};

struct config_set {
	struct loc loc;		/* name = value */
	struct loc vloc;	/* the value */
	char *name;
	enum config_val kind;
	uint64_t num;		/* CFGV_INT */
	char *str;		/* CFGV_STR, CFGV_WORD */
	struct config_set *next;
};

/* enum [NAME] { A, B = 5, C }: enumerators are constants anywhere; a
 * value of a named enum prints as its enumerator's name. */
struct enum_item {
	struct loc loc;
	char *name;
	bool has_value;		/* written NAME = VALUE */
	int64_t value;		/* the value written (has_value) */
	struct enum_item *next;
};

struct enum_def {
	struct loc loc;
	char *name;		/* NULL: anonymous */
	struct enum_item *items;
	struct enum_def *next;	/* the next definition, in source order */
};

/* let @m = hash(N); before or between the probes: the map's kind and
 * size. */
struct map_decl {
	struct loc loc;		/* the whole declaration */
	struct loc kloc;	/* the kind and its size */
	char *name;		/* without '@' */
	char *kind;		/* hash, lruhash, percpuhash, percpulruhash */
	uint64_t entries;
	struct map_decl *next;
};

struct ast {
	struct probe *probes;
	struct map_decl *map_decls;	/* map declarations, in source order */
	struct enum_def *enums;		/* enum definitions, in source order */
	struct cdecl_rec *records;	/* top-level definitions, in source order */
	struct macro *macros;		/* macro definitions, in source order */
	struct config_set *config;	/* the config block's settings, in order */
	bool has_config;		/* a config block was written */
};

/* Constructors used by the grammar actions; all allocate from arena a. */
struct node *node_new(struct arena *a, enum node_kind k, const struct loc *loc);
struct node *node_append(struct node *list, struct node *n);
struct probe_spec *probe_spec_new(struct arena *a, const char *text,
				  const struct loc *loc);
struct probe *probe_new(struct arena *a, struct probe_spec *specs,
			struct node *pred, struct node *body,
			const struct loc *loc);
/* A child slot of a node: the field that points to a child, or to the
 * first of a list of them linked by next. */
struct node_child {
	struct node **slot;
	bool list;		/* *slot heads a list linked by next */
	const char *label;	/* shown before it by the AST dump ("else"), or NULL */
};

#define NODE_MAX_CHILDREN 4

/* n's child slots in source order, into kids; returns how many. The one
 * place that knows which fields of each node kind are children: node_clone,
 * the AST dump and every pass that walks a subtree go through it, so a new
 * node kind is one case here. */
unsigned node_children(const struct node *n, struct node_child kids[NODE_MAX_CHILDREN]);

/* Calls fn on each child of n (every element of a list), in source order,
 * until fn returns true; returns whether one did. */
bool node_any_child(const struct node *n, bool (*fn)(const struct node *c, void *arg),
		    void *arg);

/* Deep copy of a subtree (each probe instance gets its own typed copy). */
struct node *node_clone(struct arena *a, const struct node *n);

const char *op_str(enum op op);
const char *node_kind_str(enum node_kind k);
void ast_dump(FILE *out, const struct ast *ast);

/* Parse a source into an AST. Syntax errors go to d; returns -1 then. */
int parse_source(struct arena *a, struct diag *d, struct ast *out);
/* The same for a library of definitions (macros), which needs no probe. */
int parse_library(struct arena *a, struct diag *d, struct ast *out);

#endif
