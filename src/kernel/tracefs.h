/* SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause */
/* tracefs.h - finding tracefs, listing events, parsing format files. */
#ifndef TPSCRIPT_TRACEFS_H
#define TPSCRIPT_TRACEFS_H

#include <stdbool.h>
#include <stddef.h>

/* How a field is laid out in the record, from its C type text. */
enum field_kind {
	FK_INT,		/* integer, bool or enum of size 1, 2, 4 or 8 */
	FK_PTR,		/* any pointer type: "const char *", "void *" */
	FK_CHARS,	/* fixed char array: "char prev_comm[16]" */
	FK_ARRAY,	/* fixed non-char array: "u8 saddr[16]", "unsigned long args[6]" */
	FK_DATALOC_STR,	/* "__data_loc char[] name" */
	FK_DATALOC_ARRAY, /* "__data_loc u64[] name", "__data_loc cpumask_t mask" */
	FK_RECORD,	/* a struct or union of at most 8 bytes passed by value: a
			 * raw tracepoint's argument, btf_id its type */
	FK_OTHER,	/* anything else (a format file's structs by value...) */
};

struct tp_field {
	char *name;		/* "filename" */
	char *type;		/* C type text without the name: "const char *",
				 * "char[16]", "__data_loc char[]" */
	unsigned offset;	/* byte offset in the record */
	unsigned size;		/* bytes, as the format file says */
	bool is_signed;		/* the format file's signed: flag */
	bool common;		/* common_* header field */
	enum field_kind kind;
	unsigned elem_size;	/* arrays: size of one element (1 for chars) */
	unsigned count;		/* fixed arrays: element count; 0 if unknown */
	bool user;		/* pointer into user memory (syscalls:* pointers) */
	bool by_helper;		/* read with bpf_probe_read_kernel, not loaded: a
				 * raw tracepoint's pointer argument (the verifier
				 * would type a loaded one as a kernel object, refuse
				 * it for pointers to anything but structs and
				 * integers, and refuse arithmetic on it) */
	unsigned btf_id;	/* a raw tracepoint's argument: its type in the
				 * kernel's BTF, as the prototype has it; 0 for
				 * a format file's field */
};

struct tp_format {
	char *category;		/* "syscalls" */
	char *name;		/* "sys_enter_openat" */
	int id;			/* the event ID */
	struct tp_field *fields;
	size_t nfields;		/* including the common_* fields */
};

/* The tracefs root ("/sys/kernel/tracing", else "/sys/kernel/debug/tracing",
 * mounting tracefs at the first when neither has events). The environment
 * variable TPSCRIPT_TRACEFS overrides it (tests use a fixture tree). Returns
 * NULL with errno set and a message in err when none can be had. The string
 * is static. */
const char *tracefs_root(char *err, size_t errlen);

/* Parse the text of a format file. cat and name are copied into the result.
 * Returns NULL and a message in err (with the line number) on a malformed
 * file. */
struct tp_format *tp_format_parse(const char *text, const char *cat,
				  const char *name, char *err, size_t errlen);

/* Load ROOT/events/CAT/NAME/format. NULL with errno (ENOENT when there is no
 * such event) and a message in err. */
struct tp_format *tp_format_load(const char *root, const char *cat,
				 const char *name, char *err, size_t errlen);
void tp_format_free(struct tp_format *f);

/* The field named name, or NULL. */
const struct tp_field *tp_format_field(const struct tp_format *f,
				       const char *name);

/* The width and signedness an FK_INT field's value has: its C type's when
 * that is a plain C integer narrower than the slot (syscall events keep an
 * "int dfd" in 8 bytes), else the format file's size and signed flag. */
void tp_field_int(const struct tp_field *f, unsigned *size, bool *is_signed);

/* What an FK_PTR field points to, for p[i]: another pointer (*is_ptr, size
 * 8) or an integer of a known size and sign. false for void, structs and
 * types not known. */
bool tp_field_pointee(const struct tp_field *f, unsigned *size, bool *sgn, bool *is_ptr);

/* List ROOT/events/ subdirectory names (cat == NULL: categories; otherwise
 * the events of that category), sorted. Returns a NULL-terminated heap array
 * of heap strings (free with tracefs_names_free), or NULL with errno. */
char **tracefs_list(const char *root, const char *cat);

struct buf;

/* What the compiler reads of tracefs, for the compile cache: from now on
 * (NULL: no more), every format file tp_format_load() reads and every
 * directory tracefs_list() lists is noted in *rec, once, as a line
 *   "F HASH events/CAT/NAME/format"  (the file's bytes)
 *   "L HASH events[/CAT]"            (the sorted names listed)
 * with HASH 16 hex digits (64-bit FNV-1a). */
void tracefs_record(struct buf *rec);

/* Note in that record a file the compiler read outside tracefs (a uprobe's
 * or USDT probe's binary, the kernel's BTF) as a line
 *   "B HASH /ABSOLUTE/PATH"          (its device, inode, size, mtime)
 * so that a rebuilt binary or another kernel's types is a miss. */
void tracefs_record_file(const char *path);

/* Are the files (and B lines' files) and directories of such a record (len bytes, from the
 * cache: checked, never trusted) still as they were under root (NULL:
 * tracefs_root())? 0 if so; -1 otherwise, with what differs in err. */
int tracefs_check_record(const char *root, const char *rec, size_t len, char *err,
			 size_t errlen);
void tracefs_names_free(char **names);

#endif
