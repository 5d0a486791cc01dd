// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* output.c - records from the ring buffer, printed as text. */
#include "mapprint.h"
#include "output.h"
#include "json.h"
#include "front/report.h"
#include "front/util.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <string.h>
#include <time.h>

/* A string argument, NUL-terminated even if the record's bytes are not,
 * with ".." after one that str() cut. */
static const char *rec_str(const unsigned char *rec, const struct rec_arg *a,
			   char *tmp, size_t tmplen)
{
	const char *s = (const char *)rec + a->offset;

	if (a->cut_mark && a->size >= 2 && strnlen(s, a->size) == a->size - 1 &&
	    tmplen >= a->size + 2) {
		memcpy(tmp, s, a->size - 2);
		memcpy(tmp + a->size - 2, "..", 3);
		return tmp;
	}
	bool cut;
	size_t shown = str_shown(s, a->size, &cut);
	if (cut && tmplen >= shown + 3) {	/* a cut string from a map or variable */
		memcpy(tmp, s, shown);
		memcpy(tmp + shown, "..", 3);
		return tmp;
	}
	if (memchr(s, '\0', a->size))
		return s;
	size_t n = a->size < tmplen - 1 ? a->size : tmplen - 1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	return tmp;
}

/* ksym(), usym(), kstack, ntop(): printed through the symbol printer. A
 * kstack is one frame a line, indented by 8, ending with a newline. */
static int put_special(FILE *out, const unsigned char *base, const struct rec_arg *a)
{
	const struct sym_printer *sp = sym_printer_get();
	uint64_t v;

	memcpy(&v, base + a->offset, 8);
	if (a->kind == RA_INET) {
		print_inet(out, base + a->offset);
	} else if (a->kind == RA_USYM) {
		struct tp_usym u;

		memcpy(&u, base + a->offset, sizeof(u));
		print_usym(out, &u);
	} else if (!sp) {
		fprintf(out, "0x%" PRIx64, v);
	} else if (a->kind == RA_KSYM) {
		sp->ksym(out, v, sp->ctx);
	} else {
		sp->kstack(out, v, 8, a->frames, a->user_stack, sp->ctx);
		fputc('\n', out);
	}
	return ferror(out) ? -1 : 0;
}

/* A record's elements are named; a tuple's are not, but an element of
 * strftime() or a named number (strerror(), an enum's value) keeps its
 * format in its name. */
static bool is_record(const struct rec_arg *a)
{
	return a->kind == RA_TUPLE && a->nelems && a->elems[0].name &&
	       a->elems[0].kind != RA_NAMED && a->elems[0].kind != RA_TIME;
}

/* A value as print() shows it: integers, strings raw, tuples as
 * "(1, two)". base is where offsets count from. */
