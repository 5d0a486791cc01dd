// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* fmt.c - printf format strings: parsing (for sema) and formatting of
 * records (for output.c).
 *
 * The user's format string is never handed to the C library as a format:
 * every conversion is parsed into its pieces and a fresh C spec is built
 * from them, so "%n", floats or anything else printf knows but we do not
 * can never reach fprintf. */
#include "fmt.h"
#include "front/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
	FL_MINUS = 1 << 0,
	FL_PLUS = 1 << 1,
	FL_SPACE = 1 << 2,
	FL_HASH = 1 << 3,
	FL_ZERO = 1 << 4,
};

/* Widths and precisions are capped so they always fit fprintf's int, and so
 * a typo cannot make every record print megabytes of padding. */
#define FMT_MAX_FIELD 65535

/* The pieces of one conversion, as parsed from "%[flags][width][.prec][len]c". */
struct spec {
	unsigned flags;
	int width;		/* -1: none */
	int prec;		/* -1: none */
	char len[3];		/* "", "h", "hh", "l", "ll", "z", "j", "t" */
	char conv;
	char style;		/* %r: 0, or 'x' for %rx, 'h' for %rh */
	size_t end;		/* offset just past the conversion char */
};

/* Append the bytes s[0..n) to err (at *used), escaping what would not
 * print; a UTF-8 sequence is kept whole by the caller. Truncates silently. */
static void err_append(char *err, size_t errlen, size_t *used, const char *s,
		       size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char tmp[5];
		size_t tn = 1;

		if (c < 0x20 || c == 0x7f) {
			tmp[0] = '\\';
			tmp[1] = 'x';
			tmp[2] = "0123456789abcdef"[c >> 4];
			tmp[3] = "0123456789abcdef"[c & 15];
			tn = 4;
		} else {
			tmp[0] = (char)c;
		}
		for (size_t k = 0; k < tn; k++) {
			if (*used + 1 >= errlen) {
				err[*used] = '\0';	/* cut, but terminated */
				return;
			}
			err[(*used)++] = tmp[k];
		}
	}
	if (errlen)
		err[*used] = '\0';
}

/* err = pre + quoted spec text fmt[start..end) + post. */
static void spec_error(char *err, size_t errlen, const char *pre,
		       const char *fmt, size_t start, size_t end,
		       const char *post)
{
	size_t used = 0;

	if (!err || !errlen)
		return;
	err[0] = '\0';
	err_append(err, errlen, &used, pre, strlen(pre));
	err_append(err, errlen, &used, "'", 1);
	err_append(err, errlen, &used, fmt + start, end - start);
	err_append(err, errlen, &used, "'", 1);
	err_append(err, errlen, &used, post, strlen(post));
}

static void plain_error(char *err, size_t errlen, const char *msg)
{
	if (err && errlen)
		snprintf(err, errlen, "%s", msg);
}

static int parse_num(const char *fmt, size_t *pos, int *out)
{
	long n = 0;

	/* Consume every digit, so an error can show the whole number; stop
	 * counting once past the limit so n cannot overflow. */
	for (; fmt[*pos] >= '0' && fmt[*pos] <= '9'; (*pos)++)
		if (n <= FMT_MAX_FIELD)
			n = n * 10 + (fmt[*pos] - '0');
	*out = (int)n;
	return n > FMT_MAX_FIELD ? -1 : 0;
}

/* Parse the conversion whose '%' is at fmt[start] (not "%%"). Used both at
 * compile time and again for each record, so the struct conv in the header
 * needs to carry no more than the byte range. */
