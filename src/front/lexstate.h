/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* lexstate.h - what the lexer keeps between tokens (flex's "extra"). */
#ifndef TPSCRIPT_LEXSTATE_H
#define TPSCRIPT_LEXSTATE_H

#include "ast.h"

struct lex_state {
	struct arena *arena;
	struct diag *diag;
	int line, col;		/* position of the next character */
	int prev;		/* the previous token */
	char stack[256];	/* '{' or '<' for each open block */
	int depth;		/* open blocks (may exceed the stack: then '{') */
	int defn_depth;		/* open braces of a type definition */
	bool in_if_cond;	/* between 'if' and the '{' of its block */
	struct loc str_start;	/* where the string being read began */
	bool str_in_cfg;	/* that string is a config block's value */
	struct loc comment_start;
	int comment_from;	/* start condition to return to after a comment */
	struct buf sbuf;	/* the string being read, unescaped */
};

void lex_step(struct lex_state *ls, struct loc *loc, const char *text, size_t len);

#endif
