// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* test_kbtf.c - kernel types from BTF (kernel/kbtf.c), on the fixture
 * tests/fixtures/btf/vmlinux.btf: structs by name, members through
 * anonymous members, bitfields, C spellings, C type texts of format files. */
#include <stdlib.h>

#include <bpf/btf.h>

#include "check.h"
#include "kernel/kbtf.h"

static void test_members(const struct btf *btf)
{
	uint32_t task = kbtf_find_record(btf, "task_struct", false);
	uint32_t sock = kbtf_find_record(btf, "sock_common", false);
	struct kbtf_member m;
	char buf[64];

	CHECK(task != 0);
	CHECK(sock != 0);
	CHECK_INT(kbtf_find_record(btf, "task_struct", true), 0);	/* not a union */
	CHECK_INT(kbtf_find_record(btf, "no_such_struct", false), 0);
	CHECK(kbtf_find_record(btf, "bpf_attr_small", true) != 0);
	CHECK(kbtf_is_record(btf, task));
	CHECK_INT(kbtf_size(btf, task), 216);

	CHECK(kbtf_member(btf, task, "tgid", &m));
	CHECK_INT(m.nsteps, 1);
	CHECK_INT(m.bit_off % 8, 0);
	CHECK_INT(m.bit_size, 0);
	CHECK_STR(kbtf_type_str(btf, m.type, buf, sizeof(buf)), "pid_t");
	CHECK(kbtf_member(btf, task, "comm", &m));
	CHECK_STR(kbtf_type_str(btf, m.type, buf, sizeof(buf)), "char[16]");
	CHECK(kbtf_member(btf, task, "real_parent", &m));
	CHECK_STR(kbtf_type_str(btf, m.type, buf, sizeof(buf)), "struct task_struct *");
	CHECK(kbtf_member(btf, task, "cred", &m));
	CHECK_STR(kbtf_type_str(btf, m.type, buf, sizeof(buf)), "const struct cred *");
	CHECK_INT(kbtf_skip(btf, m.type, NULL), m.type);	/* a pointer is no modifier */
	CHECK(!kbtf_member(btf, task, "tgidd", &m));

	/* bitfields */
	CHECK(kbtf_member(btf, task, "in_execve", &m));
	CHECK_INT(m.bit_size, 1);
	CHECK(kbtf_member(btf, task, "pdeath_signal", &m));
	CHECK_INT(m.bit_size, 5);

	/* through an anonymous union and an anonymous struct in it */
	CHECK(kbtf_member(btf, sock, "skc_dport", &m));
	CHECK_INT(m.nsteps, 3);
	CHECK_INT(m.steps[0].rec_id, sock);
	CHECK_INT(m.steps[0].index, 2);		/* the third member: a union */
	CHECK_INT(m.steps[2].index, 0);
	CHECK_INT(m.bit_off, 12 * 8);
	CHECK(kbtf_member(btf, sock, "skc_num", &m));
	CHECK_INT(m.bit_off, 14 * 8);

	const char **names = kbtf_member_names(btf, sock);
	unsigned n = 0;
	bool dport = false;
	for (; names[n]; n++)
		dport |= !strcmp(names[n], "skc_dport");
	CHECK(dport);
	CHECK_INT(n, 10);	/* the anonymous members' own, not the anonymous ones */
	free(names);
}

static void test_ctype(const struct btf *btf)
{
	uint32_t cred = kbtf_find_record(btf, "cred", false);
	const char *name;
	size_t len;
	bool ptr;

	CHECK_INT(kbtf_ctype_record(btf, "const struct cred *", &ptr, &name, &len), cred);
	CHECK(ptr);
	CHECK_INT(kbtf_ctype_record(btf, "struct cred*", &ptr, NULL, NULL), cred);
	CHECK(ptr);
	CHECK_INT(kbtf_ctype_record(btf, "struct cred", &ptr, NULL, NULL), cred);
	CHECK(!ptr);
	CHECK_INT(kbtf_ctype_record(btf, "struct cred * const", &ptr, NULL, NULL), cred);
	CHECK(kbtf_ctype_record(btf, "union bpf_attr_small *", &ptr, NULL, NULL) != 0);
	CHECK_INT(kbtf_ctype_record(btf, "struct cred **", &ptr, &name, &len), 0);
	CHECK(name == NULL);
	CHECK_INT(kbtf_ctype_record(btf, "struct credx *", &ptr, &name, &len), 0);
	CHECK(name && len == 5 && !strncmp(name, "credx", 5));
	CHECK_INT(kbtf_ctype_record(btf, "structcred *", &ptr, NULL, NULL), 0);
	CHECK_INT(kbtf_ctype_record(btf, "const char *", &ptr, NULL, NULL), 0);
	CHECK_INT(kbtf_ctype_record(btf, "struct ", &ptr, NULL, NULL), 0);
	CHECK_INT(kbtf_ctype_record(btf, "", &ptr, NULL, NULL), 0);
}

int main(void)
{
	char path[4096];
	const char *fx = getenv("FIXTURES"), *why = NULL;
	const struct btf *btf;

	snprintf(path, sizeof(path), "%s/btf/vmlinux.btf", fx ? fx : "tests/fixtures");
	setenv("TPSCRIPT_BTF", path, 1);
	btf = kbtf_load(&why);
	CHECK(btf != NULL);
	if (!btf) {
		fprintf(stderr, "%s\n", why);
		return check_done();
	}
	CHECK(kbtf_load(NULL) == btf);	/* read once */
	test_members(btf);
	test_ctype(btf);
	return check_done();
}
