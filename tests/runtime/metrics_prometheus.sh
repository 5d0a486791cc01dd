#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# metrics_prometheus.sh - Debian's Prometheus scrapes tpscript every second
# while a workload runs; what its query API answers must agree with what
# the same maps print when tpscript ends:
#   counter: tpscript_calls_total at its last sample = @calls
#   rate:    rate(tpscript_calls_total[5m]) at that sample = @calls / 300
#            (the series starts at 0 and the query is at the sample, so
#            Prometheus extrapolates nothing)
#   quantile Q: histogram_quantile(Q, tpscript_write_bytes_bucket) = Q's
#            interpolation in @write_bytes as printed, bucket [lo, hi)
#            being le="hi - 1"
# Prints "NAME: same", or both values.
set -u
. "$(dirname "$0")/metrics_lib.sh"
if ! command -v prometheus >/dev/null || ! command -v jq >/dev/null; then
	echo "FAIL: prometheus and jq are needed (apt-get install prometheus jq)"
	exit 1
fi
tp_start -e 'BEGIN { @calls = count(); zero(@calls); }
t:syscalls:sys_enter_getppid /comm == "tpsprom"/ { @calls = count(); }
t:syscalls:sys_enter_write /comm == "tpsprom"/ { @write_bytes = hist(args.count); }' || exit 1

# Prometheus on the loopback address, a port nobody listens on, its data
# in the test's temporary directory.
pdir=$_tp_dir/prometheus
mkdir -p "$pdir/data"
for pport in $(seq 19090 19190); do
	[ -z "$(ss -Hltn "sport = :$pport")" ] && break
done
cat >"$pdir/prometheus.yml" <<CFG
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: tpscript
    static_configs:
      - targets: ['127.0.0.1:$TP_PORT']
CFG
prometheus --config.file="$pdir/prometheus.yml" --storage.tsdb.path="$pdir/data" \
	--web.listen-address="127.0.0.1:$pport" >"$pdir/log" 2>&1 &
_tp_more=$!
api=http://127.0.0.1:$pport/api/v1
# query EXPR [TIME]: the first result's value
query() {
	curl -sf --max-time 5 "$api/query" --data-urlencode "query=$1" \
		${2:+--data-urlencode "time=$2"} | jq -r '.data.result[0].value[1] // empty'
}
# until SECONDS CMD...: retry CMD every 0.5 s
until_ok() {
	local end=$((SECONDS + $1)); shift
	until "$@"; do
		[ $SECONDS -ge $end ] && return 1
		sleep 0.5
	done
}
started() { curl -sf --max-time 2 "http://127.0.0.1:$pport/-/ready" >/dev/null; }
two_zeros() { [ "$(query 'count_over_time(tpscript_calls_total[1m])')" ] &&
	      [ "$(query 'count_over_time(tpscript_calls_total[1m])')" -ge 2 ]; }
until_ok 60 started || { echo "prometheus did not start:"; tail -5 "$pdir/log"; exit 1; }
until_ok 30 two_zeros || { echo "prometheus did not scrape tpscript"; exit 1; }

"$WORKLOAD" comm:tpsprom getppid:1000 write:100:10 write:50:300 write:10:3000
scrape >"$_tp_dir/page"
promtool check metrics <"$_tp_dir/page" >/dev/null 2>&1 && echo "promtool: ok"
seen_all() { [ "$(query tpscript_calls_total)" = 1000 ] &&
	     [ "$(query tpscript_write_bytes_count)" = 160 ]; }
until_ok 30 seen_all || echo "prometheus never saw the final values"
sleep 1.5	# one more scrape of the same values
last=$(curl -sf --max-time 5 "$api/query" --data-urlencode 'query=tpscript_calls_total[1m]' |
       jq -r '.data.result[0].values[-1][0]')
counter=$(query tpscript_calls_total "$last")
rate=$(query 'rate(tpscript_calls_total[5m])' "$last")
for q in 0.5 0.9 0.99; do
	echo "$q $(query "histogram_quantile($q, tpscript_write_bytes_bucket)" "$last")"
done >"$_tp_dir/quantiles"
lost=$(query tpscript_lost_events_total)
tp_stop
[ "$TP_RC" = 0 ] || echo "tpscript exit $TP_RC"

calls=$(sed -n 's/^@calls: //p' "$TP_OUT")
same() {	# NAME GOT WANT: equal within 1e-9, relatively
	if awk -v g="$2" -v w="$3" 'BEGIN { d = g - w; if (d < 0) d = -d;
		m = w < 0 ? -w : w; exit !(g != "" && d <= 1e-9 * (m > 1 ? m : 1)) }'; then
		echo "$1: same"
	else
		echo "$1: prometheus says '$2', the map printed gives '$3'"
	fi
}
same counter "$counter" "$calls"
same rate "$rate" "$(awk -v n="$calls" 'BEGIN { printf "%.17g", n / 300 }')"
# The printed histogram's rows -> "le count", le as Prometheus has it.
sed -n '/^@write_bytes: $/,/^$/p' "$TP_OUT" | awk '
function num(s) { m = 1; if (s ~ /K$/) m = 1024; if (s ~ /M$/) m = 1048576;
		  if (s ~ /G$/) m = 1073741824; sub(/[KMG]$/, "", s); return s * m }
/^\(\.\.\., 0\)/ { print -1, $3; next }
/^\[0\]/ { print 0, $2; next }
/^\[1\]/ { print 1, $2; next }
/^\[/ { hi = $2; sub(/\)$/, "", hi); print num(hi) - 1, $3 }' >"$_tp_dir/rows"
while read -r q got; do
	want=$(awk -v q="$q" '{ le[NR] = $1; c[NR] = $2; total += $2 }
	END {	# Prometheus bucketQuantile, on every bucket up to the last row
		rank = q * total; cum = 0
		for (i = 1; i <= NR; i++) {
			if (cum + c[i] >= rank && c[i] > 0) {
				# the bucket before this one ends where this one starts
				start = i == 1 && le[i] <= 0 ? le[i] : (le[i] == 0 ? -1 : le[i] == 1 ? 0 : (le[i] + 1) / 2 - 1)
				if (i == 1 && le[i] <= 0) { printf "%.17g", le[i]; exit }
				printf "%.17g", start + (le[i] - start) * (rank - cum) / c[i]; exit
			}
			cum += c[i]
		}
	}' "$_tp_dir/rows")
	same "quantile $q" "$got" "$want"
done <"$_tp_dir/quantiles"
echo "lost: $lost"
