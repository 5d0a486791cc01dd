#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# metrics_page.sh PROGRAM [WORKLOAD ARGS...] - run PROGRAM with --metrics
# while the workload runs, then print the page it serves, what
# `promtool check metrics` says of it ("promtool: ok" when it accepts it),
# and, after a line "--- exit RC", what tpscript printed when SIGTERM
# ended it. TPARGS: more options for tpscript.
set -u
. "$(dirname "$0")/metrics_lib.sh"
prog=$1
shift
tp_start ${TPARGS:-} -e "$prog" || exit 1
[ $# -gt 0 ] && "$WORKLOAD" "$@"
sleep 0.3	# the ring buffer is drained every 10 ms: clear()/zero() land
scrape >"$_tp_dir/page" || echo "scrape failed"
cat "$_tp_dir/page"
if promtool check metrics <"$_tp_dir/page" >"$_tp_dir/lint" 2>&1; then
	echo "promtool: ok"
else
	echo "promtool: rejected:"; cat "$_tp_dir/lint"
fi
tp_stop
echo "--- exit $TP_RC"
cat "$TP_OUT"
# The stderr lines that are not the "serving" line.
grep -v '^tpscript: serving metrics at ' "$TP_ERR" >&2
exit 0