static int parse_spec(const char *fmt, size_t start, struct spec *sp,
		      char *err, size_t errlen)
{
	size_t pos = start + 1;

	memset(sp, 0, sizeof(*sp));
	sp->width = -1;
	sp->prec = -1;

	for (;; pos++) {
		switch (fmt[pos]) {
		case '-': sp->flags |= FL_MINUS; continue;
		case '+': sp->flags |= FL_PLUS; continue;
		case ' ': sp->flags |= FL_SPACE; continue;
		case '#': sp->flags |= FL_HASH; continue;
		case '0': sp->flags |= FL_ZERO; continue;
		}
		break;
	}

	if (fmt[pos] == '*') {
		plain_error(err, errlen, "'*' widths are not supported");
		return -1;
	}
	if (fmt[pos] >= '1' && fmt[pos] <= '9') {
		if (parse_num(fmt, &pos, &sp->width) < 0) {
			spec_error(err, errlen, "the width in ", fmt, start,
				   pos, " is too large (at most 65535)");
			return -1;
		}
	}
	if (fmt[pos] == '.') {
		pos++;
		if (fmt[pos] == '*') {
			plain_error(err, errlen,
				    "'*' precisions are not supported");
			return -1;
		}
		/* C: a '.' with no digits is a precision of 0. */
		if (parse_num(fmt, &pos, &sp->prec) < 0) {
			spec_error(err, errlen, "the precision in ", fmt,
				   start, pos,
				   " is too large (at most 65535)");
			return -1;
		}
	}

	switch (fmt[pos]) {
	case 'h':
	case 'l':
		sp->len[0] = fmt[pos++];
		if (fmt[pos] == sp->len[0])
			sp->len[1] = fmt[pos++];
		break;
	case 'z':
	case 'j':
	case 't':
		sp->len[0] = fmt[pos++];
		break;
	}

	if (fmt[pos] == '\0') {
		if (pos == start + 1)
			plain_error(err, errlen,
				    "'%' at the end of the format string");
		else
			spec_error(err, errlen, "unfinished conversion ", fmt,
				   start, pos,
				   " at the end of the format string");
		return -1;
	}

	sp->conv = fmt[pos];
	sp->end = pos + 1;
	sp->style = 0;
	if (sp->conv == 'r' && (fmt[pos + 1] == 'x' || fmt[pos + 1] == 'h'))
		sp->style = fmt[sp->end++];	/* %rx, %rh: every byte in hex */
	switch (sp->conv) {
	case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
		return 0;
	case 'c': case 's': case 'p': case 'r':
		/* C gives %lc and %ls wide-character meanings we do not have,
		 * and the others are undefined. */
		if (sp->len[0]) {
			spec_error(err, errlen, "", fmt, start, sp->end,
				   ": only integer conversions take a length modifier");
			return -1;
		}
		return 0;
	}

	/* Show a multi-byte UTF-8 character whole, not its first byte. */
	if ((unsigned char)sp->conv >= 0xc0)
		while (((unsigned char)fmt[sp->end] & 0xc0) == 0x80)
			sp->end++;
	spec_error(err, errlen, "unknown conversion ", fmt, start, sp->end, "");
	return -1;
}

static void build_spec(char *buf, size_t n, const struct spec *sp,
		       const char *len, char conv);

