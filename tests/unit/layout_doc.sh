#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# docs/internals.md names every source file of src/ and its stage: each
# .c, .l, .y and each header whose .c it is not (a header X.h beside X.c is
# X.c's interface and counts as named with it), written `folder/name`.
# Usage: layout_doc.sh SRC_DIR INTERNALS_MD
src=${1:?usage: layout_doc.sh SRC_DIR INTERNALS_MD}
doc=${2:?usage: layout_doc.sh SRC_DIR INTERNALS_MD}
[ -d "$src" ] && [ -f "$doc" ] || { echo "layout_doc.sh: no $src or $doc" >&2; exit 2; }
missing=0
for f in $(cd "$src" && find . -name '*.[chly]' | sed 's|^\./||' | sort); do
	case $f in
	*.h) [ -f "$src/${f%.h}.c" ] && continue ;;
	esac
	if ! grep -qF "\`$f\`" "$doc"; then
		echo "not in $(basename "$doc"): $f"
		missing=$((missing + 1))
	fi
done
[ $missing -eq 0 ] || exit 1
echo "every file of src/ is named in $(basename "$doc")"