static int put_value(FILE *out, const unsigned char *base, const struct rec_arg *a)
{
	char tmp[4097];

	if (a->kind == RA_STR)
		return fprintf(out, "%s", rec_str(base, a, tmp, sizeof(tmp)));
	if (a->kind == RA_KSYM || a->kind == RA_KSTACK || a->kind == RA_INET ||
	    a->kind == RA_USYM)
		return put_special(out, base, a);
	if (a->kind == RA_BUF) {
		print_buf(out, base + a->offset, a->size, 0);
		return ferror(out) ? -1 : 0;
	}
	if (a->kind == RA_NAMED) {
		uint64_t v;

		memcpy(&v, base + a->offset, 8);
		print_named(out, v, a->name);
		return ferror(out) ? -1 : 0;
	}
	if (a->kind == RA_TIME) {
		uint64_t ns;

		memcpy(&ns, base + a->offset, 8);
		print_time(out, ns, a->name);
		return ferror(out) ? -1 : 0;
	}
	if (a->kind == RA_ARRAY) {
		const unsigned char *p = base + a->offset;
		unsigned n = a->count;

		if (!n) {	/* variable: a u64 byte length, then the bytes */
			uint64_t len;

			memcpy(&len, p, 8);
			p += 8;
			n = (unsigned)(len < a->size - 8 ? len : a->size - 8) / a->elem_size;
		}
		fputc('[', out);
		for (unsigned i = 0; i < n; i++) {
			uint64_t v = 0;

			memcpy(&v, p + i * a->elem_size, a->elem_size);
			if (a->is_signed && a->elem_size < 8 && (v >> (a->elem_size * 8 - 1)) & 1)
				v |= ~0ull << (a->elem_size * 8);
			if (a->is_ptr)
				fprintf(out, "%s0x%" PRIx64, i ? "," : "", v);
			else if (a->is_signed)
				fprintf(out, "%s%" PRId64, i ? "," : "", (int64_t)v);
			else
				fprintf(out, "%s%" PRIu64, i ? "," : "", v);
		}
		return fputc(']', out) == EOF ? -1 : 0;
	}
	if (a->kind == RA_STRUCT && a->is_ptr) {	/* a kernel struct's array of structs */
		fputc('[', out);
		for (unsigned i = 0; i < a->nelems; i++) {
			if (i)
				fputc(',', out);
			put_value(out, base + a->offset, &a->elems[i]);
		}
		return fputc(']', out) == EOF ? -1 : 0;
	}
	if (a->kind == RA_STRUCT) {	/* print(args), print(*p) */
		fputs("{ ", out);
		for (unsigned i = 0; i < a->nelems; i++) {
			fprintf(out, "%s.%s = ", i ? ", " : "", a->elems[i].name);
			put_value(out, base + a->offset, &a->elems[i]);
		}
		return fputs(" }", out) == EOF ? -1 : 0;
	}
	if (is_record(a)) {	/* a record */
		fputs("{ ", out);
		for (unsigned i = 0; i < a->nelems; i++) {
			fprintf(out, "%s.%s = ", i ? ", " : "", a->elems[i].name);
			put_value(out, base + a->offset, &a->elems[i]);
		}
		return fputs(" }", out) == EOF ? -1 : 0;
	}
	if (a->kind == RA_TUPLE) {
		fputc('(', out);
		for (unsigned i = 0; i < a->nelems; i++) {
			if (i)
				fputs(", ", out);
			put_value(out, base + a->offset, &a->elems[i]);
		}
		return fputc(')', out) == EOF ? -1 : 0;
	}
	uint64_t v;
	memcpy(&v, base + a->offset, 8);
	if (a->is_ptr)
		return fprintf(out, "0x%" PRIx64, v);
	if (a->is_bool)
		return fputs(v ? "true" : "false", out) == EOF ? -1 : 0;
	if (a->is_signed)
		return fprintf(out, "%" PRId64, (int64_t)v);
	return fprintf(out, "%" PRIu64, v);
}

static int print_value(FILE *out, const unsigned char *rec, const struct rec_arg *a)
{
	if (put_value(out, rec, a) < 0)
		return -1;
	return fputc('\n', out) == EOF ? -1 : 0;
}


/* A value in JSON: numbers, strings, arrays for tuples and arrays,
 * objects for print(args). */
static void put_json(FILE *out, const unsigned char *base, const struct rec_arg *a)
{
	char tmp[4100];

	if (a->kind == RA_NAMED && named_is_enum(a->name)) {
		int64_t v;	/* an enum's value: its number, as bpftrace keeps it */

		memcpy(&v, base + a->offset, 8);
		fprintf(out, "%" PRId64, v);
		return;
	}
	switch (a->kind) {
	case RA_STR: {
		const char *s = rec_str(base, a, tmp, sizeof(tmp));

		json_string(out, s, strlen(s));
		return;
	}
	case RA_STRUCT:	/* print(*p), print($s), print(args): as bpftrace */
		json_shape(out, base, a, 0);
		return;
	case RA_TUPLE:
		if (is_record(a)) {	/* a record: an object */
			fputc('{', out);
			for (unsigned i = 0; i < a->nelems; i++) {
				if (i)
					fputs(", ", out);
				json_string(out, a->elems[i].name, strlen(a->elems[i].name));
				fputs(": ", out);
				put_json(out, base + a->offset, &a->elems[i]);
			}
			fputc('}', out);
			return;
		}
		fputc('[', out);
		for (unsigned i = 0; i < a->nelems; i++) {
			if (i)
				fputc(',', out);	/* as bpftrace */
			put_json(out, base + a->offset, &a->elems[i]);
		}
		fputc(']', out);
		return;
	case RA_INT:
		if (!a->is_ptr)
			break;
		/* addresses as strings, as in text */
		/* fall through */
	default: {	/* ksym, kstack, inet, arrays: their text */
		char *text = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&text, &len);

		if (!m)
			return;
		put_value(m, base, a);
		fclose(m);
		if (a->kind == RA_ARRAY)
			fputs(text, out);	/* [1,2,3] is JSON already */
		else
			json_string(out, text, len);
		free(text);
		return;
	}
	}
	uint64_t v;
	memcpy(&v, base + a->offset, 8);
	if (a->is_bool)
		fputs(v ? "true" : "false", out);
	else if (a->is_signed)
		fprintf(out, "%" PRId64, (int64_t)v);
	else
		fprintf(out, "%" PRIu64, v);
}

