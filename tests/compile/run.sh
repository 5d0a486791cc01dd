#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The compile tier: each NAME.tp here is compiled against the fixture
# tracefs (no kernel, no privileges needed).
#   NAME.err  expected: compilation fails with exactly this on stderr
#   NAME.elf  expected: compilation succeeds and libbpf sees exactly this
# usage: run.sh TPSCRIPT ELFDUMP NAME.tp
set -u
tpscript=$1 elfdump=$2 test=$3
dir=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$test" .tp)
cd "$dir" || exit 1
export TPSCRIPT_TRACEFS="$dir/../fixtures/tracefs" NO_COLOR=1
# the fixture kernel types too: diagnostics and IR independent of this kernel
export TPSCRIPT_BTF="$dir/../fixtures/btf/vmlinux.btf"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$tpscript" --emit-elf "$tmp/out.o" "$name.tp" >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
if [ -f "$name.err" ]; then
	if [ $rc -ne 1 ]; then
		echo "FAIL: $name: exit status $rc, want 1"; cat "$tmp/stderr"; exit 1
	fi
	if ! diff -u "$name.err" "$tmp/stderr"; then
		echo "FAIL: $name: diagnostics differ (above: - want, + got)"; exit 1
	fi
elif [ -f "$name.elf" ]; then
	if [ $rc -ne 0 ] || [ -s "$tmp/stderr" ]; then
		echo "FAIL: $name: exit status $rc"; cat "$tmp/stderr"; exit 1
	fi
	"$elfdump" "$tmp/out.o" >"$tmp/elf" 2>&1 || { cat "$tmp/elf"; exit 1; }
	if ! diff -u "$name.elf" "$tmp/elf"; then
		echo "FAIL: $name: object differs (above: - want, + got)"; exit 1
	fi
else
	echo "FAIL: $name: neither $name.err nor $name.elf"; exit 1
fi
echo "PASS: $name"
