#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
# What a tpscript run left in the kernel, as bpftool sees it: its programs
# (named tpN_...), raw tracepoint links and perf events with a program on a
# tracepoint. The kernel frees a closed link's program a moment later (an
# RCU grace period): wait up to 3 s for all three to reach 0, then print
#   programs=N raw_tracepoint_links=N tracepoint_perf_events=N
# Run under the BPF lock, so no other tracer's objects are counted.
set -u
count() {
	p=$(bpftool prog show 2>/dev/null | grep -cE 'name tp[0-9]+_')
	l=$(bpftool link show 2>/dev/null | grep -c 'raw_tracepoint')
	e=$(bpftool perf show 2>/dev/null | grep -c 'tracepoint')
}
for _ in $(seq 30); do
	count
	[ "$p$l$e" = 000 ] && break
	sleep 0.1
done
echo "programs=$p raw_tracepoint_links=$l tracepoint_perf_events=$e"
