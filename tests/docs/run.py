#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
"""Run every documented example that shows output, and compare.

An example is a command line in an indented code block, after a prompt:
"# " (root) or "$ " (an ordinary user: run as nobody), followed by the
output it shows, up to the next prompt or the end of the block. Examples
run in order, one document at a time, in one scratch directory:
"# cat NAME" of a relative NAME writes the shown text to NAME first (so
"# cat opens.tp" defines the script the next examples run), and commands
without output ("# chmod +x opens.tp") just run.

The output is stdout and stderr together. Compared line by line, blank
lines left out, with the variable parts masked: every number is N (pids,
counts, addresses, times), hex is 0xN, a histogram's bar is one @, runs of
spaces are one. A "..." line in the docs stands for any lines (none too);
"^C" stands for the Ctrl-C the example needs. "Attaching N probes..." (a
terminal's) is left out of both.

An HTML comment right before a block says more, for every example in it:
  <!-- doc-test: skip REASON -->        not run (say why)
  <!-- doc-test: sigint=S -->           Ctrl-C (SIGINT) after S seconds
  <!-- doc-test: bg=COMMAND -->         COMMAND runs meanwhile, again and
                                        again, so a system-wide trace sees it
  <!-- doc-test: unordered -->          each shown line appears somewhere,
                                        in any order (a busy machine's maps)
  <!-- doc-test: mask=REGEX -->         what REGEX matches (after the numbers
                                        are masked) is masked too, in both
Several may be given, separated by " ; ".

usage: run.py TPSCRIPT_DIR WORKLOAD SOURCE_DIR [DOC.md...]
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

DOCS = ["README.md", "docs/tutorial.md", "docs/reference.md"]


def parse(path):
    """Yield (line number, options, [(prompt, command, [output lines])])."""
    with open(path) as f:
        lines = f.read().split("\n")
    opts = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^<!-- doc-test: (.*) -->$", line)
        if m:
            opts = {}
            for part in m.group(1).split(" ; "):
                k, _, v = part.partition("=")
                if k.startswith("skip"):
                    opts["skip"] = part[4:].strip() or "no reason given"
                else:
                    opts[k.strip()] = v.strip() if v else True
            i += 1
            continue
        if line.startswith("```"):  # a fenced block
            start = i
            i += 1
            block = []
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(lines[i])
                i += 1
            i += 1
            examples = []
            for b in block:
                if b.startswith("# ") or b.startswith("$ "):
                    examples.append((b[0], b[2:], []))
                elif examples:
                    examples[-1][2].append(b)
            if examples:
                yield start + 1, opts, examples
            opts = {}
            continue
        if line.startswith("    ") and (i == 0 or lines[i - 1].strip() == "" or
                                         lines[i - 1].startswith("<!--")):
            start = i
            block = []
            while i < len(lines):
                if lines[i].startswith("    "):
                    block.append(lines[i][4:])
                    i += 1
                    continue
                # blank lines inside a block (a run's output has them)
                j = i
                while j < len(lines) and lines[j].strip() == "":
                    j += 1
                if j == i or j >= len(lines) or not lines[j].startswith("    "):
                    break
                block.extend([""] * (j - i))
                i = j
            examples = []
            for b in block:
                if b.startswith("# ") or b.startswith("$ "):
                    examples.append((b[0], b[2:], []))
                elif examples:
                    examples[-1][2].append(b)
            if examples:
                yield start + 1, opts, examples
            opts = {}
            continue
        if line.strip():
            opts = {} if not line.startswith("<!--") else opts
        i += 1


def mask(line):
    line = re.sub(r"\|@+ *\|", "|@|", line)
    line = re.sub(r"0x[0-9a-fA-F]+", "0xN", line)
    line = re.sub(r"[0-9]+", "N", line)
    line = re.sub(r"\s+", " ", line).strip()
    return line


def matches(want, got, unordered, extra=None):
    want = [mask(w) for w in want if w.strip() and w.strip() != "^C"]
    got = [mask(g) for g in got if g.strip()]
    if extra:
        want = [w if w == "..." else re.sub(extra, "~", w) for w in want]
        got = [re.sub(extra, "~", g) for g in got]
    # Shown on a terminal only (and the docs may show it).
    att = re.compile(r"^Attaching N probes?\.\.\.$")
    want = [w for w in want if not att.match(w)]
    got = [g for g in got if not att.match(g)]
    if unordered:
        return all(w in got for w in want if w != "...")
    # "..." is a gap of any length; everything else matches in order.
    # A line that ends in "..." is cut short in the docs: a prefix.
    pat = "".join(r"(?:[^\n]*\n)*?" if w == "..." else
                  re.escape(w[:-3]) + r"[^\n]*\n" if w.endswith("...") and
                  not w.startswith("Attaching") else re.escape(w) + r"\n" for w in want)
    return re.fullmatch(pat, "".join(g + "\n" for g in got)) is not None


def run(prompt, cmd, opts, env, cwd):
    sudo = cmd.startswith("sudo ")
    if sudo:
        cmd = cmd[5:]
    argv = ["bash", "-c", cmd]
    if prompt == "$" and not sudo:
        argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                "--inh-caps=-all", "--"] + argv
    bg = None
    if "bg" in opts:
        bg = subprocess.Popen(["bash", "-c", "while :; do %s; sleep 0.1; done" % opts["bg"]],
                              cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    p = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        if "sigint" in opts:
            try:
                out, _ = p.communicate(timeout=float(opts["sigint"]))
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGINT)
                out, _ = p.communicate(timeout=30)
        else:
            out, _ = p.communicate(timeout=float(opts.get("timeout", 15)))
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        out += b"\n[timed out]\n"
    finally:
        if bg:
            os.killpg(bg.pid, signal.SIGKILL)
            bg.wait()
    return p.returncode, out.decode(errors="replace").split("\n")


def main():
    bindir, workload, srcdir = sys.argv[1:4]
    docs = sys.argv[4:] or [os.path.join(srcdir, d) for d in DOCS]
    if os.geteuid() != 0:
        print("SKIP: the documented examples load BPF programs and need root", file=sys.stderr)
        return 77
    passed = failed = skipped = 0
    for doc in docs:
        name = os.path.relpath(doc, srcdir)
        work = tempfile.mkdtemp(prefix="tpscript-docs-")
        os.chmod(work, 0o755)
        # What the docs refer to by a relative path: the tools, and the
        # test suite's workload program (docs say it is in build/tests).
        os.symlink(os.path.join(srcdir, "tools"), os.path.join(work, "tools"))
        os.makedirs(os.path.join(work, "tests"))
        os.symlink(workload, os.path.join(work, "tests", "workload"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
        env = dict(env, PATH=bindir + ":" + os.environ.get("PATH", ""), NO_COLOR="1", LANG="C.UTF-8",
                   HOME=work, XDG_CACHE_HOME=os.path.join(work, ".cache"))
        try:
            for lineno, opts, examples in parse(doc):
                for prompt, cmd, out in examples:
                    where = "%s:%d: %s" % (name, lineno, cmd[:70])
                    m = re.match(r"^cat ([\w.-]+)$", cmd)
                    if m:  # a file the next examples use
                        with open(os.path.join(work, m.group(1)), "w") as f:
                            f.write("\n".join(out).rstrip("\n") + "\n")
                        continue
                    if "skip" in opts:
                        if out:
                            print("SKIP: %s (%s)" % (where, opts["skip"]))
                            skipped += 1
                        continue
                    rc, got = run(prompt, cmd, opts, env, work)
                    if not out:
                        continue
                    crashed = rc < 0 and rc != -signal.SIGINT
                    if not crashed and matches(out, got, "unordered" in opts, opts.get("mask")):
                        print("PASS: %s" % where, flush=True)
                        passed += 1
                    else:
                        print("FAIL: %s" % where)
                        print("--- want:\n  " + "\n  ".join(out))
                        print("--- got (exit %d):\n  %s" % (rc, "\n  ".join(got[:40])))
                        failed += 1
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print("%d skipped (each says why)" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
