// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* preproc.c - the preprocessor lines bpftrace scripts use, without a C
 * compiler.
 *
 * Taken, at the start of a line (blanks before '#' allowed):
 *   #define NAME text     an object-like macro: NAME, as a whole word outside
 *                         strings and comments and not after '$' or '@', is
 *                         replaced by text (itself expanded) from here on
 *   #undef NAME
 *   #ifdef / #ifndef / #if / #elif / #else / #endif, where #if and #elif take
 *                         a number, a NAME (its number; 0 when undefined), or
 *                         [!]defined(NAME)
 *   #include "file"       searched next to the including file (the current
 *                         directory for -e and standard input), then in each
 *                         -I DIR; its directives are taken and the rest of its
 *                         text (struct definitions...) joins the #include line,
 *                         so every line of the script keeps its number
 *   #include <file>       searched in each -I DIR (then read as above); a kernel
 *                         header (<linux/...>, <asm/...>, <net/...>...) adds
 *                         no types, since the kernel's BTF gives them: like
 *                         a system header (/usr/include) it adds its #defines
 *                         only, where /usr/include has it, else nothing
 *   #pragma once          (ignored)
 * Refused, with the line and column: a function-like macro, a file that
 * cannot be found or read, an #if that is not one of the forms above, an
 * unbalanced #else/#endif, an #error, any other directive. In a system
 * header what cannot be taken is skipped instead: only its object-like
 * #defines matter.
 *
 * The output keeps the script's lines where they were, so a later
 * diagnostic points at the right line; a line whose macros were replaced
 * is shown as replaced. */
#include "front/preproc.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "front/report.h"
#include "front/util.h"

#define PP_DEPTH_MAX 32		/* nested #includes, and macro expansions */
#define PP_COND_MAX 64		/* nested #if */
#define PP_FILES_MAX 512	/* files read in all (system headers include many) */

struct macro {
	char *name, *value;
	bool busy;		/* being expanded: not again inside itself */
	struct macro *next;
};

struct cond {
	bool parent;		/* the enclosing text is taken */
	bool taken;		/* some branch of this #if was taken */
	bool on;		/* the current branch is taken */
	bool seen_else;
	struct loc loc;
};

struct pp {
	const struct pp_opts *o;
	struct diag *main_diag;
	struct macro *macros;
	int depth;		/* files being read */
	int files;		/* files read so far */
	int errors;
};

/* One file being read. */
struct ppfile {
	struct pp *pp;
	const struct source *src;
	struct diag *d;
	bool lenient;		/* a system header: only its #defines count */
	bool join;		/* an included file: its lines join one line */
	const char *dir;	/* its directory, for #include "..." */
	struct cond conds[PP_COND_MAX];
	int nconds;
	bool in_comment;	/* inside a block comment at the start of a line */
};

static bool is_id(int c) { return isalnum(c) || c == '_'; }
static bool is_id0(int c) { return isalpha(c) || c == '_'; }

static bool active(const struct ppfile *f)
{
	return !f->nconds || (f->conds[f->nconds - 1].on && f->conds[f->nconds - 1].parent);
}

static struct macro *find_macro(struct pp *pp, const char *name, size_t n)
{
	for (struct macro *m = pp->macros; m; m = m->next)
		if (strlen(m->name) == n && !memcmp(m->name, name, n))
			return m;
	return NULL;
}

static struct loc at(int line, size_t col, size_t n)
{
	struct loc l = { line, (int)col + 1, line, (int)(col + (n ? n : 1)), 0 };

	return l;
}

static void error(struct ppfile *f, int line, size_t col, size_t n, const char *fmt, const char *arg)
{
	struct loc l = at(line, col, n);

	if (f->lenient)
		return;
	diag_error(f->d, &l, fmt, arg);
}

/* Append text[0..n) with its macros replaced; str and comment state are
 * followed so nothing inside them changes. strip drops comments (for text
 * that joins one line, where "//" would swallow the rest). *comment is the
 * block-comment state, carried from line to line. */
