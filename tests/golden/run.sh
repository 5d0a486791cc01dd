#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The golden-IR tier: each NAME.tp here is compiled against the fixture
# tracefs with --emit-llvm (no kernel, no privileges needed), and the
# optimised IR, normalised, must equal NAME.ll line for line.
#
# usage: run.sh [--update] TPSCRIPT [NAME.tp...]     (no NAME: every one)
#   --update (or TPSCRIPT_GOLDEN_UPDATE=1) writes NAME.ll from what the
#   compiler produces now, instead of comparing. Read README.md first.
#
# A script's first lines may say how it is compiled:
#   // args: WORDS    command-line words after the script (-p 42, $1...)
#   // env: K=V ...   environment variables (BPFTRACE_STRLEN=...)
# In both, @BUILD@ stands for TPSCRIPT's directory, the build tree (whose
# tests/uprobe_target a uprobe script may probe).
set -u
update=${TPSCRIPT_GOLDEN_UPDATE:-}
if [ "${1:-}" = --update ]; then update=1; shift; fi
if [ $# -lt 1 ]; then
	echo "usage: run.sh [--update] TPSCRIPT [NAME.tp...]" >&2; exit 2
fi
tpscript=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
build=$(dirname "$tpscript")
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir" || exit 1
[ $# -gt 0 ] || set -- *.tp

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# What differs between builds and machines, and nothing else: the script's
# directory in the debug info, and the producer string.
normalise() {
	sed -e 's|\(!DIFile(filename: "\)[^"]*/\([^"/]*"\)|\1\2|' \
	    -e 's|\(!DIFile(.*directory: "\)[^"]*"|\1."|' \
	    -e 's|producer: "[^"]*"|producer: "tpscript"|'
}

# Kernel-type accesses (CO-RE): LLVM's BPF pass numbers its passthrough
# calls and orders its relocation globals, and with them the debug-info
# metadata, by where the allocator put its nodes, so the same compiler
# gives another order in another build (ASan's). For such IR the
# passthrough numbers and metadata ids are blanked, and the module-level
# lines (globals, declarations, metadata) are sorted; the functions'
# bodies stay in order.
canonical_core() {
	python3 -c '
import re, sys
head, body, tail = [], [], []
inside = False
for line in sys.stdin.read().split("\n"):
    line = re.sub(r"(@llvm\.bpf\.passthrough\.[\w.]+\(i32 )\d+,", r"\1_,", line)
    line = re.sub(r"!\d+\b", "!_", line)
    if line.startswith("define "):
        inside = True
    if inside:
        body.append(line)
        if line == "}":
            inside = False
    elif body:
        tail.append(line)
    else:
        head.append(line)
glob = [l for l in head if l.startswith("@\"llvm.")]
rest = [l for l in head if not l.startswith("@\"llvm.")]
print("\n".join(rest + sorted(glob) + body + sorted(l for l in tail if l)))
'
}

# A fixed setting: the fixture formats, optimisation on (as tpscript
# runs), default string and map sizes unless a script says otherwise.
unset TPSCRIPT_O0 BPFTRACE_STRLEN BPFTRACE_MAP_KEYS_MAX
export TPSCRIPT_TRACEFS="$dir/../fixtures/tracefs" NO_COLOR=1
# the fixture kernel types too: diagnostics and IR independent of this kernel
export TPSCRIPT_BTF="$dir/../fixtures/btf/vmlinux.btf"

fail=0
for t in "$@"; do
	name=${t##*/} name=${name%.tp}
	args='' envs=''
	while IFS= read -r l; do
		case $l in
		'// args: '*) args=${l#'// args: '} args=${args//@BUILD@/$build} ;;
		'// env: '*) envs=${l#'// env: '} envs=${envs//@BUILD@/$build} ;;
		esac
	done <"$name.tp"
	# shellcheck disable=SC2086 # words of the args: and env: lines
	env $envs "$tpscript" --emit-llvm "$tmp/$name.raw" "$name.tp" $args \
		>"$tmp/stdout" 2>"$tmp/stderr"
	rc=$?
	if [ $rc -ne 0 ] || [ -s "$tmp/stderr" ]; then
		echo "FAIL: $name: exit status $rc"; cat "$tmp/stderr"; fail=1; continue
	fi
	normalise <"$tmp/$name.raw" >"$tmp/$name.ll"
	if grep -q 'llvm.preserve.access.index' "$tmp/$name.ll"; then
		canonical_core <"$tmp/$name.ll" >"$tmp/$name.core" && mv "$tmp/$name.core" "$tmp/$name.ll"
	fi
	if [ -n "$update" ]; then
		if ! cmp -s "$tmp/$name.ll" "$name.ll"; then
			cp "$tmp/$name.ll" "$name.ll"
			echo "UPDATED: $name.ll (read its diff before you commit it)"
		fi
		continue
	fi
	if [ ! -f "$name.ll" ]; then
		echo "FAIL: $name: no $name.ll (write it with: $0 --update TPSCRIPT $name.tp)"
		fail=1; continue
	fi
	if ! diff -u --label "$name.ll (want)" --label "$name.ll (got)" "$name.ll" "$tmp/$name.ll"; then
		echo "FAIL: $name: the generated IR differs (above: - want, + got)."
		echo "  If the change is intended, regenerate with"
		echo "  tests/golden/run.sh --update BUILD/tpscript $name.tp, and read the diff."
		fail=1; continue
	fi
	echo "PASS: $name"
done
exit $fail