/* {"type": TYPE, "data": "TEXT"} for text made by fn. */
static int json_text_line(FILE *out, const char *type, const char *text, size_t len)
{
	fprintf(out, "{\"type\": \"%s\", \"data\": ", type);
	json_string(out, text, len);
	return fputs("}\n", out) == EOF ? -1 : 0;
}

/* A printf-style record: its format with its arguments. */
static int format_record(FILE *out, const struct rec_desc *r, const unsigned char *rec)
{
	struct fmt_val vals[64];
	static char tmp[FMT_ARGS_MAX][STRLEN_MAX + 4];
	char *heap[FMT_ARGS_MAX] = { 0 };
	int rc;

	for (unsigned i = 0; i < r->nargs && i < FMT_ARGS_MAX; i++) {
		const struct rec_arg *a = &r->args[i];

		vals[i].kind = r->parsed.convs[i].arg;
		if (a->kind == RA_STR) {
			vals[i].s = rec_str(rec, a, tmp[i], sizeof(tmp[i]));
			vals[i].i = 0;
		} else if (a->kind == RA_BUF) {	/* up to 4 characters a byte */
			size_t len = 0;
			FILE *m = open_memstream(&heap[i], &len);

			if (m) {
				print_buf(m, rec + a->offset, a->size,
					  i < r->parsed.nconvs ? r->parsed.convs[i].buf_style : 0);
				fclose(m);
			}
			vals[i].s = heap[i] ? heap[i] : "";
			vals[i].i = 0;
		} else if (a->kind == RA_KSYM || a->kind == RA_KSTACK || a->kind == RA_INET ||
			   a->kind == RA_TIME || a->kind == RA_USYM ||
			   (a->kind == RA_NAMED && (vals[i].kind == CONV_STR ||
						    !named_is_enum(a->name)))) {
			FILE *m = fmemopen(tmp[i], sizeof(tmp[i]) - 1, "w");

			memset(tmp[i], 0, sizeof(tmp[i]));
			if (m) {
				put_value(m, rec, a);
				fclose(m);
			}
			vals[i].s = tmp[i];
			vals[i].i = 0;
		} else {
			memcpy(&vals[i].i, rec + a->offset, 8);
			vals[i].s = NULL;
		}
	}
	rc = fmt_print(out, r->fmt, &r->parsed, vals) < 0 ? -1 : 0;
	for (unsigned i = 0; i < r->nargs && i < FMT_ARGS_MAX; i++)
		free(heap[i]);
	return rc;
}

/* system(): the command runs through /bin/sh, its output in ours; with
 * capture, its output is read into *capture instead (for JSON). */
static int run_system(FILE *out, const char *cmd, struct buf *capture)
{
	int fds[2] = { -1, -1 };

	fflush(out);
	if (capture && pipe(fds) < 0)
		return 0;
	pid_t pid = fork();
	if (pid < 0) {
		if (capture) {
			close(fds[0]);
			close(fds[1]);
		}
		return 0;
	}
	if (pid == 0) {
		sigset_t none;

		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGPIPE, SIG_DFL);
		if (capture) {
			dup2(fds[1], 1);
			close(fds[0]);
			close(fds[1]);
		} else if (fileno(out) != 1)
			dup2(fileno(out), 1);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	if (capture) {
		char chunk[4096];
		ssize_t n;

		close(fds[1]);
		while ((n = read(fds[0], chunk, sizeof(chunk))) != 0) {
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0)
				break;
			buf_append(capture, chunk, (size_t)n);
		}
		close(fds[0]);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return 0;
}

/* cat(): a file's text, or a warning when it cannot be read (and, for
 * JSON, an empty text, as bpftrace writes). */
