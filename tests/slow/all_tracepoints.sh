#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The slow tier: print(args) on every tracepoint of the running kernel,
# compiled and loaded (the verifier runs), nothing attached. Prints the
# pass ratio; fails below 100% unless the failures are listed in
# refused.txt with the reason the kernel itself refuses them.
#
# usage: all_tracepoints.sh TPSCRIPT
set -u
tpscript=$1
dir=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: loading programs for every tracepoint needs root; run as root."
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

total=$("$tpscript" -l 'tracepoint:*:*' | wc -l)
start=$(date +%s%N)
# All at once first: one compile, one load of every program.
if "$tpscript" --dry-run -e 'tracepoint:*:* { print(args); }' 2>"$tmp/err"; then
	# One program serves the tracepoints whose records are laid out alike.
	progs=$(sed -n 's/^tpscript: \([0-9]*\) programs loaded.*/\1/p' "$tmp/err")
	loaded=$(sed -n 's/^tpscript: [0-9]* programs loaded for \([0-9]*\) probes.*/\1/p' "$tmp/err")
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	echo "print(args) loads on $loaded/$loaded tracepoints (100%; available_events lists $total) in $ms ms, $progs programs"
	[ "$loaded" -ge "$total" ] || { echo "FAIL: fewer tracepoints than available_events lists"; exit 1; }
	echo "1 passed, 0 failed"
	exit 0
fi

# Something failed: find which, one category, then one event, at a time.
failed=0 passed=0
for cat in $("$tpscript" -l 'tracepoint:*:*' | cut -d: -f2 | sort -u); do
	if "$tpscript" --dry-run -e "tracepoint:$cat:* { print(args); }" 2>/dev/null; then
		passed=$((passed + $("$tpscript" -l "tracepoint:$cat:*" | wc -l)))
		continue
	fi
	for ev in $("$tpscript" -l "tracepoint:$cat:*" | cut -d: -f3); do
		if "$tpscript" --dry-run -e "tracepoint:$cat:$ev { print(args); }" 2>"$tmp/e1"; then
			passed=$((passed + 1))
		elif grep -q "^$cat:$ev " "$dir/refused.txt" 2>/dev/null; then
			echo "refused by the kernel (listed): $cat:$ev"
			passed=$((passed + 1))
		else
			echo "FAIL: tracepoint:$cat:$ev: $(grep -m1 -E 'error|says' "$tmp/e1")"
			failed=$((failed + 1))
		fi
	done
done
echo "print(args) loads on $passed/$((passed + failed)) tracepoints"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
