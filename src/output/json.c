// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* json.c - -f json's mode and its lines (see json.h). */
#include "json.h"

#include <stdarg.h>

static bool json_on;

void json_set_mode(bool on)
{
	json_on = on;
}

bool json_mode(void)
{
	return json_on;
}

/* A JSON string as bpftrace 0.17 escapes it: \" \\ \n \r \t, every other
 * byte below 0x20 as \u00xx. Bytes from 0x80 up are written as they are,
 * so UTF-8 stays UTF-8 (0.17 writes each as \uffffffxx, which no JSON
 * reader turns back into the byte: a documented difference). */
void json_string(FILE *out, const char *s, size_t n)
{
	fputc('"', out);
	json_chars(out, s, n);
	fputc('"', out);
}

size_t json_chars(FILE *out, const char *s, size_t n)
{
	size_t i = 0;

	for (; i < n && s[i]; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\r')
			fputs("\\r", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	return i;
}

int json_event(FILE *out, const char *type, const char *fmt, ...)
{
	va_list ap;

	fputs("{\"type\": ", out);
	json_string(out, type, (size_t)-1);
	fputs(", \"data\": ", out);
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	return fputs("}\n", out) == EOF ? -1 : 0;
}