static size_t cat_max = CAT_BYTES_DEFAULT;

void output_set_cat_max(size_t bytes)
{
	cat_max = bytes;
}

/* The first cat_max bytes of the file (so cat("/dev/zero") ends),
 * streamed through a buffer of 64 KiB however large cat_max is: as they
 * are (text) or as one JSON line {"type": "cat", "data": "..."} whose
 * text ends at a NUL. A file that cannot be read is a warning (in JSON,
 * an empty text, as bpftrace writes). */
static int cat_file(FILE *out, const char *path, bool json)
{
	static char chunk[64 * 1024];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t got = 0;
	bool ended = false;

	if (fd < 0) {
		report_warning("cat(): cannot read %s: %s", path, strerror(errno));
		return json ? json_text_line(out, "cat", "", 0) : 0;
	}
	if (json)
		fputs("{\"type\": \"cat\", \"data\": \"", out);
	while (got < cat_max && !ended) {
		size_t want = cat_max - got < sizeof(chunk) ? cat_max - got : sizeof(chunk);
		ssize_t n = read(fd, chunk, want);

		if (n == 0)
			break;
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			report_warning("cat(): cannot read %s: %s", path, strerror(errno));
			break;
		}
		got += (size_t)n;
		if (json)
			ended = json_chars(out, chunk, (size_t)n) < (size_t)n;
		else if (fwrite(chunk, 1, (size_t)n, out) != (size_t)n)
			break;
	}
	close(fd);
	if (json)
		fputs("\"}\n", out);
	return ferror(out) ? -1 : 0;
}

static int output_text(FILE *out, const struct rec_desc *r, const unsigned char *rec);

/* errorf(), warnf(): the formatted message on standard error (a message,
 * in JSON mode too), after what the trace printed before it. */
static int located_record(FILE *out, const struct rec_desc *r, const unsigned char *rec)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	int rc;

	if (!m)
		return -1;
	rc = format_record(m, r, rec);
	fclose(m);
	if (rc == 0 && !(r->type == REC_WARNF && report_no_warnings())) {
		fflush(out);
		report_script(text, len);
	}
	free(text);
	return rc;
}

/* -f json: bpftrace's JSON lines for each kind of record. */
static int output_json(FILE *out, const struct rec_desc *r, const unsigned char *rec)
{
	char *text = NULL;
	size_t len = 0;
	FILE *m;
	int rc = 0;

	switch (r->type) {
	case REC_EXIT:
		return 1;
	case REC_ERRORF:
	case REC_WARNF:
		return located_record(out, r, rec);
	case REC_PRINT:
		fputs("{\"type\": \"value\", \"data\": ", out);
		put_json(out, rec, &r->args[0]);
		return fputs("}\n", out) == EOF ? -1 : 0;
	case REC_PRINTF:
	case REC_TIME:
	case REC_JOIN:
		m = open_memstream(&text, &len);
		if (!m)
			return -1;
		if (r->type == REC_PRINTF)
			rc = format_record(m, r, rec);
		else
			rc = output_text(m, r, rec);
		fclose(m);
		if (rc == 0) {
			if (r->type == REC_JOIN && len && text[len - 1] == '\n')
				len--;
			rc = json_text_line(out, r->type == REC_PRINTF ? "printf"
					    : r->type == REC_TIME ? "time" : "join", text, len);
		}
		free(text);
		return rc;
	case REC_SYSTEM:
	case REC_CAT: {	/* the command's output, the file's text: one line each */
		struct buf b = { 0 };

		m = open_memstream(&text, &len);
		if (!m)
			return -1;
		rc = format_record(m, r, rec);
		fclose(m);
		if (rc == 0 && r->type == REC_SYSTEM) {
			run_system(out, text, &b);
			rc = json_text_line(out, "syscall", b.data ? b.data : "", b.len);
		} else if (rc == 0) {
			rc = cat_file(out, text, true);
		}
		buf_free(&b);
		free(text);
		return rc;
	}
	default:
		return output_text(out, r, rec);
	}
}

static const struct source *script;

void output_set_source(const struct source *src)
{
	script = src;
}

/* -k, -kk: a helper call failed. bpftrace's record, in JSON byte for byte;
 * as text its words after the location, which is tpscript's, and the
 * line quoted with a caret. Both on the trace's output, as bpftrace's. */
