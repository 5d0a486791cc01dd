#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# metrics_first_run.sh - a script's first run with --metrics (an empty
# cache: the compiler compiles it) serves from the small tpscript, not
# from the compiler: prints the executable that serves, whether its
# resident set is under 12 MiB (the compiler's is over 20), and what it
# serves and prints.
set -u
. "$(dirname "$0")/metrics_lib.sh"
export XDG_CACHE_HOME=$_tp_dir/cache
tp_start -e 't:syscalls:sys_enter_getppid /pid == $1/ { @calls = count(); }' 1 || exit 1
echo "serving: $(basename "$(readlink "/proc/$TP_PID/exe")")"
rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$TP_PID/status")
[ "$rss" -lt 12288 ] && echo "rss: under 12 MiB" || echo "rss: $rss KiB"
scrape | grep '^tpscript_probes_attached'
tp_stop
echo "exit $TP_RC"
cat "$TP_OUT"
grep -v '^tpscript: serving metrics at ' "$TP_ERR" >&2
exit 0
