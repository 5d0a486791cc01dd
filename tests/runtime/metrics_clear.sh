#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# metrics_clear.sh - clear() and zero() as a scrape sees them: in the middle
# of a run (lines "mid: ...") and at its end ("end: ..."), then the maps
# tpscript prints at exit.
set -u
. "$(dirname "$0")/metrics_lib.sh"
tp_start -e 't:syscalls:sys_enter_getppid /comm == "tpsm4"/ {
	@cleared[comm] = count(); @zeroed[comm] = count(); @counted[comm] = count();
	@hist_zeroed = hist(1);
}
t:syscalls:sys_enter_openat /comm == "tpsm4"/ { clear(@cleared); zero(@zeroed); zero(@hist_zeroed); }' || exit 1
# 5 events, clear and zero, 3 s of quiet, 2 events.
"$WORKLOAD" comm:tpsm4 getppid:5 open:/nonexistent:1 sleep:3000 getppid:2 &
w=$!
sleep 1.5
scrape >"$_tp_dir/mid"
promtool check metrics <"$_tp_dir/mid" >/dev/null 2>&1 && echo "mid: promtool: ok"
grep -E '^tpscript_(counted|zeroed|cleared)_total|^tpscript_hist_zeroed_count' "$_tp_dir/mid" | sed 's/^/mid: /'
grep -q '^tpscript_cleared_total' "$_tp_dir/mid" || echo "mid: no tpscript_cleared_total series"
wait $w
sleep 0.3
scrape | grep -E '^tpscript_(counted|zeroed|cleared)_total|^tpscript_hist_zeroed_count' | sed 's/^/end: /'
tp_stop
cat "$TP_OUT"
