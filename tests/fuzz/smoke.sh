#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# smoke.sh SECONDS WORKDIR NAME FUZZER [NAME FUZZER...]
#
# For each fuzzer: run every file of regressions/NAME/ once (each must run
# clean, in under REPLAY_TIMEOUT seconds: they take milliseconds once their
# bug is fixed), then fuzz for SECONDS from a scratch copy of corpus/NAME/
# (with NAME.dict), so the source tree is never written. Fails on any crash,
# leak, sanitizer report, input slower than 10 s or RSS over 2 GiB; what
# failed is kept in WORKDIR/NAME/ and named in the output.
set -u
here=$(cd "$(dirname "$0")" && pwd)
secs=$1 work=$2
shift 2
replay_timeout=${REPLAY_TIMEOUT:-5}
limits="-timeout=10 -rss_limit_mb=2048"

# The sanitizer's or libFuzzer's one-line verdict and the first frames
# in our sources.
verdict() {
	grep -m1 -E 'ERROR: |runtime error:|SUMMARY:' "$1"
	grep -E '^ +#[0-9]+ .* in [a-z_]+ /' "$1" | grep -v -E 'LLVMFuzzer|fuzzer::' |
		head -n 3
}

status=0
while [ $# -ge 2 ]; do
	name=$1 fuzzer=$2
	shift 2
	dir=$work/$name
	rm -rf "$dir"
	mkdir -p "$dir/corpus" "$dir/artifacts" "$dir/replay"

	failed=0 n=0
	for f in "$here/regressions/$name"/*; do
		[ -f "$f" ] || continue
		case $f in *.md) continue ;; esac
		n=$((n + 1))
		log=$dir/replay/$(basename "$f").log
		start=$(date +%s)
		# A file, not a directory: libFuzzer runs it once, whole. Its
		# own -timeout does not always fire on a single file, so the
		# time is also checked here, and a runaway is killed.
		timeout -s KILL $((replay_timeout * 4)) "$fuzzer" -timeout="$replay_timeout" \
			-rss_limit_mb=2048 -artifact_prefix="$dir/artifacts/" "$f" >"$log" 2>&1
		rc=$? took=$(($(date +%s) - start))
		if [ $rc -ne 0 ] || [ $took -gt "$replay_timeout" ]; then
			echo "FAIL: regressions/$name/$(basename "$f"): exit $rc after ${took}s (log: $log)"
			verdict "$log" | sed 's/^/      /'
			failed=$((failed + 1))
		fi
	done
	echo "== $name: $n regression input(s), $failed failing"
	if [ "$failed" -gt 0 ]; then
		status=1
		continue	# fuzzing would only find them again
	fi

	echo "== $name: fuzzing for ${secs}s"
	dict=
	[ -f "$here/$name.dict" ] && dict="-dict=$here/$name.dict"
	# Scripts and format files are small; artifacts carry a BPF object.
	max_len=4096
	[ "$name" = artifact ] && max_len=65536
	[ "$name" = rawtp ] && max_len=16384	# raw BTF
	# shellcheck disable=SC2086
	if ! "$fuzzer" -max_len=$max_len $limits $dict -max_total_time="$secs" \
		-print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
		"$dir/corpus" "$here/corpus/$name" >"$dir/fuzz.log" 2>&1; then
		echo "FAIL: $name: the fuzzer found a problem (log: $dir/fuzz.log)"
		verdict "$dir/fuzz.log" | sed 's/^/      /'
		for a in "$dir/artifacts"/*; do
			[ -f "$a" ] && echo "      input: $a"
		done
		echo "      reproduce: $fuzzer <input>; then add it to regressions/$name/ (see README.md)"
		status=1
		continue
	fi
	grep -E '^stat::number_of_executed_units' "$dir/fuzz.log" | sed "s/^/   $name: /"
done
exit $status
