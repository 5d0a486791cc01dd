#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
"""The include graph of src/ has no circle, at file level or folder level.

Usage: includes.py SRC_DIR [--print]
       includes.py --self-test

Every `#include "X"` in a .c, .h, .l or .y file under SRC_DIR is an edge
from that file to X, resolved as the compiler does: beside the including
file first, then from SRC_DIR (the include root). Names that resolve to
neither (system headers, the generated parser.h) are not followed.

File level: an edge between two headers, or from a source file to a
header; a circle is a header that, through others, includes itself.
Component level: a source file and the header of the same name (sema.c,
sema.h) are one component, as they are one unit of the design; a header
shared by several source files (checker.h) is a component of its own. A
circle is two components that need each other: sema.c includes
checker.h, which includes sema.h.
Folder level: an edge from folder A to folder B when a file in A includes
a file in B (A != B); a circle is two folders that depend on each other,
directly or through others. Files at SRC_DIR's top are the folder ".".

The rules docs/internals.md states ("Who includes whom") are checked
here too: ALLOWED names, for each folder, the folders (or single headers
of a folder) its files may include; a folder without a row is an error,
so a new folder comes with its rule. Only codegen/ includes LLVM's
headers.

Each circle is printed as a path, "a -> b -> a", and the exit is 1.
With --print, the folder graph is printed and the exit is 0.
--self-test runs the check on small trees made to break each rule once.
"""
import os
import re
import sys

# What a folder's files may include besides their own folder: a folder
# name allows all its headers, "folder/name.h" that header only. "." (main.c,
# tpscript.c) puts the pipeline together and may include anything. Kept in
# step with docs/internals.md ("Who includes whom").
ALLOWED = {
    "front": set(),
    "kernel": {"front"},
    "program": {"front"},
    "providers": {"front", "kernel", "program"},
    "output": {"front", "program"},
    "check": {"front", "kernel", "program", "providers"},
    "codegen": {"front", "kernel", "program", "providers", "check/funcid.h"},
    "runtime": {"front", "kernel", "program", "providers", "output"},
    ".": None,
}
LLVM_ONLY_IN = "codegen"

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
LLVM = re.compile(r'^\s*#\s*include\s+<llvm', re.M)


def sources(src):
    for root, _dirs, files in os.walk(src):
        for f in sorted(files):
            if f.endswith((".c", ".h", ".l", ".y")):
                yield os.path.relpath(os.path.join(root, f), src)


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def edges(src, llvm):
    out = {}
    for f in sources(src):
        with open(os.path.join(src, f), encoding="utf-8") as fh:
            text = strip_comments(fh.read())
        if LLVM.search(text):
            llvm.append(f)
        targets = []
        for name in INCLUDE.findall(text):
            here = os.path.normpath(os.path.join(os.path.dirname(f), name))
            if os.path.isfile(os.path.join(src, here)):
                targets.append(here)
            elif os.path.isfile(os.path.join(src, name)):
                targets.append(os.path.normpath(name))
        out[f] = targets
    return out


def component(f):
    return os.path.splitext(f)[0]


def folder(f):
    d = os.path.dirname(f)
    return d if d else "."


def cycles(graph):
    """One circle per strongly connected component of more than one node
    (or a node with an edge to itself), as a path that closes."""
    index, low, stack, on, found = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in graph.get(v, ()):
                found.append(path_in(graph, set(comp)))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return found


def path_in(graph, comp):
    """A shortest circle through the smallest node of a component."""
    start = min(comp)
    prev = {start: None}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph.get(v, ())):
            if w not in comp:
                continue
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if w not in prev:
                prev[w] = v
                queue.append(w)
    return [start, start]


