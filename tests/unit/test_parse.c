// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_parse.c - the lexer and parser: both block forms, precedence, the
 * predicate's '/', and exact located error text. */
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"
#include "check.h"

/* Parse len bytes of text; return the AST dump, or the diagnostics if
 * parsing failed; *ok says which. */
static char *parse_n(const char *text, size_t len, int *ok)
{
	struct source src = { .name = "t.tp", .text = text, .len = len };
	struct arena a = { 0 };
	struct diag d;
	struct ast ast;
	char *out = NULL;
	size_t olen = 0;
	FILE *f = open_memstream(&out, &olen);

	diag_init(&d, &src, f);
	*ok = parse_source(&a, &d, &ast) == 0;
	if (*ok)
		ast_dump(f, &ast);
	fclose(f);
	arena_free(&a);
	return out;
}

static char *parse(const char *text)
{
	int ok;

	return parse_n(text, strlen(text), &ok);
}

static int parses(const char *text)
{
	int ok;

	free(parse_n(text, strlen(text), &ok));
	return ok;
}

#define CHECK_PARSE(text, want) do { \
	char *got_ = parse(text); \
	CHECK_STR(got_, want); \
	free(got_); \
} while (0)

static void test_block_forms(void)
{
	const char *want =
		"probe tracepoint:syscalls:sys_enter_openat @1:1\n"
		"  block @1:38\n"
		"    expr @1:40\n"
		"      call print @1:40\n"
		"        call str @1:46\n"
		"          member .filename @1:50\n"
		"            ident args @1:50\n";

	CHECK_PARSE("tracepoint:syscalls:sys_enter_openat < print(str(args.filename)); >", want);
	/* the same with braces, and the old "->" */
	CHECK_PARSE("tracepoint:syscalls:sys_enter_openat { print(str(args.filename)); }", want);
	CHECK_PARSE("tracepoint:syscalls:sys_enter_openat { print(str(args.filename)) }", want);
	char *arrow = parse("t:syscalls:sys_enter_openat { print(args->filename) }");
	CHECK(arrow && strstr(arrow, "member ->filename"));
	free(arrow);

	/* '>' compares unless it follows ';', '}' or the opening '<' */
	CHECK_PARSE("BEGIN < print(2 > 1); >",
		    "probe BEGIN @1:1\n"
		    "  block @1:7\n"
		    "    expr @1:9\n"
		    "      call print @1:9\n"
		    "        binop > @1:15\n"
		    "          int 2 @1:15\n"
		    "          int 1 @1:19\n");
	CHECK(parses("BEGIN < >"));
	CHECK(parses("BEGIN < if (pid > 1) { print(1); } >"));
	CHECK(parses("BEGIN < if (pid > 1) { print(1); }; print(2); >"));
	CHECK(parses("BEGIN < if (1) { } else if (2 > 1) { print(2 >> 1); } else { exit(); } >"));
	/* nested braces inside an angle block, and the reverse */
	CHECK(parses("BEGIN < { print(1); } >"));
	CHECK(parses("BEGIN { if (1 < 2) { print(1 < 2) } }"));
	/* several probes, several specs, predicates */
	CHECK(parses("BEGIN { } END < > t:a:b, t:c:d /pid/ { }"));
}

static void test_predicates(void)
{
	/* "/" divides inside a predicate until the one before the block */
	CHECK_PARSE("t:a:b /10 / 2 == 5/ { }",
		    "probe t:a:b @1:1\n"
		    "  predicate\n"
		    "    binop == @1:8\n"
		    "      binop / @1:8\n"
		    "        int 10 @1:8\n"
		    "        int 2 @1:13\n"
		    "      int 5 @1:18\n"
		    "  block @1:21\n");
	CHECK(parses("t:a:b /pid/\n{ }"));
	CHECK(parses("t:a:b /pid/ < print(1); >"));
	CHECK(parses("t:a:b,t:c:d/comm == \"cat\"/{}"));
}

