#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# metrics_abuse.sh - bad clients must stall neither the trace nor other
# scrapes: a malformed request, an oversized one, 100 idle connections and
# a client reading a large page at 2 KB/s, all at once, while events flow
# and a well-behaved client scrapes 20 times.
set -u
. "$(dirname "$0")/metrics_lib.sh"
# 200 histograms: a page of about a megabyte.
tp_start -e 't:syscalls:sys_enter_getppid /comm == "tpsabuse"/ {
	@calls = count(); @spread[@calls % 200] = hist(@calls);
}' || exit 1
port=$TP_PORT
# raw FILE: send FILE on a new connection; the first line of the answer
raw() {
	timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1; cat "$2" >&3 2>/dev/null;
			   head -c 200 <&3 | head -1 | tr -d "\r"' _ "$port" "$1"
}
printf 'GET /metrics HTTP/1.1\r\nHost x\r\n\r\n' >"$_tp_dir/malformed"
got=$(raw "$_tp_dir/malformed")
echo "malformed: answered ${got#HTTP/1.1 }" | sed 's/ Bad Request$//'
{ printf 'GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: '; head -c 200000 /dev/zero | tr '\0' a
  printf '\r\n\r\n'; } >"$_tp_dir/oversized"
got=$(raw "$_tp_dir/oversized")
case "$got" in *" 200 "*) echo "oversized: served ($got)" ;; *) echo "oversized: refused" ;; esac

# 100 connections that never send a byte
idle=0 fds=()
for i in $(seq 100); do
	exec {fd}<>"/dev/tcp/127.0.0.1/$port" && idle=$((idle + 1)) && fds+=("$fd")
done
echo "idle connections: $idle open"
"$WORKLOAD" comm:tpsabuse getppid:1000	# every key: a large page
curl -s --limit-rate 2k "$TP_URL" >/dev/null &
_tp_more=$!
sleep 1
kill -0 $_tp_more 2>/dev/null && echo "slow reader: reading"

ok=0 slow=0
for i in $(seq 19); do
	"$WORKLOAD" comm:tpsabuse getppid:1000
	t0=$(date +%s%N)
	curl -sf --max-time 5 "$TP_URL" >"$_tp_dir/page"
	t1=$(date +%s%N)
	[ $(((t1 - t0) / 1000000)) -lt 1000 ] || slow=$((slow + 1))
	promtool check metrics <"$_tp_dir/page" >/dev/null 2>&1 && ok=$((ok + 1))
done
echo "scrapes meanwhile: $ok of 19 well-formed, $([ $slow = 0 ] && echo "each under 1 s" || echo "$slow over 1 s")"
sleep 0.2
n=$(scrape | sed -n 's/^tpscript_calls_total //p')
[ "$n" = 20000 ] && echo "events: all 20000 counted" || echo "events: $n counted of 20000"
echo "lost: $(scrape | sed -n 's/^tpscript_lost_events_total //p')"
kill $_tp_more 2>/dev/null
for fd in "${fds[@]}"; do exec {fd}>&-; done
scrape | grep -q '^tpscript_probes_attached 1$' && echo "still serving after the abuse: yes"
tp_stop
[ "$TP_RC" = 0 ] || echo "tpscript exit $TP_RC"