int fmt_parse(const char *fmt, struct fmt *out, size_t *err_off, char *err,
	      size_t errlen)
{
	size_t cap = 0;

	out->convs = NULL;
	out->nconvs = 0;
	for (size_t pos = 0; fmt[pos]; ) {
		struct spec sp;
		struct conv *c;

		if (fmt[pos] != '%') {
			pos++;
			continue;
		}
		if (fmt[pos + 1] == '%') {
			pos += 2;
			continue;
		}
		if (parse_spec(fmt, pos, &sp, err, errlen) < 0) {
			if (err_off)
				*err_off = pos;
			fmt_free(out);
			return -1;
		}
		if (out->nconvs == cap) {
			cap = cap ? cap * 2 : 4;
			out->convs = xrealloc(out->convs,
					      cap * sizeof(*out->convs));
		}
		c = &out->convs[out->nconvs++];
		c->start = pos;
		c->end = sp.end;
		c->spec = sp.conv;
		c->buf_style = 0;
		c->is_signed = sp.conv == 'd' || sp.conv == 'i';
		/* Parsed once: records print many times. */
		c->plain = !sp.flags && sp.width < 0 && sp.prec < 0;
		build_spec(c->cspec, sizeof(c->cspec), &sp,
			   sp.conv == 's' || sp.conv == 'r' || sp.conv == 'p' || sp.conv == 'c' ? "" : "ll",
			   sp.conv == 'r' ? 's' : sp.conv);
		switch (sp.conv) {
		case 's':
			c->arg = CONV_STR;
			c->width_bits = 0;
			break;
		case 'r':	/* bpftrace's: buf()'s bytes, hex-escaped */
			c->arg = CONV_BUF;
			c->width_bits = 0;
			c->buf_style = sp.style;
			break;
		case 'p':
			c->arg = CONV_PTR;
			c->width_bits = 64;
			break;
		case 'c':
			c->arg = CONV_INT;
			c->width_bits = 8;
			break;
		default:
			c->arg = CONV_INT;
			/* No length is C's int: bpftrace's %d prints the low
			 * 32 bits too. */
			if (!sp.len[0])
				c->width_bits = 32;
			else if (sp.len[0] == 'h')
				c->width_bits = sp.len[1] ? 8 : 16;
			else
				c->width_bits = 64;
			break;
		}
		pos = sp.end;
	}
	return 0;
}

void fmt_free(struct fmt *f)
{
	free(f->convs);
	f->convs = NULL;
	f->nconvs = 0;
}

/* Build a C spec "%<flags><width>.<prec><len><conv>" from parsed pieces. */
static void build_spec(char *buf, size_t n, const struct spec *sp,
		       const char *len, char conv)
{
	char flags[6], *f = flags;
	char width[16] = "", prec[16] = "";

	if (sp->flags & FL_MINUS)
		*f++ = '-';
	if (sp->flags & FL_PLUS)
		*f++ = '+';
	if (sp->flags & FL_SPACE)
		*f++ = ' ';
	if (sp->flags & FL_HASH)
		*f++ = '#';
	if (sp->flags & FL_ZERO)
		*f++ = '0';
	*f = '\0';
	if (sp->width >= 0)
		snprintf(width, sizeof(width), "%d", sp->width);
	if (sp->prec >= 0)
		snprintf(prec, sizeof(prec), ".%d", sp->prec);
	snprintf(buf, n, "%%%s%s%s%s%c", flags, width, prec, len, conv);
}

static int put_rep(FILE *out, int c, int n)
{
	for (int i = 0; i < n; i++)
		if (putc(c, out) == EOF)
			return -1;
	return 0;
}

/* glibc prints a null %p as "(nil)"; print it as it prints any other
 * pointer (sign, "0x", digits, padding), with the digit "0". */
static int print_null_ptr(FILE *out, const struct spec *sp)
{
	int sign = sp->flags & FL_PLUS ? '+' : sp->flags & FL_SPACE ? ' ' : 0;
	int ndig = sp->prec > 1 ? sp->prec : 1;
	int body = (sign ? 1 : 0) + 2 + ndig;
	int pad = sp->width > body ? sp->width - body : 0;
	int zeropad = !(sp->flags & FL_MINUS) && (sp->flags & FL_ZERO) &&
		      sp->prec < 0;

	if (!(sp->flags & FL_MINUS) && !zeropad && put_rep(out, ' ', pad) < 0)
		return -1;
	if (sign && putc(sign, out) == EOF)
		return -1;
	if (fputs("0x", out) == EOF)
		return -1;
	if (zeropad && put_rep(out, '0', pad) < 0)
		return -1;
	if (put_rep(out, '0', ndig) < 0)
		return -1;
	if ((sp->flags & FL_MINUS) && put_rep(out, ' ', pad) < 0)
		return -1;
	return 0;
}

