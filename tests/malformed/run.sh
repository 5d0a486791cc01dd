#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# Malformed scripts of every class end in a located diagnostic, exit 1,
# at most a few KB of text, in little time: never a crash or a hang.
# Compile-only against the fixture tracefs: no privileges needed.
#
# usage: run.sh TPSCRIPT
set -u
tpscript=$1
dir=$(cd "$(dirname "$0")" && pwd)
export TPSCRIPT_TRACEFS=$dir/../fixtures/tracefs NO_COLOR=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# case NAME EXPECTED-TEXT: the script is in $tmp/NAME.tp
check() {
	local name=$1 want=$2 rc size
	timeout 20 "$tpscript" --emit-elf "$tmp/out.o" "$name.tp" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	size=$(wc -c <"$tmp/err")
	local why=""
	[ $rc -eq 1 ] || why="exit status $rc, want 1"
	[ "$size" -le 4096 ] || why="${why:+$why; }$size bytes of diagnostics"
	grep -aq "^$name.tp:[0-9]*:[0-9]*: error: " "$tmp/err" || why="${why:+$why; }no located error"
	grep -aqF -- "$want" "$tmp/err" || why="${why:+$why; }no '$want'"
	if [ -z "$why" ]; then
		echo "PASS: $name"
		passed=$((passed + 1))
	else
		echo "FAIL: $name: $why"
		head -c 1500 "$tmp/err"
		failed=$((failed + 1))
	fi
}

cd "$tmp" || exit 1
printf 'tracepoint:syscalls:sys_enter_openat { printf("%%s\\n", str(args.filename)' >truncated.tp
check truncated "syntax error, unexpected end of file"

printf 'BEGIN { exit(); }\n\0\1\2\377garbage' >nul_bytes.tp
check nul_bytes "unexpected byte 0x00"

head -c 4096 /dev/urandom | tr -d '\n' >garbage.tp
check garbage "error:"

{ printf 'BEGIN { print('; printf '(%.0s' $(seq 20000); printf 1; printf ')%.0s' $(seq 20000); printf '); }\n'; } >nested.tp
check nested "the script nests too deeply"

{ printf 'BEGIN { print($'; head -c 200000 /dev/zero | tr '\0' a; printf '); }\n'; } >long_ident.tp
check long_ident "error: variable \$aaaaaaaaaa"

{ printf 'BEGIN { print(1 +'; head -c 200000 /dev/zero | tr '\0' ' '; printf '); }\n'; } >long_line.tp
check long_line "syntax error"

printf 'BEGIN { printf(); str(1, 2, 3); exit(1); count(2); }\n' >arity.tp
check arity "printf() takes at least 1 argument, not 0"

printf 'BEGIN { $x = 1; $x = "s"; @m = 1; @m = "s"; print(comm + 1); printf("%%d\\n", "s"); }\n' >types.tp
check types "variable \$x holds an integer"

printf 'tracepoint:syscalls:sys_enter_nosuch { exit(); }\nkprobe:vfs_read { exit(); }\n' >unknown_probe.tp
check unknown_probe "unknown tracepoint syscalls:sys_enter_nosuch"

printf 'tracepoint:syscalls:sys_enter_openat { print(args.nosuch); }\n' >unknown_field.tp
check unknown_field "has no field 'nosuch'"

printf 'BEGIN { nosuch(1); }\n' >unknown_function.tp
check unknown_function "unknown function 'nosuch'"

printf 'BEGIN { print($nosuch); print(nosuch); }\n' >unknown_variable.tp
check unknown_variable "variable \$nosuch is used before it is assigned"

printf 'BEGIN { print(@nosuch); print(@other[1] + 1); }\n' >unknown_map.tp
check unknown_map "map @nosuch is never assigned"

printf 'interval:s:0 { exit(); }\ninterval:parsec:1 { }\nprofile:hz:-5 { }\n' >probe_params.tp
check probe_params "interval needs a positive whole number of s, not '0'"

printf 'tracepoint:syscalls:sys_enter_getppid { print(args.common_pid); }\n' >common_field.tp
check common_field "'common_pid' is in the header every tracepoint shares"

printf 'BEGIN { print(09); }\n' >bad_octal.tp
check bad_octal "'09' is not a valid octal number"

printf '' >empty.tp
check empty "the script has no probes"

printf '// only a comment\n' >comment_only.tp
check comment_only "the script has no probes"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
