# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# metrics_lib.sh - helpers for the --metrics tests (source it; bash).
#
#   tp_start ARGS...   start $TPSCRIPT --metrics 127.0.0.1:0 ARGS in the
#                      background; sets TP_PID, TP_URL (http://.../metrics),
#                      TP_PORT, TP_OUT and TP_ERR (its stdout and stderr)
#   tp_stop            SIGTERM it and wait (at most 20 s); sets TP_RC
#   scrape [URL]       GET the page (curl, 5 s at most) to stdout
#
# Everything started here is ended on exit, however the test ends.

TP_PID= TP_URL= TP_PORT= TP_RC=
_tp_dir=$(mktemp -d)
TP_OUT=$_tp_dir/out TP_ERR=$_tp_dir/err
_tp_cleanup() {
	[ -n "$TP_PID" ] && kill -KILL "$TP_PID" 2>/dev/null
	[ -n "${_tp_more:-}" ] && kill -KILL $_tp_more 2>/dev/null
	wait 2>/dev/null
	rm -rf "$_tp_dir"
}
trap _tp_cleanup EXIT

tp_start() {
	"$TPSCRIPT" --metrics 127.0.0.1:0 "$@" >"$TP_OUT" 2>"$TP_ERR" </dev/null &
	TP_PID=$!
	local i
	for i in $(seq 100); do
		TP_URL=$(sed -n 's/^tpscript: serving metrics at //p' "$TP_ERR")
		[ -n "$TP_URL" ] && break
		kill -0 "$TP_PID" 2>/dev/null || break
		sleep 0.1
	done
	if [ -z "$TP_URL" ]; then
		echo "tpscript did not start serving:"; cat "$TP_ERR"
		return 1
	fi
	TP_PORT=${TP_URL##*:}
	TP_PORT=${TP_PORT%%/*}
	# Serving starts before the probes attach: wait until they are.
	for i in $(seq 100); do
		scrape | grep -q '^tpscript_probes_attached [1-9]' && return 0
		sleep 0.1
	done
	echo "the probes never attached"
	return 1
}

tp_stop() {
	kill -TERM "$TP_PID"
	local i
	for i in $(seq 200); do
		kill -0 "$TP_PID" 2>/dev/null || break
		sleep 0.1
	done
	wait "$TP_PID"
	TP_RC=$?
	TP_PID=
}

scrape() {
	curl -sf --max-time 5 "${1:-$TP_URL}"
}
