// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* types.c - the checker's types: constructors, the words messages use for
 * them, and the type a tracepoint field reads as. Nothing here checks an
 * expression or calls back into sema.c. */
#include "check/types.h"

#include <string.h>

#include "check/state.h"

#include "kernel/tracefs.h"

struct type ty_bool(void)
{
	struct type t = ty_int(8, false);

	t.is_bool = true;
	return t;
}

struct type ty_int(unsigned size, bool is_signed)
{
	return (struct type){ .kind = TY_INT, .size = size, .is_signed = is_signed };
}

struct type ty_str(unsigned size)
{
	return (struct type){ .kind = TY_STR, .size = size };
}

/* "an integer", "a string": for messages. */
const char *a_type(const struct type *t)
{
	switch (t->kind) {
	case TY_INT: return t->is_bool ? "a bool" : "an integer";
	case TY_STR: return "a string";
	case TY_PTR: return "a pointer";
	case TY_ARGS: return "the args record";
	case TY_TUPLE: return "a tuple";
	case TY_KSYM: return "a kernel symbol";
	case TY_KSTACK: return t->user ? "a user stack" : "a kernel stack";
	case TY_INET: return "an address from ntop()";
	case TY_USYM: return "a user symbol";
	case TY_ARRAY: return "an array";
	case TY_KOBJ: return "a kernel struct (read one of its members)";
	case TY_STRUCT: return "a struct";
	case TY_BUF: return "a buffer from buf()";
	case TY_TIME: return "a time from strftime()";
	case TY_NAMED:
		return t->fmt && !strcmp(t->fmt, NAMED_ERRNO) ? "an error from strerror()"
		     : t->fmt && !strcmp(t->fmt, NAMED_SIGNAL) ? "a signal from signal_name()"
		     : "a user name";
	case TY_AGG: return "an aggregation";
	case TY_VOID: return "nothing (a call without a value)";
	default: return "unknown";
	}
}

bool is_value(const struct type *t)
{
	return t->kind == TY_INT || t->kind == TY_STR || t->kind == TY_PTR ||
	       t->kind == TY_TUPLE || t->kind == TY_KSYM || t->kind == TY_KSTACK ||
	       t->kind == TY_INET || t->kind == TY_BUF || t->kind == TY_TIME ||
	       t->kind == TY_USYM || t->kind == TY_NAMED || t->kind == TY_STRUCT;
}

bool is_intlike(const struct type *t)
{
	return t->kind == TY_INT || t->kind == TY_PTR;
}

/* The type a record field reads as; false for fields that cannot be read
 * (structs by value, arrays of unknown length). */
bool field_type(struct sema *s, const struct tp_field *fld, struct type *t)
{
	unsigned isize;
	bool isgn;

	switch (fld->kind) {
	case FK_INT:
		tp_field_int(fld, &isize, &isgn);
		*t = ty_int(isize, isgn);
		return true;
	case FK_PTR:
		*t = (struct type){ .kind = TY_PTR, .size = 8, .user = fld->user };
		return true;
	case FK_CHARS:
		*t = ty_str(fld->size);
		return true;
	case FK_DATALOC_STR:
		*t = ty_str(s->strlen);
		return true;
	case FK_ARRAY:
	case FK_DATALOC_ARRAY:
		if (!fld->elem_size || fld->elem_size > 8 || (fld->elem_size & (fld->elem_size - 1)) ||
		    (fld->kind == FK_ARRAY && !fld->count))
			return false;
		*t = (struct type){ .kind = TY_ARRAY, .nelems = fld->kind == FK_ARRAY ? fld->count : 0 };
		t->elems = arena_alloc(s->arena, sizeof(*t->elems));
		*t->elems = ty_int(fld->elem_size, fld->is_signed && fld->kind == FK_ARRAY);
		t->size = fld->kind == FK_ARRAY ? fld->size : 8 + DATALOC_ARRAY_MAX;
		return true;
	default:
		return false;
	}
}
