#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# mapread_batch.sh N - maps of N keys (a per-CPU hash of counts, a hash of
# plain values, one cleared in END) read at exit and scraped with --metrics,
# once in batches and once key by key (TPSCRIPT_MAPREAD=walk, the way the
# runtime falls back where the kernel refuses batches). Prints the batched
# run's figures, then "same" when the walk printed and served the same.
set -u
. "$(dirname "$0")/metrics_lib.sh"
n=$1
prog='t:syscalls:sys_enter_getppid /pid == cpid/ { $k = @next; @next = $k + 1;
  @count[$k] = count(); @twice[$k] = $k * 2; @gone[$k] = 1; }
END { clear(@gone); }'
one() { # the run's page and exit output, into $1.page and $1.out
	BPFTRACE_MAP_KEYS_MAX=$((2 * n)) tp_start -e "$prog" -c "$WORKLOAD getppid:$n sleep:60000" ||
		return 1
	local i
	for i in $(seq 50); do	# until every getppid is counted
		scrape >"$1.page" || echo "scrape failed"
		[ "$(grep -c '^tpscript_count_total{' "$1.page")" -ge "$n" ] && break
		sleep 0.1
	done
	tp_stop
	cp "$TP_OUT" "$1.out"
}
d=$_tp_dir
one "$d/batch" || exit 1
TPSCRIPT_MAPREAD=walk one "$d/walk" || exit 1
echo "exit: @count keys $(grep -c '^@count\[' "$d/batch.out"), sum $(awk -F': ' '/^@count\[/ { s += $2 } END { print s }' "$d/batch.out")"
echo "exit: @twice sum $(awk -F': ' '/^@twice\[/ { s += $2 } END { print s }' "$d/batch.out")"
echo "exit: @gone keys $(grep -c '^@gone\[' "$d/batch.out")"
echo "page: tpscript_count_total series $(grep -c '^tpscript_count_total{' "$d/batch.page")"
echo "page: tpscript_twice sum $(awk '/^tpscript_twice\{/ { s += $2 } END { print s }' "$d/batch.page")"
cmp -s "$d/batch.out" "$d/walk.out" && echo "exit: same" || diff "$d/batch.out" "$d/walk.out" | head -5
cmp -s "$d/batch.page" "$d/walk.page" && echo "page: same" || diff "$d/batch.page" "$d/walk.page" | head -5