static int helper_error(FILE *out, const struct program *p, unsigned id, int64_t rc)
{
	const struct helper_site *hs = &p->sites[id];
	const char *name = helper_name(hs->helper);
	int code = (int)rc;

	if (json_mode())
		return fprintf(out, "{\"type\": \"helper_error\", \"helper\": \"%s\", "
			       "\"retcode\": %d, \"line\": %d, \"col\": %d}\n", name, code,
			       hs->line, hs->col) < 0 ? -1 : 0;
	if (report_no_warnings())
		return 0;	/* a warning, as in bpftrace: JSON keeps its record */
	fprintf(out, "%s:%d:%d: WARNING: Failed to %s: ", script ? script->name : "-", hs->line,
		hs->col, name);
	if (code < 0)
		fprintf(out, "%s (%d)\n", strerror(-code), code);
	else
		fprintf(out, "%d\n", code);
	if (script) {
		struct loc l = { .first_line = hs->line, .first_column = hs->col,
				 .last_line = hs->last_line, .last_column = hs->last_col };

		diag_excerpt(out, script, &l);
	}
	return ferror(out) ? -1 : 0;
}

int output_record(FILE *out, const struct program *p, const void *data,
		  size_t len)
{
	const unsigned char *rec = data;
	struct rec_hdr h;

	if (len < sizeof(h)) {
		errno = EPROTO;
		return -1;
	}
	memcpy(&h, rec, sizeof(h));
	if (h.type == REC_HELPER_ERROR) {
		int64_t rc;

		if (h.id >= p->nsites || len < HELPER_ERROR_SIZE) {
			errno = EPROTO;
			return -1;
		}
		memcpy(&rc, rec + sizeof(h), 8);
		return helper_error(out, p, h.id, rc);
	}
	if (h.id >= p->nrecs || p->recs[h.id].type != h.type ||
	    len < p->recs[h.id].size) {
		errno = EPROTO;
		return -1;
	}
	const struct rec_desc *r = &p->recs[h.id];
	return json_mode() ? output_json(out, r, rec) : output_text(out, r, rec);
}

/* A record as text. Returns as output_record(). */
static int output_text(FILE *out, const struct rec_desc *r, const unsigned char *rec)
{
	switch (r->type) {
	case REC_EXIT:
		return 1;
	case REC_TIME: {
		/* The time the record is printed, as bpftrace does: close enough
		 * to when it was sent, and no clock conversion needed. */
		char buf[512];
		time_t now = time(NULL);
		struct tm tm;
		size_t n = strftime(buf, sizeof(buf), r->fmt, localtime_r(&now, &tm));

		return fwrite(buf, 1, n, out) == n ? 0 : -1;
	}
	case REC_MAP_PRINT:
	case REC_MAP_CLEAR:
	case REC_MAP_ZERO:
		break;	/* handled by the runtime, which holds the maps */
	case REC_JOIN: {
		unsigned slot = r->args[0].size / JOIN_MAX;

		for (unsigned i = 0; i < JOIN_MAX; i++) {
			const char *s = (const char *)rec + r->args[0].offset + i * slot;

			if (!*s)
				break;
			fprintf(out, "%s%.*s", i ? r->fmt : "", (int)slot, s);
		}
		return fputc('\n', out) == EOF ? -1 : 0;
	}
	case REC_SYSTEM:
	case REC_CAT: {
		char *text = NULL;
		size_t tlen = 0;
		FILE *m = open_memstream(&text, &tlen);
		int rc = 0;

		if (!m)
			return -1;
		if (format_record(m, r, rec) < 0)
			rc = -1;
		fclose(m);
		if (rc == 0)
			rc = r->type == REC_SYSTEM ? run_system(out, text, NULL) : cat_file(out, text, false);
		free(text);
		return rc;
	}
	case REC_PRINT:
		if (print_value(out, rec, &r->args[0]) < 0)
			return -1;
		return 0;
	case REC_PRINTF:
		return format_record(out, r, rec);
	case REC_ERRORF:
	case REC_WARNF:
		return located_record(out, r, rec);
	case REC_HELPER_ERROR:
		break;	/* not a rec_desc: output_record prints it */
	}
	errno = EPROTO;
	return -1;
}