static void expand(struct pp *pp, struct buf *out, const char *t, size_t n, bool *comment,
		   bool strip, int depth)
{
	size_t i = 0;

	while (i < n) {
		if (*comment) {
			const char *end = NULL;

			for (size_t k = i; k + 1 < n; k++)
				if (t[k] == '*' && t[k + 1] == '/') {
					end = t + k;
					break;
				}
			size_t stop = end ? (size_t)(end - t) + 2 : n;
			if (!strip)
				buf_append(out, t + i, stop - i);
			if (end)
				*comment = false;
			i = stop;
			continue;
		}
		char c = t[i];
		if (c == '/' && i + 1 < n && t[i + 1] == '*') {
			*comment = true;
			if (strip)
				buf_append(out, " ", 1);
			else
				buf_append(out, "/*", 2);
			i += 2;
			continue;
		}
		if (c == '/' && i + 1 < n && t[i + 1] == '/') {
			if (!strip)
				buf_append(out, t + i, n - i);
			return;
		}
		if (c == '"') {
			size_t k = i + 1;

			while (k < n && t[k] != '"')
				k += t[k] == '\\' && k + 1 < n ? 2 : 1;
			k = k < n ? k + 1 : n;
			buf_append(out, t + i, k - i);
			i = k;
			continue;
		}
		if (is_id(c)) {
			size_t k = i;

			while (k < n && is_id(t[k]))
				k++;
			bool after_sigil = i > 0 && (t[i - 1] == '$' || t[i - 1] == '@');
			struct macro *m = !isdigit(c) && !after_sigil ? find_macro(pp, t + i, k - i) : NULL;
			if (m && !m->busy && depth < PP_DEPTH_MAX) {
				bool inner = false;

				m->busy = true;
				expand(pp, out, m->value, strlen(m->value), &inner, true, depth + 1);
				m->busy = false;
			} else {
				buf_append(out, t + i, k - i);
			}
			i = k;
			continue;
		}
		buf_append(out, &c, 1);
		i++;
	}
}

/* The value of a #define: the rest of the line without its comments,
 * blanks trimmed. */
static char *define_value(const char *t, size_t n)
{
	struct buf b = { 0 };
	bool comment = false;
	struct pp none = { 0 };

	expand(&none, &b, t, n, &comment, true, 0);
	buf_append(&b, "", 1);
	char *s = b.data, *e = s + strlen(s);
	while (*s == ' ' || *s == '\t')
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	char *v = xmalloc((size_t)(e - s) + 1);
	memcpy(v, s, (size_t)(e - s));
	v[e - s] = '\0';
	buf_free(&b);
	return v;
}

static void define(struct pp *pp, const char *name, size_t n, char *value)
{
	struct macro *m = find_macro(pp, name, n);

	if (!m) {
		m = xcalloc(1, sizeof(*m));
		m->name = xmalloc(n + 1);
		memcpy(m->name, name, n);
		m->name[n] = '\0';
		m->next = pp->macros;
		pp->macros = m;
	}
	free(m->value);
	m->value = value;
}

static void undef(struct pp *pp, const char *name, size_t n)
{
	for (struct macro **p = &pp->macros; *p; p = &(*p)->next) {
		struct macro *m = *p;

		if (strlen(m->name) == n && !memcmp(m->name, name, n)) {
			*p = m->next;
			free(m->name);
			free(m->value);
			free(m);
			return;
		}
	}
}

/* #if's forms: NUMBER, NAME, [!]defined(NAME) or [!]defined NAME. 0 or 1,
 * -1 when it is none of these. */
static int eval_if(struct pp *pp, const char *t, size_t n)
{
	size_t i = 0;
	bool neg = false;

	while (i < n && isspace((unsigned char)t[i]))
		i++;
	if (i < n && t[i] == '!') {
		neg = true;
		i++;
		while (i < n && isspace((unsigned char)t[i]))
			i++;
	}
	size_t k = i;
	while (k < n && is_id(t[k]))
		k++;
	if (k == i)
		return -1;
	int v;
	if (k - i == 7 && !memcmp(t + i, "defined", 7)) {
		i = k;
		while (i < n && isspace((unsigned char)t[i]))
			i++;
		bool paren = i < n && t[i] == '(';
		if (paren)
			i++;
		while (i < n && isspace((unsigned char)t[i]))
			i++;
		k = i;
		while (k < n && is_id(t[k]))
			k++;
		if (k == i || !is_id0(t[i]))
			return -1;
		v = find_macro(pp, t + i, k - i) != NULL;
		i = k;
		while (i < n && isspace((unsigned char)t[i]))
			i++;
		if (paren && (i >= n || t[i++] != ')'))
			return -1;
	} else {
		char num[64];
		const char *s = t + i;
		size_t len = k - i;
		struct macro *m = is_id0(t[i]) ? find_macro(pp, t + i, k - i) : NULL;

		if (is_id0(t[i]) && !m) {
			v = 0;
		} else {
			if (m) {
				s = m->value;
				len = strlen(s);
			}
			if (len >= sizeof(num))
				return -1;
			memcpy(num, s, len);
			num[len] = '\0';
			char *end;
			errno = 0;
			unsigned long long x = strtoull(num, &end, 0);
			while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
				end++;
			if (!len || *end || errno)
				return -1;
			v = x != 0;
		}
		i = k;
	}
	while (i < n && isspace((unsigned char)t[i]))
		i++;
	if (i < n && !(t[i] == '/' && i + 1 < n && (t[i + 1] == '/' || t[i + 1] == '*')))
		return -1;
	return neg ? !v : v;
}