/* Write fmt[from..to), in which every '%' is the first of a "%%". */
static int print_literal(FILE *out, const char *fmt, size_t from, size_t to)
{
	while (from < to) {
		const char *pct = memchr(fmt + from, '%', to - from);
		size_t n = pct ? (size_t)(pct - fmt) - from + 1 : to - from;

		if (fwrite(fmt + from, 1, n, out) != n)
			return -1;
		from += n + (pct ? 1 : 0);
	}
	return 0;
}

/* The specs passed to fprintf below are built by build_spec from parsed
 * pieces, never taken from the user, so a non-literal format is safe. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/* A decimal number without fprintf: at a million records a second, the
 * format machinery is most of the printing. */
static int put_decimal(FILE *out, unsigned long long u, bool neg)
{
	char buf[24], *p = buf + sizeof(buf);

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (neg)
		*--p = '-';
	return fwrite(p, 1, (size_t)(buf + sizeof(buf) - p), out) ? 0 : -1;
}

static int print_conv(FILE *out, const char *fmt, const struct conv *c,
		      const struct fmt_val *v)
{
	const char *cspec = c->cspec;
	unsigned long long u = v->i;
	int r;

	switch (c->arg) {
	case CONV_STR:
	case CONV_BUF:
		if (c->plain)
			return fputs(v->s ? v->s : "", out) == EOF ? -1 : 0;
		r = fprintf(out, cspec, v->s ? v->s : "");
		break;
	case CONV_PTR:
		if (!u) {
			struct spec sp;

			if (parse_spec(fmt, c->start, &sp, NULL, 0) < 0)
				return -1;
			return print_null_ptr(out, &sp);
		}
		r = fprintf(out, cspec, (void *)(uintptr_t)u);
		break;
	case CONV_INT:
	default:
		if (c->spec == 'c') {
			r = fprintf(out, cspec, (int)(unsigned char)u);
			break;
		}
		/* Truncate (and sign-extend) here, then print through "ll":
		 * the output is what C gives for "%hhd" etc., without
		 * depending on the host's sizes of long, size_t or ptrdiff_t. */
		if (c->width_bits < 64)
			u &= (1ULL << c->width_bits) - 1;
		if (c->plain && (c->spec == 'd' || c->spec == 'i' || c->spec == 'u')) {
			long long s = (long long)u;

			if (c->is_signed) {
				switch (c->width_bits) {
				case 8: s = (int8_t)u; break;
				case 16: s = (int16_t)u; break;
				case 32: s = (int32_t)u; break;
				default: break;
				}
				return put_decimal(out, s < 0 ? 0ULL - (unsigned long long)s
							  : (unsigned long long)s, s < 0);
			}
			return put_decimal(out, u, false);
		}
		if (c->is_signed) {
			long long s;

			switch (c->width_bits) {
			case 8: s = (int8_t)u; break;
			case 16: s = (int16_t)u; break;
			case 32: s = (int32_t)u; break;
			default: s = (long long)u; break;
			}
			r = fprintf(out, cspec, s);
		} else {
			r = fprintf(out, cspec, u);
		}
		break;
	}
	return r < 0 ? -1 : 0;
}
#pragma GCC diagnostic pop

int fmt_print(FILE *out, const char *fmt, const struct fmt *f,
	      const struct fmt_val *vals)
{
	size_t pos = 0;
	int ret = 0;

	for (size_t i = 0; i < f->nconvs; i++) {
		const struct conv *c = &f->convs[i];

		if (print_literal(out, fmt, pos, c->start) < 0 ||
		    print_conv(out, fmt, c, &vals[i]) < 0)
			ret = -1;
		pos = c->end;
	}
	if (print_literal(out, fmt, pos, strlen(fmt)) < 0)
		ret = -1;
	return ret < 0 || ferror(out) ? -1 : 0;
}
