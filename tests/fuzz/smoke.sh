#!/bin/sh
# smoke.sh SECONDS WORKDIR NAME FUZZER [NAME FUZZER...]
#
# For each fuzzer: replay every file of regressions/NAME/ (each must run
# clean), then fuzz for SECONDS from a scratch copy of corpus/NAME/, so the
# source tree is never written. Fails on the first crash, leak, sanitizer
# report, slow input (-timeout) or memory blowup (-rss_limit_mb); the
# offending input is kept in WORKDIR/NAME/ and named in the output.
set -u
here=$(cd "$(dirname "$0")" && pwd)
secs=$1 work=$2
shift 2
opts="-max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1"

status=0
while [ $# -ge 2 ]; do
	name=$1 fuzzer=$2
	shift 2
	dir=$work/$name
	rm -rf "$dir"
	mkdir -p "$dir/corpus" "$dir/artifacts"

	regs=$(find "$here/regressions/$name" -type f ! -name '*.md' 2>/dev/null | sort)
	if [ -n "$regs" ]; then
		echo "== $name: replaying $(echo "$regs" | wc -l) regression input(s)"
		# Files, not a directory: libFuzzer runs each once, whole.
		# shellcheck disable=SC2086
		if ! "$fuzzer" -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix="$dir/artifacts/" $regs >"$dir/replay.log" 2>&1; then
			tail -n 60 "$dir/replay.log"
			echo "FAIL: $name: a regression input crashes (log: $dir/replay.log)"
			status=1
			continue
		fi
	fi

	echo "== $name: fuzzing for ${secs}s"
	dict=
	[ -f "$here/$name.dict" ] && dict="-dict=$here/$name.dict"
	# shellcheck disable=SC2086
	if ! "$fuzzer" $opts $dict -max_total_time="$secs" -artifact_prefix="$dir/artifacts/" \
		"$dir/corpus" "$here/corpus/$name" >"$dir/fuzz.log" 2>&1; then
		tail -n 60 "$dir/fuzz.log"
		echo "FAIL: $name: the fuzzer found a problem; input(s): $(ls "$dir/artifacts")"
		echo "      reproduce: $fuzzer $dir/artifacts/<file>; keep it as a regression (README.md)"
		status=1
		continue
	fi
	grep -E '^stat::number_of_executed_units|^Done' "$dir/fuzz.log" | sed "s/^/   $name: /"
done
exit $status
