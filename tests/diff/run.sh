#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The differential tier: one bpftrace script, run under bpftrace and under
# tpscript on the same deterministic workload; their stdout must be equal.
#
# usage: run.sh TPSCRIPT WORKLOAD SCRIPT.bt
#
# The script's header comments say how to run it:
#   // workload: ARGS     arguments of the workload (tests/workload.c); the
#                         command is "WORKLOAD ARGS", given to both with -c
#   // params: P1 P2 ...  positional parameters ($1, $2, ...), optional
#   // flags: F1 F2 ...   options given to both before the script (-f json,
#                         --unsafe; @HERE@ is this directory), optional
#   // located: yes       -k's warnings are located in each tool's own way
#                         (bpftrace: "stdin:L:C-E: WARNING: MSG", the line,
#                         "~~~"; tpscript: "FILE:L:C: WARNING: MSG", the
#                         line indented, "^~~"): each such line is compared
#                         as "L:C: WARNING: MSG", its two quoting lines left
#                         out (a documented difference)
#   // program: uprobe_target  run tests/uprobe_target.c's program (built
#                         beside the workload) instead of the workload, and
#                         give its path as the first positional parameter,
#                         before the params ($1 in uprobe:$1:ut_add)
# Both tools run as  TOOL [F1 F2 ...] SCRIPT.bt -c "WORKLOAD ARGS" [P1 P2 ...].
#
# Only stdout is compared. bpftrace's stderr is ignored: on these kernels it
# always says "couldn't set RLIMIT_MEMLOCK", and it warns about things
# tpscript need not. tpscript must write nothing to stderr and exit 0.
#
# Normalised before comparing, and nothing else: a first line
# "Attaching N probe(s)..." (bpftrace's progress note, not the script's
# output; removed from either tool's output); with -f json, empty lines
# (bpftrace writes its two blank lines before the maps even in JSON, which
# is not JSON; tpscript does not, a documented difference).
#
# Exit: 0 equal, 1 different or a tool failed, 77 skipped (no bpftrace, or
# not root). On failure both outputs are kept in $DIFF_KEEP_DIR (default
# ./diff-failures/NAME/) and a unified diff is printed.
set -u

if [ $# -ne 3 ]; then
	echo "usage: run.sh TPSCRIPT WORKLOAD SCRIPT.bt" >&2
	exit 2
fi
tpscript=$1 workload=$2 script=$3

if ! command -v bpftrace >/dev/null 2>&1; then
	echo "SKIP: bpftrace is not installed (apt-get install bpftrace)"
	exit 77
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: differential tests load BPF programs under bpftrace and tpscript and need root; run them as root (sudo ctest -L diff)."
	exit 77
fi

name=$(basename "$script" .bt)
wl_args=$(sed -n 's|^// workload:[[:space:]]*||p' "$script" | head -n 1)
params=$(sed -n 's|^// params:[[:space:]]*||p' "$script" | head -n 1)
flags=$(sed -n 's|^// flags:[[:space:]]*||p' "$script" | head -n 1)
flags=${flags//@HERE@/$(cd "$(dirname "$script")" && pwd)}
if [ -z "$wl_args" ]; then
	echo "FAIL: $script has no '// workload: ARGS' header line"
	exit 1
fi
program=$(sed -n 's|^// program:[[:space:]]*||p' "$script" | head -n 1)
located=$(sed -n 's|^// located:[[:space:]]*yes$|yes|p' "$script" | head -n 1)
if [ -n "$program" ]; then
	workload=$(cd "$(dirname "$workload")" && pwd)/$program
	params="$workload${params:+ $params}"
fi
# Positional parameters are plain words (no quoting in the header).
read -r -a pos <<<"$params"
read -r -a opts <<<"$flags"

version=$(bpftrace --version 2>/dev/null)
case "$version" in
*v0.17.*) ;;
*) echo "NOTE: the reference is bpftrace 0.17; this is '$version', whose output may differ." >&2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1

# run TAG TOOL: runs TOOL on the script, stdout and stderr into $tmp/TAG.*
run() {
	local tag=$1 tool=$2
	timeout -k 5 60 "$tool" "${opts[@]}" "$script" -c "$workload $wl_args" "${pos[@]}" \
		>"$tmp/$tag.raw" 2>"$tmp/$tag.err" </dev/null
	echo $? >"$tmp/$tag.rc"
	sed '1{/^Attaching [0-9]* probes\{0,1\}\.\.\.$/d;}' "$tmp/$tag.raw" >"$tmp/$tag.out"
	if [[ " $flags " == *" json "* ]]; then
		sed -i '/^$/d' "$tmp/$tag.out"
	fi
	if [ -n "$located" ]; then
		sed -i -E '/^[^ ]*:[0-9]+:[0-9]+(-[0-9]+)?: WARNING: /{s/^[^ ]*:([0-9]+):([0-9]+)(-[0-9]+)?: /\1:\2: /;n;d;}' "$tmp/$tag.out"
		sed -i -E '/^[0-9]+:[0-9]+: WARNING: /{n;d;}' "$tmp/$tag.out"
	fi
}

run bpftrace bpftrace
run tpscript "$tpscript"

why=""
bt_rc=$(cat "$tmp/bpftrace.rc") tp_rc=$(cat "$tmp/tpscript.rc")
if [ "$bt_rc" -ne 0 ]; then
	why="bpftrace itself failed (exit $bt_rc): the test script is broken"
fi
if [ "$tp_rc" -eq 124 ] || [ "$tp_rc" -eq 137 ]; then
	why="${why:+$why; }tpscript timed out"
elif [ "$tp_rc" -ne 0 ]; then
	why="${why:+$why; }tpscript exited $tp_rc"
fi
if [ -s "$tmp/tpscript.err" ]; then
	why="${why:+$why; }tpscript wrote to stderr"
fi
if ! cmp -s "$tmp/bpftrace.out" "$tmp/tpscript.out"; then
	why="${why:+$why; }stdout differs"
fi

cmd="TOOL ${flags:+$flags }$script -c \"$workload $wl_args\"${params:+ $params}"
if [ -z "$why" ]; then
	echo "PASS: $name"
	exit 0
fi

keep=${DIFF_KEEP_DIR:-$PWD/diff-failures}/$name
mkdir -p "$keep"
for tag in bpftrace tpscript; do
	cp "$tmp/$tag.raw" "$keep/$tag.stdout"
	cp "$tmp/$tag.err" "$keep/$tag.stderr"
done
echo "FAIL: $name: $why"
echo "--- command: $cmd"
echo "--- unified diff of stdout (bpftrace, then tpscript; first 'Attaching' line removed):"
diff -u --label "bpftrace $name" --label "tpscript $name" "$tmp/bpftrace.out" "$tmp/tpscript.out"
if [ -s "$tmp/tpscript.err" ]; then
	echo "--- tpscript stderr (head):"
	head -n 30 "$tmp/tpscript.err"
fi
if [ "$bt_rc" -ne 0 ]; then
	echo "--- bpftrace stderr (head):"
	head -n 30 "$tmp/bpftrace.err"
fi
echo "--- both outputs kept in $keep/"
exit 1