static int read_file_pp(struct pp *pp, const char *path, bool lenient, int line, size_t col,
			size_t n, struct ppfile *from, struct buf *out);

static bool kernel_header(const char *name)
{
	static const char *const dirs[] = {
		"linux/", "asm/", "asm-generic/", "net/", "uapi/", "generated/", "trace/",
		"vdso/", "kunit/", "crypto/", "keys/", "clocksource/", "media/", "scsi/",
		"sound/", "video/", "xen/", "acpi/", "drm/", "misc/", "rdma/", "soc/",
	};

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (!strncmp(name, dirs[i], strlen(dirs[i])))
			return true;
	return false;
}

/* path of name in dir if it is a readable file, else NULL. */
static char *try_dir(const char *dir, const char *name)
{
	struct buf b = { 0 };

	buf_printf(&b, "%s%s%s", dir, *dir ? "/" : "", name);
	if (access(b.data, R_OK) == 0)
		return b.data;
	buf_free(&b);
	return NULL;
}

/* #include's file: where to read it, and whether it is a system header
 * (*lenient). NULL and *kernel when it is a kernel header read nowhere. */
static char *find_include(struct pp *pp, const char *name, bool quoted, const char *dir,
			  bool *lenient, bool *kernel)
{
	static const char *const sys[] = {
		"/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include",
	};
	char *p;

	*lenient = *kernel = false;
	if (pp->o->only_idirs) {
		if (name[0] == '/' || strstr(name, ".."))
			return NULL;
		quoted = false;
	}
	if (name[0] == '/')
		return access(name, R_OK) == 0 ? xstrdup(name) : NULL;
	if (quoted && (p = try_dir(dir, name)))
		return p;
	for (int i = 0; i < pp->o->nidirs; i++)
		if ((p = try_dir(pp->o->idirs[i], name)))
			return p;
	/* A kernel header: its types come from the BTF, but its user-space
	 * copy (/usr/include/linux/...) still gives its #defines (errno.h's
	 * EPERM is asm-generic/errno-base.h's). */
	*kernel = kernel_header(name);
	*lenient = true;
	for (size_t i = 0; i < sizeof(sys) / sizeof(sys[0]) && !pp->o->only_idirs; i++)
		if ((p = try_dir(sys[i], name)))
			return p;
	return NULL;
}

static void directive(struct ppfile *f, int line, const char *t, size_t n, size_t base,
		      struct buf *out)
{
	struct pp *pp = f->pp;
	size_t i = 0, k;

	while (i < n && (t[i] == ' ' || t[i] == '\t'))
		i++;
	k = i;
	while (k < n && is_id(t[k]))
		k++;
	size_t name_at = i, name_len = k - i;
	const char *name = t + i;
#define IS(s) (name_len == sizeof(s) - 1 && !memcmp(name, s, sizeof(s) - 1))
	i = k;
	while (i < n && (t[i] == ' ' || t[i] == '\t'))
		i++;

