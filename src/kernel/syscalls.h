/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* syscalls.h - system call numbers by trace event name. */
#ifndef TPSCRIPT_SYSCALLS_H
#define TPSCRIPT_SYSCALLS_H

/* The number of the system call whose trace events are sys_enter_NAME and
 * sys_exit_NAME, or -1 when unknown (or not on x86_64). */
int syscall_nr(const char *name);

#define SYSCALL_NR_MAX 512	/* numbers are below this */

#endif
