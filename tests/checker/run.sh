#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# The checker tier: every row of the table (cases.txt by default) is a
# script and the exact diagnostics the checker must print for it, compiled
# against the fixture tracefs (no kernel, no privileges needed).
#
# usage: run.sh [--update | --part I/N] TPSCRIPT [TABLE]
#   --update (or TPSCRIPT_CHECKER_UPDATE=1) rewrites every row's expected
#   text with what tpscript prints now. Read README.md first.
#   --part I/N runs rows I, I+N, I+2N... only (I from 1), so ctest can run
#   the table on several CPUs.
#
# A row:
#   ### NAME [WORD...]    WORDs follow the script on the command line
#                         (--unsafe, parameters); K=V words are environment
#                         variables (BPFTRACE_STRLEN=200)
#   script lines          (run as -e, so locations read -e:LINE:COL)
#   ---
#   expected stderr       exit status 1 if it has an "error:", else 0
# Lines that begin with "# " (or are just "#") are comments, anywhere.
set -u
update=${TPSCRIPT_CHECKER_UPDATE:-} slice=1 nslices=1
while [ $# -gt 0 ]; do
	case $1 in
	--update) update=1; shift ;;
	--part) slice=${2%/*} nslices=${2#*/}; shift 2 ;;
	*) break ;;
	esac
done
if [ $# -lt 1 ] || { [ -n "$update" ] && [ "$nslices" -ne 1 ]; }; then
	echo "usage: run.sh [--update | --part I/N] TPSCRIPT [TABLE]" >&2; exit 2
fi
tpscript=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
table=$(cd "$(dirname "${2:-$0}")" && pwd)/$(basename "${2:-cases.txt}")
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir" || exit 1	# K=V words name files relative to this directory
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nrows=0 nfail=0 index=0
name='' words='' hdr_line=0 part='' script='' want='' pending='' comments=''
out=$tmp/table.new

# A fixed setting: the fixture formats, default string and map sizes
# unless a row says otherwise.
unset TPSCRIPT_O0 BPFTRACE_STRLEN BPFTRACE_MAP_KEYS_MAX
export TPSCRIPT_TRACEFS="$dir/../fixtures/tracefs" NO_COLOR=1
# the fixture kernel types too: diagnostics and IR independent of this kernel
export TPSCRIPT_BTF="$dir/../fixtures/btf/vmlinux.btf"

# Without the trailing newlines (the empty lines that separate rows).
chomp() {
	local -n v=$1
	while [ "${v%$'\n'}" != "$v" ]; do v=${v%$'\n'}; done
}

run_row() {
	[ -n "$name" ] || return 0
	index=$((index + 1))
	[ $(((index - 1) % nslices + 1)) -eq "$slice" ] || return 0
	nrows=$((nrows + 1))
	local envs=() args=() w
	for w in $words; do
		case $w in
		[A-Z_]*=*) envs+=("$w") ;;
		*) args+=("$w") ;;
		esac
	done
	local prog=$script want_text=$want rc wrc=0
	chomp prog
	chomp want_text
	env "${envs[@]}" "$tpscript" --emit-llvm /dev/null -e "$prog" "${args[@]}" \
		>"$tmp/stdout" 2>"$tmp/got"
	rc=$?
	if [ -n "$update" ]; then
		{ printf '%s' "$comments"; echo "### $name${words:+ $words}"
		  printf '%s\n---\n' "$prog"; cat "$tmp/got"; echo; } >>"$out"
		return 0
	fi
	if [ -n "$want_text" ]; then printf '%s\n' "$want_text"; fi >"$tmp/want"
	case $want_text in *error:*) wrc=1 ;; esac
	if ! diff -u --label "$name (want)" --label "$name (got)" "$tmp/want" "$tmp/got" >"$tmp/diff" ||
	   [ $rc -ne $wrc ]; then
		nfail=$((nfail + 1))
		if [ $rc -ne $wrc ]; then
			echo "FAIL: $name (${table##*/}:$hdr_line): exit status $rc, want $wrc"
		else
			echo "FAIL: $name (${table##*/}:$hdr_line): the diagnostics differ (- want, + got)"
		fi
		cat "$tmp/diff"
		echo
	fi
}

: >"$out"
lineno=0
while IFS= read -r line || [ -n "$line" ]; do
	lineno=$((lineno + 1))
	case $line in
	'#'|'# '*)
		# A comment belongs to the row after it (for --update).
		pending+="$line"$'\n'
		continue ;;
	'')
		# An empty line between two comment blocks stays.
		if [ -n "$pending" ] && [ "$part" != script ]; then
			pending+=$'\n'; continue
		fi ;;
	'### '*)
		run_row
		comments=$pending pending=''
		read -r name words <<<"${line#'### '}"
		hdr_line=$lineno part=script script='' want=''
		continue ;;
	esac
	if [ "$part" = script ] && [ "$line" = --- ]; then
		part=want; continue
	fi
	case $part in
	script) script+="$line"$'\n' ;;
	want) want+="$line"$'\n' ;;
	'') [ -z "$line" ] || { echo "${table##*/}:$lineno: text outside a row" >&2; exit 2; } ;;
	esac
done <"$table"
run_row

if [ -n "$update" ]; then
	printf '%s' "$pending" >>"$out"
	# The same text without the last row's trailing empty line.
	printf '%s\n' "$(cat "$out")" >"$tmp/final"
	if ! cmp -s "$tmp/final" "$table"; then
		cp "$tmp/final" "$table"
		echo "UPDATED: $table ($nrows rows; read git diff before you commit it)"
	fi
	exit 0
fi
echo "$nrows rows, $nfail failed"
[ $nfail -eq 0 ]