static void test_precedence(void)
{
	CHECK_PARSE("BEGIN { print(1 + 2 * 3 - 4) }",
		    "probe BEGIN @1:1\n"
		    "  block @1:7\n"
		    "    expr @1:9\n"
		    "      call print @1:9\n"
		    "        binop - @1:15\n"
		    "          binop + @1:15\n"
		    "            int 1 @1:15\n"
		    "            binop * @1:19\n"
		    "              int 2 @1:19\n"
		    "              int 3 @1:23\n"
		    "          int 4 @1:27\n");
	CHECK_PARSE("BEGIN { print(1 || 2 && 3 == 4 | 5) }",
		    "probe BEGIN @1:1\n"
		    "  block @1:7\n"
		    "    expr @1:9\n"
		    "      call print @1:9\n"
		    "        binop || @1:15\n"
		    "          int 1 @1:15\n"
		    "          binop && @1:20\n"
		    "            int 2 @1:20\n"
		    "            binop | @1:25\n"
		    "              binop == @1:25\n"
		    "                int 3 @1:25\n"
		    "                int 4 @1:30\n"
		    "              int 5 @1:34\n");
	CHECK_PARSE("BEGIN { print(-1 << 2 < !3 ? 4 : 5) }",
		    "probe BEGIN @1:1\n"
		    "  block @1:7\n"
		    "    expr @1:9\n"
		    "      call print @1:9\n"
		    "        ternary @1:15\n"
		    "          binop < @1:15\n"
		    "            binop << @1:15\n"
		    "              unop - @1:15\n"
		    "                int 1 @1:16\n"
		    "              int 2 @1:21\n"
		    "            unop ! @1:25\n"
		    "              int 3 @1:26\n"
		    "          int 4 @1:30\n"
		    "          int 5 @1:34\n");
}

static void test_tokens(void)
{
	char *s = parse("BEGIN { printf(\"a\\tb\\n\\x41\\101\\\"\") } // comment\n/* block\ncomment */");
	CHECK(s && strstr(s, "string \"a\\x09b\\nAA\\\"\""));
	free(s);
	s = parse("BEGIN { print(0x2A + 18446744073709551615) }");
	CHECK(s && strstr(s, "int 42") && strstr(s, "int 18446744073709551615"));
	free(s);
	/* spans: a multi-line script keeps its lines */
	s = parse("BEGIN\n{\n  print(\n    1)\n}\n");
	CHECK(s && strstr(s, "call print @3:3") && strstr(s, "int 1 @4:5"));
	free(s);
}

static void test_errors(void)
{
	CHECK_PARSE("BEGIN { print(1 +) }",
		    "t.tp:1:18: error: syntax error, unexpected ')'\n"
		    "    BEGIN { print(1 +) }\n"
		    "                     ^\n");
	CHECK_PARSE("BEGIN < print(1) >",
		    "t.tp:1:18: error: syntax error, unexpected end of file\n"
		    "    BEGIN < print(1) >\n"
		    "                     ^\n"
		    "  hint: in a < ... > block every statement ends with ';', and the closing '>' comes after one\n");
	CHECK_PARSE("BEGIN { print(\"abc) }",
		    "t.tp:1:15: error: unterminated string\n"
		    "    BEGIN { print(\"abc) }\n"
		    "                  ^\n");
	CHECK_PARSE("BEGIN { print(1) # }",
		    "t.tp:1:18: error: unexpected character '#'\n"
		    "    BEGIN { print(1) # }\n"
		    "                     ^\n");
	CHECK_PARSE("BEGIN { print(99999999999999999999) }",
		    "t.tp:1:15: error: integer literal is too large for 64 bits\n"
		    "    BEGIN { print(99999999999999999999) }\n"
		    "                  ^~~~~~~~~~~~~~~~~~~~\n");
	CHECK_PARSE("", "t.tp:1:1: error: the script has no probes\n"
		    "  hint: a probe looks like: tracepoint:syscalls:sys_enter_openat { printf(\"%s\\n\", str(args.filename)); }\n");
	CHECK_PARSE("BEGIN { /* open", "t.tp:1:9: error: unterminated comment\n"
		    "    BEGIN { /* open\n"
		    "            ^~\n");
	CHECK(!parses("BEGIN {"));
	CHECK(!parses("BEGIN { print(1) } }"));
	CHECK(!parses("BEGIN"));
	CHECK(!parses("t:a:b /pid { }"));

	/* A NUL byte is reported, not taken as the end of the script. */
	{
		static const char text[] = "BEGIN { print(1) }\0 x";
		int ok;
		char *out = parse_n(text, sizeof(text) - 1, &ok);

		CHECK(!ok);
		CHECK(out && strstr(out, "t.tp:1:19: error: unexpected byte 0x00"));
		free(out);
	}

	/* A long line is clipped around the column. */
	{
		size_t n = 200000;
		char *text = malloc(n + 64);
		strcpy(text, "BEGIN { print(1");
		memset(text + strlen(text), ' ', n);
		strcpy(text + 15 + n, "+) }");
		char *got = parse(text);
		CHECK(got && strlen(got) < 400);
		CHECK(got && strstr(got, "t.tp:1:200017: error: syntax error, unexpected ')'"));
		free(got);
		free(text);
	}
}

