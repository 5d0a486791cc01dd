/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* uelf.h - user-space binaries for uprobes and USDT: finding a binary by
 * path, program name or library name, and its function symbols and load
 * segments, read with libelf once per binary a script names. */
#ifndef TPSCRIPT_UELF_H
#define TPSCRIPT_UELF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct usdt_site;

struct uelf_func {
	char *name;		/* as in the symbol table */
	uint64_t addr;		/* st_value: the virtual address */
	uint64_t size;		/* st_size */
};

struct uelf_seg {
	uint64_t vaddr, memsz;	/* PT_LOAD p_vaddr, p_memsz */
	uint64_t offset;	/* p_offset */
	bool exec;		/* PF_X */
};

struct uelf {
	char *path;			/* as resolved */
	struct uelf_func *funcs;	/* .symtab and .dynsym FUNC, by name, unique */
	size_t nfuncs;
	struct uelf_func *objs;		/* the same for OBJECT symbols (variables) */
	size_t nobjs;
	bool pie;			/* ET_DYN: a PIE or a shared library, loaded
					 * at an address chosen at run time */
	struct uelf_seg *segs;		/* PT_LOAD */
	size_t nsegs;
	bool has_symtab;		/* false when stripped: .dynsym alone */
	struct usdt_site *sites;	/* .note.stapsdt: USDT probe sites, in
					 * note order; symbol displacements
					 * resolved (kernel/usdt.h) */
	size_t nsites;
	bool has_notes;			/* it has a .note.stapsdt section */
	struct uelf *next;		/* the cache's list */
};

/* The path BIN names: BIN itself when it has a '/' (or is a file in the
 * current directory), else a program on PATH, else a library through the
 * dynamic loader's cache ("libc", "libc.so.6", "c" name libc.so.6), or
 * with pid > 0 a library the process has mapped (/proc/PID/maps). Returns
 * a heap string, or NULL with a message in why. */
char *uelf_resolve(const char *bin, int pid, char *why, size_t whylen);

/* The binary at path, read once and kept for the process's life; NULL
 * with a message in why ("not an ELF file", ...). */
const struct uelf *uelf_get(const char *path, char *why, size_t whylen);

/* The function named name, or NULL. */
const struct uelf_func *uelf_func(const struct uelf *e, const char *name);

/* The function or variable named name (functions first), or NULL. */
const struct uelf_func *uelf_symbol(const struct uelf *e, const char *name);

/* The function whose [addr, addr + size) holds addr, or NULL. */
const struct uelf_func *uelf_func_at(const struct uelf *e, uint64_t addr);

/* The file offset of virtual address addr (what a uprobe attaches at):
 * through the PT_LOAD segment holding it. 0 on success, -1 if none does. */
int uelf_offset(const struct uelf *e, uint64_t addr, uint64_t *offset);

/* Parses /etc/ld.so.cache's contents: the path of the first x86-64
 * library whose name starts with "lib" NAME ".so" (NAME as given when it
 * already starts with "lib"), as a heap string, or NULL. Exposed for the
 * fuzzer. */
char *uelf_ldcache_find(const char *data, size_t len, const char *name);

#endif