	/* Conditionals first: they count even where the text is skipped. */
	if (IS("ifdef") || IS("ifndef") || IS("if")) {
		int v;

		if (f->nconds == PP_COND_MAX) {
			error(f, line, base + name_at - 1, name_len + 1, "#if nested too deeply%s", "");
			return;
		}
		if (!active(f)) {
			v = 0;
		} else if (IS("if")) {
			v = eval_if(pp, t + i, n - i);
		} else {
			k = i;
			while (k < n && is_id(t[k]))
				k++;
			v = k > i ? (find_macro(pp, t + i, k - i) != NULL) == IS("ifdef") : -1;
		}
		if (v < 0) {
			error(f, line, base + i, n - i, "#%s takes a number, a macro name or "
			      "[!]defined(NAME) here", IS("if") ? "if" : "ifdef");
			v = 0;
		}
		bool parent = active(f);
		struct cond *c = &f->conds[f->nconds++];
		*c = (struct cond){ .parent = parent, .taken = v, .on = v,
				    .loc = at(line, base + name_at - 1, name_len + 1) };
		return;
	}
	if (IS("elif") || IS("else") || IS("endif")) {
		if (!f->nconds) {
			error(f, line, base + name_at - 1, name_len + 1, "#%s without #if",
			      IS("elif") ? "elif" : IS("else") ? "else" : "endif");
			return;
		}
		struct cond *c = &f->conds[f->nconds - 1];
		if (IS("endif")) {
			f->nconds--;
			return;
		}
		if (c->seen_else) {
			error(f, line, base + name_at - 1, name_len + 1, "#%s after #else",
			      IS("elif") ? "elif" : "else");
			return;
		}
		if (IS("else")) {
			c->seen_else = true;
			c->on = !c->taken;
			c->taken = true;
			return;
		}
		int v = c->taken || !c->parent ? 0 : eval_if(pp, t + i, n - i);
		if (v < 0) {
			error(f, line, base + i, n - i, "#elif takes a number, a macro name or "
			      "[!]defined(NAME) here%s", "");
			v = 0;
		}
		c->on = v;
		c->taken |= v;
		return;
	}
	if (!active(f))
		return;
	if (!name_len && name_at >= n)
		return;		/* "#" alone: the null directive */
	if (IS("define") || IS("undef")) {
		k = i;
		while (k < n && is_id(t[k]))
			k++;
		if (k == i || !is_id0(t[i])) {
			error(f, line, base + i, 1, "#%s takes a macro name",
			      IS("define") ? "define" : "undef");
			return;
		}
		if (IS("undef")) {
			undef(pp, t + i, k - i);
			return;
		}
		if (k < n && t[k] == '(') {
			struct loc l = at(line, base + i, k - i + 1);

			if (!f->lenient)
				diag_error(f->d, &l, "'%.*s' is a function-like macro: tpscript's "
					   "preprocessor takes #define NAME value only",
					   (int)(k - i), t + i);
			return;
		}
		define(pp, t + i, k - i, define_value(t + k, n - k));
		return;
	}
	if (IS("include")) {
		char close = i < n && t[i] == '<' ? '>' : i < n && t[i] == '"' ? '"' : 0;
		const char *end = close ? memchr(t + i + 1, close, n - i - 1) : NULL;

		if (!end) {
			error(f, line, base + i, n - i, "#include takes <file> or \"file\"%s", "");
			return;
		}
		size_t at_name = i + 1, len = (size_t)(end - (t + i + 1));
		char *file = xmalloc(len + 1);
		memcpy(file, t + at_name, len);
		file[len] = '\0';
		bool lenient, kernel;
		char *path = find_include(pp, file, close == '"', f->dir, &lenient, &kernel);
		if (path) {
			read_file_pp(pp, path, lenient || f->lenient, line, base + at_name - 1, len + 2,
				     f, out);
			free(path);
		} else if (!kernel) {
			/* bpftrace's (the C compiler's) words, which its users grep for */
			struct loc l = at(line, base + at_name - 1, len + 2);
			if (!f->lenient) {
				diag_error(f->d, &l, "'%s' file not found", file);
				diag_hint(f->d, pp->o->nidirs ? "searched next to the script, in each -I "
					  "directory and in /usr/include" : "searched next to the script "
					  "and in /usr/include; -I DIR adds a directory");
			}
		}
		free(file);
		return;
	}
	if (IS("pragma"))
		return;
	if (IS("error")) {
		char *msg = define_value(t + i, n - i);
		struct loc l = at(line, base + name_at - 1, name_len + 1);
		if (!f->lenient)
			diag_error(f->d, &l, "#error %s", msg);
		free(msg);
		return;
	}
	if (!f->lenient) {
		struct loc l = at(line, base + name_at - 1, name_len + 1);
		diag_error(f->d, &l, "tpscript's preprocessor does not take #%.*s", (int)name_len, name);
		diag_hint(f->d, "it takes #include, #define, #undef, #ifdef, #ifndef, #if, "
			  "#elif, #else, #endif and #pragma once");
	}
#undef IS
}

/* Read one file's lines into out: each line's text (macros replaced) and
 * its newline, or, when f->join, everything on the current line. */
