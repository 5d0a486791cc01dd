# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# bash completion for tpscript: its flags, tracepoint names after -l and
# in -e programs' probe position, and files otherwise.
# Tracepoint names, as tracepoint:CAT:NAME or t:CAT:NAME like the word
# being completed. tracefs is root's: without it there is nothing to offer.
_tpscript_probes()
{
	local names
	names=$(tpscript -l 2>/dev/null)
	[ "${cur#t:}" != "$cur" ] && names=$(sed 's/^tracepoint:/t:/' <<<"$names")
	# ':' breaks words in bash completion: complete past the last one
	COMPREPLY=($(compgen -W "$names" -- "$cur"))
	local colons=${cur%"${cur##*:}"}
	COMPREPLY=("${COMPREPLY[@]#"$colons"}")
}

_tpscript()
{
	local cur prev
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}

	case "$prev" in
	-f)
		COMPREPLY=($(compgen -W "text json" -- "$cur"))
		return ;;
	-o|--emit-elf|--emit-llvm|--aot)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	-c)
		COMPREPLY=($(compgen -c -- "$cur"))
		return ;;
	-p)
		COMPREPLY=($(compgen -W "$(ps -eo pid= 2>/dev/null)" -- "$cur"))
		return ;;
	--dump)
		COMPREPLY=($(compgen -W "ast ir" -- "$cur"))
		return ;;
	-l|-lv)
		_tpscript_probes
		return ;;
	esac
	case "$cur" in
	-*)
		COMPREPLY=($(compgen -W "-e -c -p -o -f -q -k -kk -l -v -h -V --help --version
			--dry-run --unsafe --no-cache --no-warnings --summary --dump= --emit-elf
			--emit-llvm --aot" -- "$cur"))
		;;
	t:*|tracepoint:*)
		_tpscript_probes
		;;
	*)
		COMPREPLY=($(compgen -f -- "$cur"))
		;;
	esac
}
complete -o filenames -F _tpscript tpscript
