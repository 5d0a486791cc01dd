#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The runtime tier: tests that load real programs into the running kernel.
#
# A .test file holds tests in bpftrace's runtime-test shape, one per block
# starting with NAME:
#   NAME    the test's name
#   PROG    a program for -e              FILE  a script in this directory
#   ARGS    more arguments (shell words; $WORKLOAD, $TESTDIR expand)
#   RUN     instead of PROG/FILE: a shell command ($TPSCRIPT, $WORKLOAD ...)
#   EXPECT  a line stdout must contain (repeatable)
#   EXPECT_NOT  a line stdout must not contain
#   EXPECT_RE   an extended regex some line of stdout must match
#   EXPECT_NOT_RE  an extended regex no line of stdout may match
#   STDERR  a line stderr must contain (otherwise stderr must be empty)
#   EXIT    the exit status (default 0)
#   TIMEOUT seconds (default 10)
# After every test no tpscript program may be left loaded.
#
# usage: run.sh TPSCRIPT WORKLOAD FILE.test
set -u
export TPSCRIPT=$1 WORKLOAD=$2
file=$3
export TESTDIR=$(cd "$(dirname "$file")" && pwd)
# The uprobe tests' program, built beside the workload.
export UPROBE_TARGET=$(cd "$(dirname "$WORKLOAD")" && pwd)/uprobe_target
export UPROBE_TARGET_NOPIE=${UPROBE_TARGET}_nopie	# the same, not a PIE
export UPROBE_TARGET_MOVED=${UPROBE_TARGET}_moved	# another build, its symbols moved
export NO_COLOR=1

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: runtime tests load BPF programs and need root; run them as root (sudo ctest)." >&2
	exit 77
fi
if ! command -v bpftool >/dev/null; then
	echo "FAIL: bpftool is needed to check that nothing stays loaded (apt-get install bpftool)"
	exit 1
fi

passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TMPDIR=$tmp

# tpscript's programs are named tpN_..., beginN, endN, intervalN, profileN.
# A test may leave none of its own: the ids loaded after it that were not
# loaded before it (another tracer may run meanwhile, say a benchmark).
loaded_ids() {
	bpftool prog show 2>/dev/null |
		sed -nE 's/^([0-9]+): [a-z_]+ +name (tp[0-9]+_|begin[0-9]+|end[0-9]+|interval[0-9]+|profile[0-9]+).*/\1/p' | sort
}
loaded() {
	comm -13 "$tmp/before" <(loaded_ids) | wc -l
}

run_test() {
	local name=$1
	local -a cmd
	if [ -n "$run" ]; then
		cmd=(bash -c "$run")
	else
		local -a extra=()
		eval "extra=($args)"
		if [ -n "$prog" ]; then
			cmd=("$TPSCRIPT" -e "$prog" "${extra[@]}")
		else
			cmd=("$TPSCRIPT" "$TESTDIR/$script" "${extra[@]}")
		fi
	fi
	loaded_ids >"$tmp/before"
	timeout -k 5 "$tmo" "${cmd[@]}" >"$tmp/out" 2>"$tmp/err" </dev/null
	local rc=$? why=""
	if [ "$rc" -eq 124 ]; then
		why="timed out after ${tmo}s"
	elif [ "$rc" -ne "$want_exit" ]; then
		why="exit status $rc, want $want_exit"
	fi
	local l
	for l in "${expect[@]}"; do
		grep -qxF -- "$l" "$tmp/out" || why="${why:+$why; }no line '$l' in stdout"
	done
	for l in "${expect_not[@]}"; do
		grep -qxF -- "$l" "$tmp/out" && why="${why:+$why; }unwanted line '$l' in stdout"
	done
	for l in "${expect_re[@]}"; do
		grep -qE -- "$l" "$tmp/out" || why="${why:+$why; }no line matching /$l/ in stdout"
	done
	for l in "${expect_not_re[@]}"; do
		grep -qE -- "$l" "$tmp/out" && why="${why:+$why; }a line matching /$l/ in stdout"
	done
	if [ ${#stderr[@]} -eq 0 ]; then
		[ "$want_exit" -ne 0 ] || [ ! -s "$tmp/err" ] || why="${why:+$why; }stderr is not empty"
	fi
	for l in "${stderr[@]}"; do
		grep -qF -- "$l" "$tmp/err" || why="${why:+$why; }no '$l' in stderr"
	done
	# The kernel frees programs once their last reference goes; give it
	# a moment before calling one left behind.
	local left i
	for i in 1 2 3 4 5 6 7 8 9 10; do
		left=$(loaded)
		[ "$left" -eq 0 ] && break
		sleep 0.2
	done
	[ "$left" -eq 0 ] || why="${why:+$why; }$left tpscript programs still loaded"
	if [ -z "$why" ]; then
		echo "PASS: $name"
		passed=$((passed + 1))
	else
		echo "FAIL: $name: $why"
		echo "--- command:"; printf ' %q' "${cmd[@]}"; echo
		echo "--- stdout (head):"; head -n 30 "$tmp/out"
		echo "--- stderr (head):"; head -n 30 "$tmp/err"
		failed=$((failed + 1))
	fi
}

reset() {
	name="" prog="" script="" args="" run="" tmo=10 want_exit=0
	expect=() expect_not=() expect_re=() expect_not_re=() stderr=()
}

if [ -n "$(loaded_ids)" ]; then
	echo "note: tpscript programs of another run are loaded; only this run's are checked"
fi

reset
while IFS= read -r line || [ -n "$line" ]; do
	key=${line%% *}
	val=${line#"$key"}
	val=${val# }
	case "$key" in
	NAME)
		[ -n "$name" ] && run_test "$name"
		reset
		name=$val ;;
	PROG) prog=$val ;;
	FILE) script=$val ;;
	ARGS) args=$val ;;
	RUN) run=$val ;;
	EXPECT) expect+=("$val") ;;
	EXPECT_NOT) expect_not+=("$val") ;;
	EXPECT_RE) expect_re+=("$val") ;;
	EXPECT_NOT_RE) expect_not_re+=("$val") ;;
	STDERR) stderr+=("$val") ;;
	EXIT) want_exit=$val ;;
	TIMEOUT) tmo=$val ;;
	""|"#"*) ;;
	*) echo "FAIL: $file: unknown keyword '$key'"; exit 1 ;;
	esac
done <"$file"
[ -n "$name" ] && run_test "$name"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