static void process(struct ppfile *f, struct buf *out)
{
	const char *t = f->src->text, *end = t + f->src->len;
	int line = 1;

	while (t < end) {
		const char *nl = memchr(t, '\n', (size_t)(end - t));
		const char *le = nl ? nl : end;
		size_t i = 0, n = (size_t)(le - t);
		int lines = 1;

		while (i < n && (t[i] == ' ' || t[i] == '\t'))
			i++;
		if (!f->in_comment && i < n && t[i] == '#') {
			/* A directive, continued by '\' at the end of a line. */
			struct buf dl = { 0 };
			const char *p = t;

			for (;;) {
				const char *e = memchr(p, '\n', (size_t)(end - p));
				size_t m = e ? (size_t)(e - p) : (size_t)(end - p);
				bool cont = m && p[m - 1] == '\\';

				buf_append(&dl, p, cont ? m - 1 : m);
				if (!cont || !e) {
					le = e ? e : end;
					break;
				}
				p = e + 1;
				lines++;
			}
			buf_append(&dl, "", 1);
			directive(f, line, dl.data + i + 1, dl.len - 1 - i - 1, i + 1, out);
			buf_free(&dl);
		} else if (active(f) && !f->lenient) {
			expand(f->pp, out, t, n, &f->in_comment, f->join, 0);
		} else {
			/* skipped text: only its comments' state matters */
			struct buf none = { 0 };
			expand(f->pp, &none, t, n, &f->in_comment, true, 0);
			buf_free(&none);
		}
		for (int l = 0; l < lines; l++)
			if (!f->join && (le < end || l < lines - 1))
				buf_append(out, "\n", 1);
		if (f->join)
			buf_append(out, " ", 1);
		line += lines;
		t = le < end ? le + 1 : end;
	}
	if (f->nconds && !f->lenient)
		diag_error(f->d, &f->conds[f->nconds - 1].loc, "#if without #endif");
}

static int read_file_pp(struct pp *pp, const char *path, bool lenient, int line, size_t col,
			size_t n, struct ppfile *from, struct buf *out)
{
	struct loc l = at(line, col, n);

	if (pp->depth >= PP_DEPTH_MAX || pp->files >= PP_FILES_MAX) {
		if (!lenient && from)
			diag_error(from->d, &l, "#include nested too deeply (more than %d files: "
				   "does a file include itself?)", PP_DEPTH_MAX);
		else if (!lenient)
			report_error("--include %s: nested too deeply", path);
		return -1;
	}
	size_t len;
	char *text = read_file(path, &len);
	if (!text) {
		if (lenient)
			return 0;
		if (from)
			diag_error(from->d, &l, "cannot read %s: %s", path, strerror(errno));
		else
			report_error("--include: cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	struct source src = { .name = path, .text = text, .len = len };
	struct diag d;
	diag_init(&d, &src, pp->main_diag->out);
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		strcpy(dir, ".");
	struct ppfile f = { .pp = pp, .src = &src, .d = &d, .lenient = lenient, .join = true,
			    .dir = dir };
	pp->depth++;
	pp->files++;
	process(&f, out);
	pp->depth--;
	pp->errors += d.errors;
	free(dir);
	free(text);
	return 0;
}

static bool has_directive(const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		while (i < n && (t[i] == ' ' || t[i] == '\t'))
			i++;
		if (i < n && t[i] == '#')
			return true;
		const char *nl = memchr(t + i, '\n', n - i);
		if (!nl)
			break;
		i = (size_t)(nl - t);
	}
	return false;
}

char *preprocess(const struct source *src, const struct pp_opts *o, struct diag *d, size_t *len)
{
	struct pp pp = { .o = o, .main_diag = d };
	struct buf out = { 0 };

	*len = 0;
	if (!o->nincludes && !has_directive(src->text, src->len))
		return NULL;
	for (int i = 0; i < o->nincludes; i++) {
		bool lenient, kernel;
		char *path = find_include(&pp, o->includes[i], false, ".", &lenient, &kernel);

		if (path) {
			if (read_file_pp(&pp, path, lenient, 0, 0, 0, NULL, &out) < 0)
				pp.errors++;
			free(path);
		} else if (!kernel) {
			report_error("--include %s: file not found (searched in each -I directory "
				     "and in /usr/include)", o->includes[i]);
			pp.errors++;
		}
	}
	char *dir = xstrdup(src->name), *slash = strrchr(dir, '/');
	if (slash && strcmp(src->name, "-e") && strcmp(src->name, "-"))
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		strcpy(dir, ".");
	struct ppfile f = { .pp = &pp, .src = src, .d = d, .dir = dir };
	process(&f, &out);
	free(dir);
	while (pp.macros) {
		struct macro *m = pp.macros;

		pp.macros = m->next;
		free(m->name);
		free(m->value);
		free(m);
	}
	buf_append(&out, "", 1);
	d->errors += pp.errors;	/* included files' own, and --include's */
	if (d->errors) {
		buf_free(&out);
		*len = (size_t)-1;
		return NULL;
	}
	*len = out.len - 1;
	return out.data;
}
