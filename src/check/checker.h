/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* checker.h - shared by the checker's files: sema.c (the recursive core),
 * funcs.c (built-ins), types.c, expand.c (probe expansion) and layout.c
 * (record and map layout). Only sema.c checks expressions; the others
 * never call into it, and funcs.c reaches the core only through
 * ctx.check_expr. */
#ifndef TPSCRIPT_CHECKER_H
#define TPSCRIPT_CHECKER_H

#include "check/funcs.h"
#include "check/sema.h"
#include "front/util.h"

struct tp_field;

/* A for loop's variable, visible in its body only: uses of name there
 * are renamed to internal, a variable of its own. */
struct scope {
	const char *name, *internal;
	struct scope *up;
};

struct ctx {
	struct probe_inst *inst;
	struct prog_probe *pp;
	int loop_depth;
	struct scope *scope;	/* innermost for loop's variable */
	unsigned nfor;		/* for loops seen in this instance */
	/* sema.c's expression checker, for built-ins whose arguments are not
	 * all plain expressions (print(@m, top), delete(@m[key])). */
	void (*check_expr)(struct sema *s, struct ctx *c, struct node *n);
};

/* types.c */
struct type ty_int(unsigned size, bool is_signed);
struct type ty_str(unsigned size);
const char *a_type(const struct type *t);
bool is_intlike(const struct type *t);
bool is_value(const struct type *t);
bool field_type(struct sema *s, const struct tp_field *fld, struct type *t);

/* sema.c */
bool const_int(const struct node *n, int64_t *out);

/* expand.c: the probes into instances, through the providers' hooks, which
 * get the rest as struct expand_ops */
void expand_probes(struct sema *s, struct ast *ast);
void expand_finish(struct sema *s);
void add_instance(struct sema *s, const struct probe *p, enum probe_kind kind,
		  const char *cat, const char *name, const struct tp_format *f);
const char *need_tracefs(struct sema *s, const struct loc *loc);
const struct tp_format *load_format(struct sema *s, const char *cat, const char *name,
				    const struct loc *loc, bool quiet_enoent);

/* layout.c */
unsigned add_record(struct sema *s, enum rec_type type);
void layout_args(struct sema *s, struct rec_desc *r, struct node *args);
void layout_args_struct(struct sema *s, struct rec_arg *ra, const struct tp_format *f,
			unsigned off);
struct map_info *map_lookup(struct sema *s, const char *name);
void rec_set_map(struct sema *s, unsigned rec_id, struct map_info *mi);
void reset_records(struct sema *s);
void finish_maps(struct sema *s);

#endif