def check(src, out):
    """The checks over src; each finding is a line written to out. The
    number of findings."""
    llvm = []
    files = edges(src, llvm)
    folders, comps = {}, {}
    why = {}
    for f, targets in files.items():
        for t in targets:
            for level, of in ((folders, folder), (comps, component)):
                a, b = of(f), of(t)
                if a != b:
                    level.setdefault(a, set()).add(b)
                    why.setdefault((a, b), f"{f} includes {t}")

    bad = 0
    for c in cycles({f: set(t) for f, t in files.items()}):
        out.append("file circle: " + " -> ".join(c))
        bad += 1
    for name, graph in (("component", comps), ("folder", folders)):
        for c in cycles(graph):
            out.append(f"{name} circle: " + " -> ".join(c))
            for a, b in zip(c, c[1:]):
                out.append(f"  {a} -> {b}: {why[(a, b)]}")
            bad += 1
    for f, targets in sorted(files.items()):
        a = folder(f)
        if a not in ALLOWED:
            out.append(f"no rule for folder {a} ({f}): add it to ALLOWED in "
                       f"{os.path.basename(__file__)} and to docs/internals.md")
            bad += 1
            continue
        if ALLOWED[a] is None:
            continue
        for t in targets:
            b = folder(t)
            if b != a and b not in ALLOWED[a] and t not in ALLOWED[a]:
                out.append(f"not allowed: {f} includes {t} ({a} -> {b})")
                bad += 1
    for f in llvm:
        if folder(f) != LLVM_ONLY_IN:
            out.append(f"not allowed: {f} includes LLVM's headers (only "
                       f"{LLVM_ONLY_IN}/ does)")
            bad += 1
    return bad, files, folders


def self_test():
    """Each rule broken once in a scratch tree: the finding expected."""
    import tempfile
    base = {
        "front/ast.h": "",
        "front/ast.c": '#include "ast.h"\n',
        "program/program.h": '#include "front/ast.h"\n',
        "check/sema.h": '#include "program/program.h"\n',
        "check/sema.c": '#include "check/sema.h"\n#include "state.h"\n',
        "check/state.h": "",
        "main.c": '#include "check/sema.h"\n',
    }
    cases = [
        ("clean", {}, None),
        ("file circle", {"front/a.h": '#include "b.h"\n',
                         "front/b.h": '#include "front/a.h"\n'},
         "file circle: front/a.h -> front/b.h -> front/a.h"),
        ("component circle", {"check/state.h": '#include "sema.h"\n'},
         "component circle: check/sema -> check/state -> check/sema"),
        ("folder circle", {"front/ast.c": '#include "program/program.h"\n'},
         "folder circle: front -> program -> front"),
        ("commented out", {"front/ast.c": '/* #include "program/program.h" */\n'},
         None),
        ("not allowed", {"program/program.h": '#include "check/state.h"\n'},
         "not allowed: program/program.h includes check/state.h (program -> check)"),
        ("no rule", {"extra/x.c": '#include "front/ast.h"\n'},
         "no rule for folder extra (extra/x.c)"),
        ("llvm", {"check/sema.c": "#include <llvm-c/Core.h>\n"},
         "not allowed: check/sema.c includes LLVM's headers"),
    ]
    failed = 0
    for name, change, want in cases:
        with tempfile.TemporaryDirectory() as d:
            for f, text in {**base, **change}.items():
                os.makedirs(os.path.join(d, os.path.dirname(f)), exist_ok=True)
                with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                    fh.write(text)
            out = []
            bad, _, _ = check(d, out)
            ok = (bad == 0) if want is None else \
                any(line.startswith(want) for line in out)
            print(f"{'ok' if ok else 'FAIL'}: {name}")
            if not ok:
                print("  expected: " + (want or "no finding"))
                for line in out or ["(no finding)"]:
                    print("  got: " + line)
                failed += 1
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    src = sys.argv[1]
    if not os.path.isdir(src):
        print(f"includes.py: {src}: not a directory", file=sys.stderr)
        return 2
    out = []
    bad, files, folders = check(src, out)
    if not files:
        print(f"includes.py: {src}: no source files", file=sys.stderr)
        return 2
    if "--print" in sys.argv[2:]:
        for a in sorted(folders):
            print(f"{a}: {' '.join(sorted(folders[a]))}")
        return 0
    for line in out:
        print(line)
    if bad:
        return 1
    print(f"{len(files)} files, {len(folders)} folders with outside "
          "includes: no circle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
