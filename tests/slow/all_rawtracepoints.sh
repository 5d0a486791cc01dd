#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The slow tier: print(args) on every raw tracepoint of the running
# kernel's BTF, compiled and loaded as BTF-typed raw tracepoints (the
# verifier checks each argument read against the prototype), nothing
# attached. Prints the pass ratio; fails below 100%.
#
# usage: all_rawtracepoints.sh TPSCRIPT
set -u
tpscript=$1
if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: loading programs for every raw tracepoint needs root; run as root."
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

total=$("$tpscript" -l 'rawtracepoint:*' | wc -l)
[ "$total" -gt 0 ] || { echo "FAIL: -l lists no raw tracepoint"; exit 1; }
start=$(date +%s%N)
# All at once first: one compile (not from the cache), one load of every
# program.
if "$tpscript" --no-cache --dry-run -e 'rawtracepoint:* { print(args); }' 2>"$tmp/err"; then
	loaded=$(sed -n 's/^tpscript: \([0-9]*\) programs loaded.*/\1/p' "$tmp/err")
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	echo "print(args) loads on $loaded/$total raw tracepoints in $ms ms"
	[ "$loaded" -eq "$total" ] || { echo "FAIL: $loaded programs for $total raw tracepoints"; exit 1; }
	echo "1 passed, 0 failed"
	exit 0
fi

# Something failed: find which, 64 names at a time, then one at a time.
failed=0 passed=0
"$tpscript" -l 'rawtracepoint:*' | cut -d: -f2 | split -l 64 - "$tmp/chunk."
for chunk in "$tmp"/chunk.*; do
	list=$(sed 's/^/rawtracepoint:/' "$chunk" | paste -sd, -)
	if "$tpscript" --dry-run -e "$list { print(args); }" 2>/dev/null; then
		passed=$((passed + $(wc -l <"$chunk")))
		continue
	fi
	while read -r ev; do
		if "$tpscript" --dry-run -e "rawtracepoint:$ev { print(args); }" 2>"$tmp/e1"; then
			passed=$((passed + 1))
		else
			echo "FAIL: rawtracepoint:$ev: $(grep -m1 -E 'error|says' "$tmp/e1")"
			failed=$((failed + 1))
		fi
	done <"$chunk"
done
echo "print(args) loads on $passed/$((passed + failed)) raw tracepoints"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