static bool is_args(const struct node *n, void *found)
{
	if (n->kind == N_IDENT && !strcmp(n->id.name, "args"))
		return *(bool *)found = true;
	return node_any_child(n, is_args, found);
}

/* The one child walker: a clone of every kind of node dumps as the
 * original does (so node_children names every child), and a search
 * through it reaches the deepest of them. */
static void test_walker(void)
{
	const char *text =
		"t:a:b /args.x > 1 ? -$1 : (int8)$#/ { @m[comm, 2] = count(); $v = (1, \"s\"); "
		"$w = $v.0; @n[1]++; @n[2] -= args.y[3]; if (pid) { unroll (2) { print(args->z); } } "
		"else { while (1) { break; } } delete(@m[comm, 2]); }";
	struct source src = { .name = "t.tp", .text = text, .len = strlen(text) };
	struct arena a = { 0 };
	struct diag d;
	struct ast ast;
	char *orig = NULL, *copy = NULL;
	size_t olen = 0, clen = 0;
	FILE *fo = open_memstream(&orig, &olen), *fc = open_memstream(&copy, &clen);

	diag_init(&d, &src, stderr);
	if (parse_source(&a, &d, &ast) < 0) {
		CHECK(!"the walker's script parses");
		fclose(fo);
		fclose(fc);
		free(orig);
		free(copy);
		arena_free(&a);
		return;
	}
	struct probe cp = *ast.probes;
	struct ast cast = { .probes = &cp };
	cp.pred = node_clone(&a, ast.probes->pred);
	cp.body = node_clone(&a, ast.probes->body);
	CHECK(cp.body != ast.probes->body && cp.body->block.stmts != ast.probes->body->block.stmts);
	ast_dump(fo, &ast);
	ast_dump(fc, &cast);
	fclose(fo);
	fclose(fc);
	/* The deepest node under each kind of parent is in the dump. */
	static const char *const deep[] = {
		"member ->z", "jump break", "paramcount", "int 3", "string \"s\"",
		"ident comm", "member .y", "member .x", "var v", "else",
	};
	for (size_t i = 0; i < sizeof(deep) / sizeof(deep[0]); i++)
		CHECK(strstr(orig, deep[i]) != NULL);
	CHECK_STR(copy, orig);
	bool found = false;
	const struct node *s0 = cp.body->block.stmts;	/* @m[comm, 2] = count(): no args */
	CHECK(!node_any_child(s0, is_args, &found) && !found);
	CHECK(node_any_child(cp.body, is_args, &found) && found);
	free(orig);
	free(copy);
	arena_free(&a);
}

int main(void)
{
	test_walker();
	test_block_forms();
	test_predicates();
	test_precedence();
	test_tokens();
	test_errors();
	return check_done();
}
