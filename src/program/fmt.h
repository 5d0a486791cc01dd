/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* fmt.h - printf format strings: parsed once at compile time (sema checks
 * argument types against the conversions), used again by output.c. */
#ifndef TPSCRIPT_FMT_H
#define TPSCRIPT_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* What a conversion wants from its argument. */
enum conv_arg {
	CONV_INT,	/* d i u x X o c, with h hh l ll z j t sizes */
	CONV_STR,	/* s */
	CONV_PTR,	/* p */
	CONV_BUF,	/* r, rx, rh: a buf() value, as hex-escaped text */
};

/* One conversion ("%-08lx") within a format string. */
struct conv {
	size_t start, end;	/* byte range of the whole "%...x" in the format */
	char spec;		/* 'd', 'u', 'x', 's', ... */
	char buf_style;		/* CONV_BUF: 0 for %r (printable bytes as
				 * themselves, others \xNN), 'x' for %rx
				 * (every byte \xNN), 'h' for %rh ("0a fe") */
	enum conv_arg arg;
	unsigned width_bits;	/* integer width the C conversion reads: 8, 16,
				 * 32 or 64 ("%d" 32, "%ld" 64, "%hhd" 8) */
	bool is_signed;		/* d i: signed; u x X o c: unsigned */
	bool plain;		/* no flags, width or precision: printed
				 * without fprintf (the common "%d", "%s") */
	char cspec[48];		/* the C spec fmt_print hands fprintf */
};

struct fmt {
	struct conv *convs;	/* heap array */
	size_t nconvs;
};

/* Parse fmt. "%%" is a literal percent sign. On an invalid or unsupported
 * conversion returns -1 with *err_off set to its byte offset in fmt and a
 * message in err (e.g. "unknown conversion '%q'"). */
int fmt_parse(const char *fmt, struct fmt *out, size_t *err_off, char *err,
	      size_t errlen);
void fmt_free(struct fmt *f);

/* An argument value for formatting. */
struct fmt_val {
	enum conv_arg kind;	/* CONV_INT (and CONV_PTR) use i, CONV_STR and
				 * CONV_BUF s */
	unsigned long long i;
	const char *s;		/* NUL-terminated, for CONV_STR */
};

/* Write fmt with its arguments (nvals == f->nconvs, kinds already checked)
 * to out, the way C's printf would with each integer truncated to the
 * conversion's width_bits. Returns 0, or -1 on a write error. */
int fmt_print(FILE *out, const char *fmt, const struct fmt *f,
	      const struct fmt_val *vals);

#endif
