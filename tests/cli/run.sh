#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The command line without privileges: words after "--", write errors on
# every path that writes, a closed output, repeated options, and the
# error texts a first day meets. Against the fixture tracefs (or a large
# made-up one), so nothing is loaded.
#
# usage: run.sh TPSCRIPT
set -u
tpscript=$1
dir=$(cd "$(dirname "$0")" && pwd)
export TPSCRIPT_TRACEFS=$dir/../fixtures/tracefs NO_COLOR=1
export TPSCRIPT_BTF=$dir/../fixtures/btf/vmlinux.btf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# t NAME WANT-STATUS [WANT-TEXT-IN-OUTPUT] -- COMMAND...: stdout and stderr
# together must contain WANT-TEXT (a fixed string) when it is given.
t() {
	local name=$1 want=$2 text=${3-} why=""
	shift 3
	timeout 20 "$@" >"$tmp/out" 2>&1
	local rc=$?
	[ "$rc" -eq "$want" ] || why="exit status $rc, want $want"
	[ "$rc" -lt 128 ] || why="$why (killed by signal $((rc - 128)))"
	[ -z "$text" ] || grep -qF -- "$text" "$tmp/out" || why="${why:+$why; }no '$text'"
	if [ -z "$why" ]; then
		echo "PASS: $name"
		passed=$((passed + 1))
	else
		echo "FAIL: $name: $why"
		printf ' %q' "$@"; echo
		head -c 2000 "$tmp/out"
		failed=$((failed + 1))
	fi
}

T=$tpscript
elf=$tmp/out.o
printf 'BEGIN { printf("%%d %%s\\n", $1, str($2)); exit(); }\n' >"$tmp/p.tp"

# -- ends the options: it used to crash (SIGSEGV) on any word after it.
t "words after -- are parameters" 0 "" $T --emit-elf "$elf" -e 'BEGIN { exit(); }' -- 7
t "the script file after --" 0 "" $T --emit-elf "$elf" -- "$tmp/p.tp" 1 x
t "-l -- PATTERN" 0 "tracepoint:syscalls:sys_enter_openat" $T -l -- openat
# A negative parameter after --, where -1 would be an option: an integer
# parameter, read from tp_ro at load time (runtime/aot.test runs it).
t "-- -1 is a negative parameter" 0 "mul i64 %0, 3" \
	$T --emit-llvm /dev/stdout -e 'BEGIN { printf("%d\n", $1 * 3); }' -- -1
t "a script's parameters after --" 0 "" $T --emit-elf "$elf" "$tmp/p.tp" -- -5 -x
t "without --, -1 is an option" 1 "Try 'tpscript --help'" $T -e 'BEGIN { exit(); }' -1

# Every path that writes: a failed write is one message and exit 1.
full="cannot write the output: No space left on device"
t "--help to /dev/full" 1 "$full" sh -c '"$0" --help >/dev/full' $T
t "--version to /dev/full" 1 "$full" sh -c '"$0" --version >/dev/full' $T
t "-l to /dev/full" 1 "$full" sh -c '"$0" -l >/dev/full' $T
t "-lv to /dev/full" 1 "$full" sh -c '"$0" -lv >/dev/full' $T
t "--summary to /dev/full" 1 "$full" sh -c '"$0" -l --summary >/dev/full' $T
t "--dump=ast to /dev/full" 1 "$full" sh -c '"$0" --dump=ast -e "BEGIN { exit(); }" >/dev/full' $T
t "--dump=ir to /dev/full" 1 "cannot write the LLVM IR: No space left on device" \
	sh -c '"$0" --dump=ir -e "BEGIN { exit(); }" >/dev/full' $T
t "--emit-llvm /dev/full" 1 "cannot write the LLVM IR: No space left on device" \
	$T --emit-llvm /dev/full -e 'BEGIN { exit(); }'
t "--emit-elf /dev/full" 1 "cannot write /dev/full: No space left on device" \
	$T --emit-elf /dev/full -e 'BEGIN { exit(); }'
t "one message for one failed write" 0 "1" \
	sh -c '"$0" -lv 2>&1 >/dev/full | grep -c error' $T

# A closed output ends a listing quietly, as it ends a trace: no SIGPIPE.
mkdir -p "$tmp/big/events"
seq 1 20000 | sed 's/^/cat:event_/' >"$tmp/big/available_events"
t "-l | head -1 exits 0" 0 "rc=0 0" bash -c 'set -o pipefail
	TPSCRIPT_TRACEFS=$1 "$0" -l | head -1 >/dev/null; echo "rc=$? ${PIPESTATUS[*]}"' $T "$tmp/big"

# Repeated options are refused, never silently dropped.
t "-e twice" 1 "-e is given twice" $T -e 'BEGIN { exit(); }' -e 'END { }'
t "-o twice" 1 "-o is given twice ('a', then 'b')" $T -o a -o b -e 'BEGIN { exit(); }'
t "-c twice" 1 "-c is given twice" $T -c true -c false -e 'BEGIN { exit(); }'
t "--emit-elf twice" 1 "--emit-elf is given twice" $T --emit-elf a --emit-elf b -e 'BEGIN {}'

# Error texts.
t "a parameter 08 is a string, and the error says why" 1 \
	"hint: '08' is a string: a leading 0 makes a number octal, where 8 and 9 are not digits (write 8)" \
	$T --emit-elf "$elf" -e 'BEGIN { print($1 + 1); }' 08
t "sizeof and a struct cast compile against the kernel types" 0 "" \
	$T --emit-elf "$elf" -e 'BEGIN { print(sizeof(struct task_struct)); print(((struct task_struct *)0)->pid); }'
t "'struct' out of place says how kernel types are written" 1 "a kernel type is written 'struct NAME'" \
	$T --emit-elf "$elf" -e 'BEGIN { $x = struct; }'

# -k, -kk: checks only when asked, and never more than two.
t "-kkk is an error" 1 "-k is given more than twice" $T -kkk -e 'BEGIN { exit(); }'
t "-k -kk is an error too" 1 "-k is given more than twice" $T -k -kk -e 'BEGIN { exit(); }'
t "-kk checks a map read (bpf_ringbuf_output, 130, after it)" 0 "kcheck.none" \
	$T -kk --dump=ir -e 'BEGIN { @m[1] = 1; print(@m[2]); exit(); }'
t "-k checks the update, not the map read" 0 "none=0 fail=1" bash -c 'ir=$("$0" -k --dump=ir -e "BEGIN { @m[1] = 1; print(@m[2]); exit(); }"); echo "none=$(grep -c "^kcheck.none:" <<<"$ir") fail=$(grep -c "^kcheck.fail:" <<<"$ir")"' $T
t "without -k no check at all" 0 "checks=0" sh -c 'echo "checks=$("$0" --dump=ir -e "BEGIN { @m[1] = 1; delete(@m[3]); print(@m[2]); exit(); }" | grep -c kcheck)"' $T

# The licence.
t "--version names the licence" 0 "Licence: GPL-2.0-only OR BSD-2-Clause" $T --version

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
