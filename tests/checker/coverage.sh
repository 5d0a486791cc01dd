#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# Every error and warning the checker can print has a row in the table:
# each message format in src/check/*.c (its text up to the first
# conversion) must appear in cases.txt, except those listed in README.md
# as impossible to reach from a test.
# usage: coverage.sh [SRCDIR] [TABLE]
set -u
dir=$(cd "$(dirname "$0")" && pwd)
src=${1:-$dir/../../src/check}
table=${2:-$dir/cases.txt}
# Reachable only with an unreadable events directory (root reads any); not
# at all (a compound assignment to another kind of map is reported as a
# kind conflict first); not at all (the grammar puts no statement where an
# expression goes); not at all (every struct the checker types is read from
# memory or is a raw tracepoint's argument: the guard is for a new one).
untestable=("cannot list " "works on maps of integers; @" "this is a statement, not an expression"
	    "this struct cannot be kept as a value")

# The first string literal of each diag_error/diag_warning call, joined
# across adjacent literals, one per line.
formats=$(awk '
	/diag_(error|warning)\(/ { call = 1; text = ""; seen = 0 }
	call {
		line = $0
		if (!seen) sub(/^.*diag_(error|warning)\(/, "", line)
		while (match(line, /"([^"\\]|\\.)*"/)) {
			text = text substr(line, RSTART + 1, RLENGTH - 2)
			seen = 1
			rest = substr(line, RSTART + RLENGTH)
			if (rest !~ /^[ \t]*$/) { call = 0; break }
			line = rest
		}
		if (call && seen && line !~ /^[ \t]*$/) call = 0
		if (!call && seen) { print text; seen = 0 }
	}' "$src"/*.c)
n=0 missing=0
while IFS= read -r f; do
	[ -n "$f" ] || continue
	n=$((n + 1))
	prefix=${f%%%*}		# the text before the first conversion
	[ ${#prefix} -ge 4 ] || prefix=${f#*%[a-z]}	# "%s ..." formats: after it
	prefix=${prefix%%%*}
	prefix=${prefix//\\\'/\'}
	skip=
	for u in "${untestable[@]}"; do [[ $f == *"$u"* ]] && skip=1; done
	[ -n "$skip" ] && continue
	if ! grep -qF -- "$prefix" "$table"; then
		echo "no row for: \"$f\""
		missing=$((missing + 1))
	fi
done <<<"$formats"
# A rename of the diagnostic functions must not make this pass vacuously.
if [ $n -lt 60 ]; then
	echo "FAIL: found only $n diagnostic formats in $src"; exit 1
fi
if [ $missing -gt 0 ]; then
	echo "FAIL: $missing of $n checker diagnostics have no row in ${table##*/}"; exit 1
fi
echo "PASS: all $n checker diagnostics have a row"
