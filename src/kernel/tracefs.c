// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* tracefs.c - finding tracefs, listing events, parsing format files.
 *
 * A format file, as the kernel prints it (print_event_fields() and friends in
 * kernel/trace/trace_events.c):
 *
 *   name: sys_enter_openat
 *   ID: 782
 *   format:
 *   	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
 *   	...
 *   (blank line between the common_* header and the event's own fields)
 *   	field:const char * filename;	offset:24;	size:8;	signed:0;
 *   	...
 *
 *   print fmt: "...", REC->...
 *
 * The print fmt may run over several lines (it embeds the TP_printk text), so
 * everything from "print fmt:" on is ignored. The parser is fed whatever the
 * file holds, and is fuzzed: every step is bounded by the current line and
 * every number by a limit below.
 */
#include "tracefs.h"
#include "front/util.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define TRACEFS_DIR	"/sys/kernel/tracing"
#define DEBUGFS_TRACING	"/sys/kernel/debug/tracing"

/* An event record sits in one ring-buffer page, so real offsets and sizes are
 * below 4096; 64 KiB leaves room for 64 KiB-page kernels and still turns a
 * garbage number into an error instead of an out-of-bounds read later. */
#define TP_RECORD_MAX	65536u
/* A record of 1-byte fields in a page cannot hold more; this also bounds the
 * quadratic duplicate-name check on fuzzed input. */
#define TP_MAX_FIELDS	1024u
/* Longest "TYPE NAME[N]" we accept; real ones are under 64 characters. */
#define TP_DECL_MAX	256u

static void set_err(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!err || !errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* ---- finding tracefs ---- */

static bool has_events(const char *dir, int *errp)
{
	char path[PATH_MAX];
	struct stat st;

	if ((size_t)snprintf(path, sizeof(path), "%s/events", dir) >= sizeof(path)) {
		*errp = ENAMETOOLONG;
		return false;
	}
	if (stat(path, &st) < 0) {
		*errp = errno;
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		*errp = ENOTDIR;
		return false;
	}
	return true;
}

const char *tracefs_root(char *err, size_t errlen)
{
	/* The environment is looked at on every call so that tests can point
	 * it at different fixture trees; the system root is found once. */
	static char env_root[PATH_MAX];
	static const char *sys_root;
	const char *env = getenv("TPSCRIPT_TRACEFS");
	int e1 = 0, e2 = 0;

	if (env && *env) {
		if (strlen(env) >= sizeof(env_root)) {
			set_err(err, errlen, "TPSCRIPT_TRACEFS is too long");
			errno = ENAMETOOLONG;
			return NULL;
		}
		if (!has_events(env, &e1)) {
			set_err(err, errlen, "TPSCRIPT_TRACEFS=%s has no events directory: %s",
				env, strerror(e1));
			errno = e1;
			return NULL;
		}
		strcpy(env_root, env);
		return env_root;
	}
	if (sys_root)
		return sys_root;

	if (has_events(TRACEFS_DIR, &e1))
		return sys_root = TRACEFS_DIR;
	/* Older systems only have it under debugfs; stat()ing there also
	 * triggers the kernel's automount of tracefs. */
	if (has_events(DEBUGFS_TRACING, &e2))
		return sys_root = DEBUGFS_TRACING;

	/* Both directories are root-only (mode 700): not being able to look
	 * in is the usual case for a normal user, and mounting would only
	 * fail with a less helpful EPERM. */
	if (e1 == EACCES || e2 == EACCES) {
		set_err(err, errlen,
			"reading tracefs (%s) needs root, or CAP_DAC_READ_SEARCH: %s "
			"(run tpscript as root)",
			e1 == EACCES ? TRACEFS_DIR : DEBUGFS_TRACING, strerror(EACCES));
		errno = EACCES;
		return NULL;
	}

	if (mount("nodev", TRACEFS_DIR, "tracefs", 0, NULL) < 0) {
		int e = errno;

		set_err(err, errlen,
			"tracefs is not mounted and mounting it at %s failed: %s (%s)",
			TRACEFS_DIR, strerror(e),
			e == ENODEV ? "this kernel was built without tracefs" :
			"run as root, or mount it: mount -t tracefs nodev " TRACEFS_DIR);
		errno = e;
		return NULL;
	}
	if (!has_events(TRACEFS_DIR, &e1)) {
		set_err(err, errlen, "mounted tracefs at %s but it has no events directory: %s",
			TRACEFS_DIR, strerror(e1));
		errno = e1;
		return NULL;
	}
	return sys_root = TRACEFS_DIR;
}

/* ---- small span helpers (the text is never modified or copied whole) ---- */

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static bool is_ident(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static void trim(const char **s, size_t *n)
{
	while (*n && is_space(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_space((*s)[*n - 1]))
		(*n)--;
}

static bool span_eq(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && memcmp(s, word, n) == 0;
}

/* If [*s, *s+*n) starts with prefix, step over it. */
static bool skip_prefix(const char **s, size_t *n, const char *prefix)
{
	size_t pl = strlen(prefix);

	if (*n < pl || memcmp(*s, prefix, pl) != 0)
		return false;
	*s += pl;
	*n -= pl;
	return true;
}

/* A plain decimal number no larger than max. */
static bool parse_num(const char *s, size_t n, unsigned long max,
		      unsigned long *out)
{
	unsigned long v = 0;

	trim(&s, &n);
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return false;
		v = v * 10 + (unsigned long)(s[i] - '0');
		if (v > max)
			return false;
	}
	*out = v;
	return true;
}

/* Copy a span with each run of blanks turned into one space. */
static char *squeeze(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;

	trim(&s, &n);
	for (size_t i = 0; i < n; i++) {
		if (is_space(s[i])) {
			if (o > out && o[-1] != ' ')
				*o++ = ' ';
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

/* The size of a scalar C type named by its text, ignoring const and
 * volatile; 0 when it is not one we know. Used where the format file gives
 * no per-element size: __data_loc arrays and "[]" arrays. Sizes are the
 * 64-bit kernel's, the only kind BPF programs are loaded into here. */
static unsigned scalar_size(const char *type)
{
	static const struct {
		const char *name;
		unsigned size;
	} known[] = {
		{ "char", 1 }, { "signed char", 1 }, { "unsigned char", 1 },
		{ "u8", 1 }, { "s8", 1 }, { "__u8", 1 }, { "__s8", 1 },
		{ "uint8_t", 1 }, { "int8_t", 1 }, { "bool", 1 }, { "_Bool", 1 },
		{ "short", 2 }, { "unsigned short", 2 }, { "u16", 2 },
		{ "s16", 2 }, { "__u16", 2 }, { "__s16", 2 }, { "uint16_t", 2 },
		{ "int16_t", 2 }, { "__be16", 2 }, { "__le16", 2 },
		{ "int", 4 }, { "unsigned", 4 }, { "unsigned int", 4 },
		{ "signed int", 4 }, { "u32", 4 }, { "s32", 4 }, { "__u32", 4 },
		{ "__s32", 4 }, { "uint32_t", 4 }, { "int32_t", 4 },
		{ "__be32", 4 }, { "__le32", 4 }, { "pid_t", 4 },
		{ "long", 8 }, { "unsigned long", 8 }, { "long long", 8 },
		{ "unsigned long long", 8 }, { "u64", 8 }, { "s64", 8 },
		{ "__u64", 8 }, { "__s64", 8 }, { "uint64_t", 8 },
		{ "int64_t", 8 }, { "__be64", 8 }, { "__le64", 8 },
		{ "size_t", 8 },
		/* a cpumask is a bitmap of unsigned longs */
		{ "cpumask_t", 8 },
	};
	char base[64];
	size_t bl = 0;
	const char *p = type;

	if (strchr(type, '*'))
		return 8;
	while (*p) {
		const char *w;
		size_t wl;

		while (is_space(*p))
			p++;
		w = p;
		while (*p && !is_space(*p))
			p++;
		wl = (size_t)(p - w);
		if (!wl || span_eq(w, wl, "const") || span_eq(w, wl, "volatile"))
			continue;
		if (bl + wl + 2 > sizeof(base))
			return 0;
		if (bl)
			base[bl++] = ' ';
		memcpy(base + bl, w, wl);
		bl += wl;
	}
	base[bl] = '\0';
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strcmp(base, known[i].name))
			return known[i].size;
	return 0;
}

/* "const char" and "char" are strings; "unsigned char" and "u8" are bytes. */
static bool is_char_type(const char *type)
{
	return !strcmp(type, "char") || !strcmp(type, "const char");
}

static bool is_aggregate(const char *type)
{
	const char *t = type;

	while (!strncmp(t, "const ", 6) || !strncmp(t, "volatile ", 9))
		t = strchr(t, ' ') + 1;
	return !strncmp(t, "struct ", 7) || !strncmp(t, "union ", 6);
}

/* ---- parsing ---- */

struct parser {
	const char *pos;	/* start of the next line */
	unsigned line;		/* number of the line last read */
	char *err;
	size_t errlen;
};

static void fail(struct parser *p, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void fail(struct parser *p, unsigned line, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	set_err(p->err, p->errlen, "line %u: %s", line, msg);
}

static bool next_line(struct parser *p, const char **s, size_t *n)
{
	const char *end;

	if (!*p->pos)
		return false;
	end = strchr(p->pos, '\n');
	if (!end)
		end = p->pos + strlen(p->pos);
	*s = p->pos;
	*n = (size_t)(end - p->pos);
	p->pos = *end ? end + 1 : end;
	p->line++;
	return true;
}

/* One of the "name:" / "ID:" / "format:" header lines: the text after the
 * key, trimmed. */
static bool header_line(struct parser *p, const char *key, const char **val,
			size_t *vn)
{
	const char *s;
	size_t n;

	if (!next_line(p, &s, &n)) {
		fail(p, p->line + 1, "expected '%s', found the end of the file", key);
		return false;
	}
	trim(&s, &n);
	if (!skip_prefix(&s, &n, key)) {
		fail(p, p->line, "expected '%s'", key);
		return false;
	}
	trim(&s, &n);
	*val = s;
	*vn = n;
	return true;
}

/* "TYPE NAME" or "TYPE NAME[DIM]", split. */
struct decl {
	const char *type;	/* everything before the name */
	size_t type_len;
	const char *name;
	size_t name_len;
	const char *dim;	/* between the brackets after the name */
	size_t dim_len;
	bool array;		/* the name is followed by [...] */
};

static bool split_decl(struct parser *p, const char *s, size_t n,
		       struct decl *d)
{
	size_t i;

	memset(d, 0, sizeof(*d));
	trim(&s, &n);
	if (!n) {
		fail(p, p->line, "empty field declaration");
		return false;
	}
	if (n > TP_DECL_MAX) {
		fail(p, p->line, "field declaration longer than %u characters",
		     TP_DECL_MAX);
		return false;
	}
	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] < 0x20 && s[i] != '\t') {
			fail(p, p->line, "control character in the field declaration");
			return false;
		}
		if ((unsigned char)s[i] >= 0x7f) {
			fail(p, p->line, "non-ASCII character in the field declaration");
			return false;
		}
	}
	i = n;
	if (s[i - 1] == ']') {
		size_t close = i - 1;

		while (i > 0 && s[i - 1] != '[')
			i--;
		if (!i) {
			fail(p, p->line, "unmatched ']' in '%.*s'", (int)n, s);
			return false;
		}
		d->array = true;
		d->dim = s + i;
		d->dim_len = close - i;
		i--;			/* at the '[' */
		while (i > 0 && is_space(s[i - 1]))
			i--;
	}
	size_t end = i;
	while (i > 0 && is_ident(s[i - 1]))
		i--;
	if (i == end || is_digit(s[i])) {
		fail(p, p->line, "no field name in '%.*s'", (int)n, s);
		return false;
	}
	d->name = s + i;
	d->name_len = end - i;
	d->type = s;
	d->type_len = i;
	trim(&d->type, &d->type_len);
	if (!d->type_len || (i > 0 && !is_space(s[i - 1]) && s[i - 1] != '*')) {
		fail(p, p->line, "no type before the field name in '%.*s'", (int)n, s);
		return false;
	}
	return true;
}

/* Fill in f->type, kind, elem_size, count and user from the declaration and
 * the size the kernel gave. Oddities become FK_OTHER rather than errors: one
 * field we cannot type should not make the whole event unusable. */
static void classify(struct tp_field *f, const struct decl *d, const char *cat)
{
	char *type = squeeze(d->type, d->type_len);
	const char *rest = type;

	f->kind = FK_OTHER;
	if (!strncmp(rest, "__rel_loc", 9) && (!rest[9] || rest[9] == ' ')) {
		/* Like __data_loc but counted from the end of the field; no
		 * kernel here uses it, so it stays opaque until one does. */
		f->type = type;
		return;
	}
	if (!d->array && !strncmp(rest, "__data_loc", 10) &&
	    (!rest[10] || rest[10] == ' ')) {
		/* A u32 in the record: offset of the data in the low 16 bits,
		 * its length in bytes in the high 16. */
		char *elem = xstrdup(rest + 10 + !!rest[10]);
		size_t el = strlen(elem);
		bool dyn = el >= 2 && !strcmp(elem + el - 2, "[]");

		if (dyn) {
			el -= 2;
			while (el && elem[el - 1] == ' ')
				el--;
			elem[el] = '\0';
		}
		if (f->size == 4 && el) {
			if (dyn && is_char_type(elem)) {
				f->kind = FK_DATALOC_STR;
				f->elem_size = 1;
			} else if ((f->elem_size = scalar_size(elem))) {
				f->kind = FK_DATALOC_ARRAY;
			}
		}
		free(elem);
		f->type = type;
		return;
	}
	if (d->array) {
		unsigned long n = 0;
		unsigned es = scalar_size(type);
		bool numeric = parse_num(d->dim, d->dim_len, TP_RECORD_MAX, &n);
		struct buf b = { 0 };

		if (numeric && n > 0) {
			if (f->size && f->size % n == 0) {
				f->count = (unsigned)n;
				f->elem_size = f->size / (unsigned)n;
			}
		} else if (numeric || !d->dim_len) {
			/* "[]" or "[0]": a flexible tail, size 0. */
			f->elem_size = es;
		} else if (es && f->size && f->size % es == 0) {
			/* A dimension the kernel left as text (an old kernel's
			 * "[TASK_COMM_LEN]", a sizeof()): the size tells. */
			f->count = f->size / es;
			f->elem_size = es;
		}
		if (f->elem_size) {
			if (is_char_type(type))
				f->kind = f->elem_size == 1 ? FK_CHARS : FK_OTHER;
			else
				f->kind = FK_ARRAY;
		}
		if (f->kind == FK_OTHER) {
			f->count = 0;
			f->elem_size = 0;
		}
		buf_printf(&b, "%s[", type);
		if (f->count) {
			buf_printf(&b, "%u", f->count);
		} else {
			const char *dim = d->dim;
			size_t dl = d->dim_len;

			trim(&dim, &dl);
			buf_append(&b, dim, dl);
		}
		buf_append(&b, "]", 1);
		free(type);
		f->type = b.data;
		return;
	}
	f->type = type;
	if (strchr(type, '*')) {
		f->kind = FK_PTR;
		/* Every syscalls:* pointer is an argument the process passed:
		 * reading it needs bpf_probe_read_user(). */
		f->user = cat && !strcmp(cat, "syscalls");
	} else if (!strpbrk(type, "[(") && !is_aggregate(type) &&
		   (f->size == 1 || f->size == 2 || f->size == 4 || f->size == 8)) {
		/* Typedefs, bool and enums alike: the size and the signed:
		 * flag say all there is to say. */
		f->kind = FK_INT;
	}
}

/* "\tfield:DECL;\toffset:N;\tsize:N;\tsigned:N;" from just after "field:". */
static bool parse_field(struct parser *p, const char *s, size_t n,
			struct tp_field *f, const char *cat)
{
	const char *semi = memchr(s, ';', n);
	struct decl d;
	unsigned long off = 0, size = 0, sign = 0;
	bool have_off = false, have_size = false, have_sign = false;

	/* A ':' in the declaration means its ';' is missing and the next
	 * key ran into it. */
	if (!semi || memchr(s, ':', (size_t)(semi - s))) {
		fail(p, p->line, "missing ';' after the field declaration");
		return false;
	}
	if (!split_decl(p, s, (size_t)(semi - s), &d))
		return false;
	n -= (size_t)(semi + 1 - s);
	s = semi + 1;

	for (;;) {
		const char *key, *val, *colon;
		size_t kl, vl;

		trim(&s, &n);
		if (!n)
			break;
		colon = memchr(s, ':', n);
		semi = memchr(s, ';', n);
		if (!colon || (semi && semi < colon)) {
			fail(p, p->line, "expected 'key:value;' at '%.*s'",
			     (int)(n > 32 ? 32 : n), s);
			return false;
		}
		key = s;
		kl = (size_t)(colon - s);
		for (size_t i = 0; i <= kl; i++) {
			if (!kl || (i < kl && !is_ident(key[i]))) {
				fail(p, p->line, "expected 'key:value;' at '%.*s'",
				     (int)(n > 32 ? 32 : n), s);
				return false;
			}
		}
		if (!semi) {
			fail(p, p->line, "missing ';' after '%.*s'",
			     (int)(n > 32 ? 32 : n), s);
			return false;
		}
		val = colon + 1;
		vl = (size_t)(semi - val);
		if (span_eq(key, kl, "offset")) {
			have_off = parse_num(val, vl, TP_RECORD_MAX - 1, &off);
			if (!have_off)
				goto bad_number;
		} else if (span_eq(key, kl, "size")) {
			have_size = parse_num(val, vl, TP_RECORD_MAX, &size);
			if (!have_size)
				goto bad_number;
		} else if (span_eq(key, kl, "signed")) {
			have_sign = parse_num(val, vl, 1, &sign);
			if (!have_sign) {
				fail(p, p->line, "signed: must be 0 or 1, not '%.*s'",
				     (int)(vl > 32 ? 32 : vl), val);
				return false;
			}
		}
		/* Other keys: a newer kernel's addition, not ours to judge. */
		n -= (size_t)(semi + 1 - s);
		s = semi + 1;
		continue;
bad_number:
		fail(p, p->line, "%.*s: '%.*s' is not a number below %u",
		     (int)(kl > 32 ? 32 : kl), key, (int)(vl > 32 ? 32 : vl), val,
		     TP_RECORD_MAX);
		return false;
	}
	if (!have_off || !have_size || !have_sign) {
		fail(p, p->line, "missing '%s:' in the field '%.*s'",
		     !have_off ? "offset" : !have_size ? "size" : "signed",
		     (int)d.name_len, d.name);
		return false;
	}
	if (off + size > TP_RECORD_MAX) {
		fail(p, p->line, "field '%.*s' ends past %u bytes",
		     (int)d.name_len, d.name, TP_RECORD_MAX);
		return false;
	}

	memset(f, 0, sizeof(*f));
	f->name = xmalloc(d.name_len + 1);
	memcpy(f->name, d.name, d.name_len);
	f->name[d.name_len] = '\0';
	f->offset = (unsigned)off;
	f->size = (unsigned)size;
	f->is_signed = sign;
	f->common = !strncmp(f->name, "common_", 7);
	classify(f, &d, cat);
	return true;
}

static void free_fields(struct tp_field *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(fields[i].name);
		free(fields[i].type);
	}
	free(fields);
}

struct tp_format *tp_format_parse(const char *text, const char *cat,
				  const char *name, char *err, size_t errlen)
{
	struct parser p = { .pos = text ? text : "", .err = err, .errlen = errlen };
	struct tp_field *fields = NULL;
	size_t nfields = 0, cap = 0;
	const char *s, *fname;
	size_t n, fname_len;
	unsigned long id;
	unsigned end_line;	/* the "print fmt:" line, 0 if none */
	struct tp_format *f;

	if (!header_line(&p, "name:", &fname, &fname_len))
		goto err_out;
	if (!fname_len) {
		fail(&p, p.line, "no event name after 'name:'");
		goto err_out;
	}
	if (!header_line(&p, "ID:", &s, &n))
		goto err_out;
	if (!parse_num(s, n, INT_MAX, &id)) {
		fail(&p, p.line, "ID: '%.*s' is not a number", (int)(n > 32 ? 32 : n), s);
		goto err_out;
	}
	if (!header_line(&p, "format:", &s, &n))
		goto err_out;
	if (n) {
		fail(&p, p.line, "unexpected text after 'format:'");
		goto err_out;
	}

	end_line = 0;
	while (next_line(&p, &s, &n)) {
		trim(&s, &n);
		if (!n)
			continue;	/* the gap after the common fields */
		if (skip_prefix(&s, &n, "print fmt:")) {
			end_line = p.line;
			break;		/* the rest is the TP_printk text */
		}
		if (!skip_prefix(&s, &n, "field:")) {
			fail(&p, p.line, "expected 'field:' or 'print fmt:'");
			goto err_out;
		}
		if (nfields == TP_MAX_FIELDS) {
			fail(&p, p.line, "more than %u fields", TP_MAX_FIELDS);
			goto err_out;
		}
		if (nfields == cap) {
			cap = cap ? cap * 2 : 16;
			fields = xrealloc(fields, cap * sizeof(*fields));
		}
		if (!parse_field(&p, s, n, &fields[nfields], cat))
			goto err_out;
		nfields++;
		for (size_t i = 0; i + 1 < nfields; i++) {
			if (!strcmp(fields[i].name, fields[nfields - 1].name)) {
				fail(&p, p.line, "field '%s' appears twice",
				     fields[i].name);
				goto err_out;
			}
		}
	}
	if (!nfields) {
		fail(&p, end_line ? end_line : p.line + 1, "no fields after 'format:'");
		goto err_out;
	}

	f = xcalloc(1, sizeof(*f));
	f->category = xstrdup(cat ? cat : "");
	if (name) {
		f->name = xstrdup(name);
	} else {
		f->name = xmalloc(fname_len + 1);
		memcpy(f->name, fname, fname_len);
		f->name[fname_len] = '\0';
	}
	f->id = (int)id;
	f->fields = fields;
	f->nfields = nfields;
	return f;

err_out:
	free_fields(fields, nfields);
	errno = EINVAL;
	return NULL;
}

void tp_format_free(struct tp_format *f)
{
	if (!f)
		return;
	free_fields(f->fields, f->nfields);
	free(f->category);
	free(f->name);
	free(f);
}

const struct tp_field *tp_format_field(const struct tp_format *f,
				       const char *name)
{
	if (!f || !name)
		return NULL;
	for (size_t i = 0; i < f->nfields; i++)
		if (!strcmp(f->fields[i].name, name))
			return &f->fields[i];
	return NULL;
}

/* ---- what the compiler read, for the compile cache ---- */

static bool valid_component(const char *s);

static struct buf *record;

void tracefs_record(struct buf *rec)
{
	record = rec;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *c = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ c[i]) * 0x100000001b3ull;
	return h;
}

#define FNV_BASE 0xcbf29ce484222325ull

static uint64_t names_hash(char **names)
{
	uint64_t h = FNV_BASE;

	for (char **p = names; p && *p; p++)
		h = fnv(h, *p, strlen(*p) + 1);
	return h;
}

/* Append line (n bytes, its newline included) to the record unless it is
 * there already: a file read or a directory listed twice is one check. */
static void append_once(const char *line, size_t n)
{
	for (const char *p = record->data; p && p < record->data + record->len;) {
		const char *nl = memchr(p, '\n', record->len - (size_t)(p - record->data));

		if (!nl)
			break;
		if ((size_t)(nl + 1 - p) == n && !memcmp(p, line, n))
			return;
		p = nl + 1;
	}
	buf_append(record, line, n);
}

/* One line, once: a format file read or a directory listed twice is one
 * check. */
static void note(char kind, uint64_t h, const char *cat, const char *name)
{
	char line[PATH_MAX + 32];
	int n;

	if (!record)
		return;
	n = snprintf(line, sizeof(line), "%c %016llx events%s%s%s%s%s\n", kind,
		     (unsigned long long)h, cat ? "/" : "", cat ? cat : "", name ? "/" : "",
		     name ? name : "", kind == 'F' ? "/format" : "");
	if (n <= 0 || (size_t)n >= sizeof(line))
		return;
	append_once(line, (size_t)n);
}

/* A file outside tracefs, by what stat says of it: a rebuilt binary (a new
 * inode, size or modification time) or another kernel's BTF differs. */
static uint64_t file_hash(const char *path, bool *ok)
{
	struct stat st;
	uint64_t v[5];

	*ok = stat(path, &st) == 0;
	if (!*ok)
		return 0;
	v[0] = (uint64_t)st.st_dev;
	v[1] = (uint64_t)st.st_ino;
	v[2] = (uint64_t)st.st_size;
	v[3] = (uint64_t)st.st_mtim.tv_sec;
	v[4] = (uint64_t)st.st_mtim.tv_nsec;
	return fnv(FNV_BASE, v, sizeof(v));
}

void tracefs_record_file(const char *path)
{
	char abs[PATH_MAX], line[PATH_MAX + 32];
	bool ok;

	if (!record || !path)
		return;
	if (!realpath(path, abs) || abs[0] != '/' || strchr(abs, '\n'))
		return;
	uint64_t h = file_hash(abs, &ok);
	if (!ok)
		return;
	int n = snprintf(line, sizeof(line), "B %016llx %s\n", (unsigned long long)h, abs);
	if (n <= 0 || (size_t)n >= sizeof(line))
		return;
	append_once(line, (size_t)n);
}

static void check_err(char *err, size_t errlen, const char *what, size_t n)
{
	if (err && errlen)
		snprintf(err, errlen, "%.*s", (int)(n < 200 ? n : 200), what);
}

int tracefs_check_record(const char *root, const char *rec, size_t len, char *err,
			 size_t errlen)
{
	const char *p = rec, *end = rec + len;

	if (!root && !(root = tracefs_root(NULL, 0))) {
		check_err(err, errlen, "no tracefs", 10);
		return -1;
	}
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		char path[PATH_MAX], hex[17];
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		unsigned long long want;
		uint64_t got;
		char kind, *tail;

		/* "B HHHHHHHHHHHHHHHH /PATH": a file outside tracefs, stat'ed
		 * (never read). */
		if (nl && n > 19 && p[0] == 'B' && p[1] == ' ' && p[18] == ' ' && p[19] == '/' &&
		    n - 19 < sizeof(path) && !memchr(p, 0, n)) {
			bool ok;

			memcpy(hex, p + 2, 16);
			hex[16] = 0;
			want = strtoull(hex, &tail, 16);
			memcpy(path, p + 19, n - 19);
			path[n - 19] = 0;
			got = *tail ? 0 : file_hash(path, &ok);
			if (*tail || !ok || got != want) {
				check_err(err, errlen, p + 19, n - 19);
				return -1;
			}
			p = nl + 1;
			continue;
		}
		/* "K HHHHHHHHHHHHHHHH events[/CAT[/NAME/format]]" */
		if (!nl || n < 25 || (p[0] != 'F' && p[0] != 'L') || p[1] != ' ' || p[18] != ' ' ||
		    memcmp(p + 19, "events", 6) || n - 19 >= sizeof(path)) {
			check_err(err, errlen, "a damaged record of tracefs", 27);
			return -1;
		}
		kind = p[0];
		memcpy(hex, p + 2, 16);
		hex[16] = 0;
		want = strtoull(hex, &tail, 16);
		if (*tail) {
			check_err(err, errlen, "a damaged record of tracefs", 27);
			return -1;
		}
		/* After "events": "" or "/CAT" (L), "/CAT/NAME/format" (F). */
		size_t rl = n - 25;
		char rest[PATH_MAX], *c1, *c2 = NULL, *c3 = NULL;

		if (memchr(p + 25, 0, rl)) {
			check_err(err, errlen, "a damaged record of tracefs", 27);
			return -1;
		}
		memcpy(rest, p + 25, rl);
		rest[rl] = 0;
		c1 = rest[0] == '/' ? rest + 1 : NULL;
		if (c1 && (c2 = strchr(c1, '/')))
			*c2++ = 0;
		if (c2 && (c3 = strchr(c2, '/')))
			*c3++ = 0;
		bool ok = kind == 'L' ? (!rl || (c1 && !c2 && valid_component(c1)))
				      : (c1 && c2 && c3 && valid_component(c1) &&
					 valid_component(c2) && !strcmp(c3, "format"));
		if (!ok) {
			check_err(err, errlen, "a damaged record of tracefs", 27);
			return -1;
		}
		if (kind == 'F') {
			size_t flen = 0;
			char *text;

			if ((size_t)snprintf(path, sizeof(path), "%s/events/%s/%s/format", root, c1, c2) >=
			    sizeof(path)) {
				check_err(err, errlen, p + 19, n - 19);
				return -1;
			}
			text = read_file(path, &flen);
			got = text ? fnv(FNV_BASE, text, flen) : 0;
			free(text);
			if (!text || got != want) {
				check_err(err, errlen, p + 19, n - 19);
				return -1;
			}
		} else {
			struct buf *saved = record;
			char **names;

			record = NULL;
			names = tracefs_list(root, c1);
			record = saved;
			got = names ? names_hash(names) : 0;
			tracefs_names_free(names);
			if (!names || got != want) {
				check_err(err, errlen, p + 19, n - 19);
				return -1;
			}
		}
		p = nl + 1;
	}
	return 0;
}

