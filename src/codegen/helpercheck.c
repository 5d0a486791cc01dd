// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* helpercheck.c - -k and -kk, as bpftrace has them: a helper call of the
 * script that fails sends a REC_HELPER_ERROR record, the call site's index
 * in program.sites and the return code, through the ring buffer; user
 * space prints the helper's name and where the call is written. The check
 * is a branch taken only on failure, and nothing is emitted without -k.
 *
 * -k checks the helpers whose failure the script cannot see otherwise
 * (map updates and deletes, get_stackid, get_current_comm, send_signal);
 * -kk also the reads (probe_read*) and the map reads that find no entry,
 * whose result is 0 when they fail, as bpftrace 0.17 does. */
#include "cg.h"

#include "program/program.h"

/* Whether -k (level 1) or -kk (2) checks helper id. */
static bool checked(unsigned level, int id)
{
	switch (id) {
	case BPF_FUNC_probe_read:
	case BPF_FUNC_probe_read_str:
	case BPF_FUNC_probe_read_user:
	case BPF_FUNC_probe_read_user_str:
	case BPF_FUNC_probe_read_kernel:
	case BPF_FUNC_probe_read_kernel_str:
	case BPF_FUNC_map_lookup_elem:
		return level >= 2;
	default:
		return level >= 1;
	}
}

int read_helper(const struct cg *g, int id, const struct loc *at)
{
	enum probe_kind k = g->pp->kind;
	bool plain = k == PK_BEGIN || k == PK_END || k == PK_INTERVAL || k == PK_PROFILE;

	if (!at || !checked(g->helper_check, id) || !plain)
		return id;
	return id == BPF_FUNC_probe_read_kernel ? BPF_FUNC_probe_read
	     : id == BPF_FUNC_probe_read_kernel_str ? BPF_FUNC_probe_read_str : id;
}

/* Send the record for a new site of helper id at at, rc its i64 code. */
static void send(struct cg *g, int id, LLVMValueRef rc, const struct loc *at)
{
	if (g->nsites == g->sites_cap) {
		g->sites_cap = g->sites_cap ? 2 * g->sites_cap : 16;
		g->sites = xrealloc(g->sites, g->sites_cap * sizeof(*g->sites));
	}
	unsigned site = g->nsites++;
	g->sites[site] = (struct helper_site){
		.helper = (unsigned)id, .line = at->first_line, .col = at->first_column,
		.last_line = at->last_line, .last_col = at->last_column,
	};
	LLVMValueRef rec = temp_alloc(g, HELPER_ERROR_SIZE);
	store_n(g, rec, c64(g, REC_HELPER_ERROR | (uint64_t)site << 32), 8);
	store_n(g, gep8(g, rec, 8), rc, 8);
	LLVMValueRef args[] = { to_i8p(g, g->ringbuf), rec, c64(g, HELPER_ERROR_SIZE),
				c64(g, 0) };
	LLVMValueRef r = emit_helper(g, BPF_FUNC_ringbuf_output, g->i64, args, 4);
	LLVMBasicBlockRef lost = new_block(g, "kcheck.lost"), sent = new_block(g, "kcheck.sent");

	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, r, c64(g, 0), ""), lost, sent);
	LLVMPositionBuilderAtEnd(g->b, lost);
	count_stat(g, TP_STAT_LOST);
	LLVMBuildBr(g->b, sent);
	LLVMPositionBuilderAtEnd(g->b, sent);
}

void check_helper(struct cg *g, int id, LLVMValueRef rc, const struct loc *at)
{
	if (!at || !checked(g->helper_check, id))
		return;
	/* Helpers return an int in a 64-bit register: its sign is bit 31. */
	LLVMValueRef code = LLVMBuildSExt(g->b, LLVMBuildTrunc(g->b, rc, g->i32, ""), g->i64, "");
	LLVMBasicBlockRef fail = new_block(g, "kcheck.fail"), done = new_block(g, "kcheck.done");

	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, code, c64(g, 0), ""), fail, done);
	LLVMPositionBuilderAtEnd(g->b, fail);
	send(g, id, code, at);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}

void check_lookup(struct cg *g, LLVMValueRef p, const struct loc *at)
{
	if (!at || !checked(g->helper_check, BPF_FUNC_map_lookup_elem))
		return;
	LLVMBasicBlockRef fail = new_block(g, "kcheck.none"), done = new_block(g, "kcheck.done");

	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, p, LLVMConstNull(g->i8p), ""),
			fail, done);
	LLVMPositionBuilderAtEnd(g->b, fail);
	send(g, BPF_FUNC_map_lookup_elem, c64(g, 0), at);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
}
