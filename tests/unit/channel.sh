#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# One error channel: no file of src/ prints its own "tpscript: ..." message
# or writes a message to stderr by hand; they go through front/report.h
# (report_error, report_warning, report_hint, report_note, report_more) or,
# for the script's own errors, front/diag.h. The exceptions are the two
# printers themselves, util.c's out-of-memory message (nothing can be
# allocated to format it), and the few lines that are not messages:
# getopt's "Try ... --help", the usage text, libbpf's -v log and
# "Attaching N probes..." (a terminal's, as bpftrace prints it).
# Usage: channel.sh SRC_DIR
src=${1:?usage: channel.sh SRC_DIR}
[ -d "$src" ] || { echo "channel.sh: $src: not a directory" >&2; exit 2; }
found=$(cd "$src" && grep -rnE '"tpscript: |fprintf\(stderr|fputs\(.*, *stderr\)|vfprintf\(stderr|perror\(' \
	--include='*.c' --include='*.h' --include='*.y' --include='*.l' . |
	grep -vE '^\./front/(report|diag)\.[ch]:' |
	grep -vE '^\./front/util\.c:[0-9]+:.*"tpscript: out of memory' |
	grep -vE '^\./[^:]+:[0-9]+:[[:space:]]*/?\*' |
	grep -vE "^\./runtime/options\.c:[0-9]+:.*(\"Try '%s --help'|fputs\(usage, stderr\))" |
	grep -vE '^\./runtime/runtime\.c:[0-9]+:.*(vfprintf\(stderr, fmt, ap\)|"Attaching %u probe)')
if [ -n "$found" ]; then
	echo "messages printed outside front/report.h:"
	echo "$found"
	exit 1
fi
echo "every message goes through front/report.h or front/diag.h"