/* ---- files ---- */

/* Category and event names come from scripts: one path component each, so
 * "../../etc" cannot walk out of events/. */
static bool valid_component(const char *s)
{
	return s && *s && !strchr(s, '/') && strcmp(s, ".") && strcmp(s, "..");
}

struct tp_format *tp_format_load(const char *root, const char *cat,
				 const char *name, char *err, size_t errlen)
{
	char path[PATH_MAX], msg[256];
	struct tp_format *f;
	char *text;
	int e;

	if (!root && !(root = tracefs_root(err, errlen)))
		return NULL;
	if (!valid_component(cat) || !valid_component(name)) {
		set_err(err, errlen, "no tracepoint %s:%s", cat ? cat : "",
			name ? name : "");
		errno = ENOENT;
		return NULL;
	}
	if ((size_t)snprintf(path, sizeof(path), "%s/events/%s/%s/format", root,
			     cat, name) >= sizeof(path)) {
		set_err(err, errlen, "no tracepoint %s:%s (name too long)", cat, name);
		errno = ENAMETOOLONG;
		return NULL;
	}
	size_t tlen = 0;

	text = read_file(path, &tlen);
	if (text)
		note('F', fnv(FNV_BASE, text, tlen), cat, name);
	if (!text) {
		e = errno;
		/* ENOTDIR: the category named a file such as events/enable */
		if (e == ENOENT || e == ENOTDIR) {
			e = ENOENT;
			set_err(err, errlen, "no tracepoint %s:%s (%s does not exist)",
				cat, name, path);
		} else if (e == EACCES) {
			set_err(err, errlen, "reading %s needs root, or CAP_DAC_READ_SEARCH: %s", path,
				strerror(e));
		} else {
			set_err(err, errlen, "cannot read %s: %s", path, strerror(e));
		}
		errno = e;
		return NULL;
	}
	msg[0] = '\0';
	f = tp_format_parse(text, cat, name, msg, sizeof(msg));
	free(text);
	if (!f) {
		set_err(err, errlen, "%s: %s", path, msg);
		errno = EINVAL;
	}
	return f;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **tracefs_list(const char *root, const char *cat)
{
	char path[PATH_MAX];
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	DIR *dir;

	if (!root && !(root = tracefs_root(NULL, 0)))
		return NULL;
	if (cat && !valid_component(cat)) {
		errno = ENOENT;
		return NULL;
	}
	if ((size_t)snprintf(path, sizeof(path), "%s/events%s%s", root,
			     cat ? "/" : "", cat ? cat : "") >= sizeof(path)) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	dir = opendir(path);
	if (!dir)
		return NULL;
	while ((errno = 0, de = readdir(dir))) {
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		/* Skip enable, filter, header_page...: only events and
		 * categories are directories. */
		if (de->d_type != DT_DIR) {
			if (de->d_type != DT_UNKNOWN && de->d_type != DT_LNK)
				continue;
			if (fstatat(dirfd(dir), de->d_name, &st, 0) < 0 ||
			    !S_ISDIR(st.st_mode))
				continue;
		}
		if (n + 1 >= cap) {
			cap = cap ? cap * 2 : 64;
			names = xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = xstrdup(de->d_name);
	}
	if (errno) {
		int e = errno;

		closedir(dir);
		while (n)
			free(names[--n]);
		free(names);
		errno = e;
		return NULL;
	}
	closedir(dir);
	if (!names)
		names = xmalloc(sizeof(*names));
	qsort(names, n, sizeof(*names), cmp_names);
	names[n] = NULL;
	note('L', names_hash(names), cat, NULL);
	return names;
}

void tracefs_names_free(char **names)
{
	if (!names)
		return;
	for (char **p = names; *p; p++)
		free(*p);
	free(names);
}

/* A C integer type named by keywords ("int", "unsigned int", "long"...):
 * its width and signedness. Syscall events store every argument in an
 * unsigned long slot (size 8, signed 0) while the C type says "int": the
 * declared type is what the value means (AT_FDCWD is -100, not 4294967196). */
static bool c_int_type(const char *type, unsigned *size, bool *sgn)
{
	static const struct {
		const char *name;
		unsigned size;
		bool sgn;
	} types[] = {
		{ "int", 4, true }, { "signed int", 4, true }, { "unsigned int", 4, false },
		{ "unsigned", 4, false }, { "short", 2, true }, { "unsigned short", 2, false },
		{ "char", 1, true }, { "signed char", 1, true }, { "unsigned char", 1, false },
		{ "long", 8, true }, { "unsigned long", 8, false }, { "long long", 8, true },
		{ "unsigned long long", 8, false },
	};

	if (!strncmp(type, "const ", 6))
		type += 6;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		if (!strcmp(type, types[i].name)) {
			*size = types[i].size;
			*sgn = types[i].sgn;
			return true;
		}
	}
	return false;
}

void tp_field_int(const struct tp_field *f, unsigned *size, bool *is_signed)
{
	if (c_int_type(f->type, size, is_signed) && *size < f->size)
		return;
	*size = f->size;
	*is_signed = f->is_signed;
}

/* What a pointer field points to: strip the last '*' (and a "const" after
 * the one before it) from its C type. */
bool tp_field_pointee(const struct tp_field *f, unsigned *size, bool *sgn, bool *is_ptr)
{
	if (f->kind != FK_PTR)
		return false;
	const char *star = strrchr(f->type, '*');
	size_t n = star ? (size_t)(star - f->type) : 0;
	char text[64];

	while (n && is_space(f->type[n - 1]))
		n--;
	if (n >= 5 && !strncmp(f->type + n - 5, "const", 5) &&
	    (n == 5 || !is_ident(f->type[n - 6])))
		n -= 5;
	while (n && is_space(f->type[n - 1]))
		n--;
	if (!n || n >= sizeof(text))
		return false;
	memcpy(text, f->type, n);
	text[n] = '\0';
	*is_ptr = strchr(text, '*') != NULL;
	*size = scalar_size(text);
	if (*is_ptr) {
		*sgn = false;
		return true;
	}
	if (!*size || !strcmp(text, "void") || !strcmp(text, "const void"))
		return false;
	/* Plain C integers say their sign; kernel typedefs and bool are
	 * unsigned when their name says so. */
	const char *t = !strncmp(text, "const ", 6) ? text + 6 : text;
	unsigned csize;

	if (!c_int_type(t, &csize, sgn))
		*sgn = (t[0] == 's' && t[1] >= '0' && t[1] <= '9') || !strncmp(t, "__s", 3) ||
		       !strncmp(t, "int", 3) || !strcmp(t, "pid_t");
	return true;
}
