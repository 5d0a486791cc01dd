// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
/* usdt.c - a USDT probe's arguments, read through its site's spec.
 *
 * This mirrors the BPF side of libbpf 1.1's USDT support (bpf/usdt.bpf.h:
 * the __bpf_usdt_specs map and bpf_usdt_arg()) faithfully, in IR: the
 * same spec layout (struct usdt_bpf_spec, kernel/usdt.h), the attach
 * cookie as the spec id, the same three argument kinds read the same way
 * (a register through bpf_probe_read_kernel from pt_regs, a memory
 * operand through bpf_probe_read_user of 8 bytes), and the same shift
 * pair that keeps the argument's size and sign. What it leaves out:
 * libbpf's ip-to-spec-id map, for kernels without BPF cookies (before
 * 5.15); tpscript needs the cookie. The runtime writes the specs
 * (providers/usdt.c). */
#include "cg.h"

#include <stddef.h>

#include "kernel/usdt.h"

void add_usdt_map(struct cg *g)
{
	g->usdt_specs = def_map(g, TP_USDT_SPECS_MAP, BPF_MAP_TYPE_ARRAY, USDT_SPECS_MAX,
				g->di_int,
				di_int_array(g, g->di_char, 8, sizeof(struct usdt_bpf_spec)));
}

/* A pointer n bytes past p (i8*), n an i64 value. */
static LLVMValueRef gep_var(struct cg *g, LLVMValueRef p, LLVMValueRef n)
{
	return LLVMBuildGEP2(g->b, g->i8, p, &n, 1, "");
}

/* argN: 0 when the site's spec has no such argument or a read fails, as
 * bpf_usdt_arg() leaves *res. */
LLVMValueRef emit_usdt_arg(struct cg *g, unsigned n)
{
	LLVMBasicBlockRef have = new_block(g, "usdt.spec"), arg = new_block(g, "usdt.arg"),
			  reg = new_block(g, "usdt.reg"), deref = new_block(g, "usdt.deref"),
			  cnst = new_block(g, "usdt.const"), shift = new_block(g, "usdt.shift"),
			  done = new_block(g, "usdt.done");
	LLVMValueRef res = temp_alloc(g, 8), tmp = temp_alloc(g, 8), key = temp_alloc(g, 8);
	LLVMValueRef cookie_args[] = { g->ctxarg };

	store_n(g, res, c64(g, 0), 8);
	LLVMValueRef cookie = emit_helper(g, BPF_FUNC_get_attach_cookie, g->i64, cookie_args, 1);
	store_n(g, key, cookie, 4);
	LLVMValueRef spec = emit_map_lookup(g, g->usdt_specs, key);
	LLVMBuildCondBr(g->b, LLVMBuildIsNull(g->b, spec, ""), done, have);

	LLVMPositionBuilderAtEnd(g->b, have);
	LLVMValueRef cnt = load_n(g, gep8(g, spec, offsetof(struct usdt_bpf_spec, arg_cnt)), 2,
				  true);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLE, cnt, c64(g, n), ""), done, arg);

	LLVMPositionBuilderAtEnd(g->b, arg);
	LLVMValueRef a = gep8(g, spec, offsetof(struct usdt_bpf_spec, args) +
				      n * sizeof(struct usdt_bpf_arg));
	LLVMValueRef type = load_n(g, gep8(g, a, offsetof(struct usdt_bpf_arg, arg_type)), 4, false);
	LLVMValueRef sw = LLVMBuildSwitch(g->b, type, done, 3);
	LLVMAddCase(sw, c64(g, USDT_BPF_CONST), cnst);
	LLVMAddCase(sw, c64(g, USDT_BPF_REG), reg);
	LLVMAddCase(sw, c64(g, USDT_BPF_REG_DEREF), deref);

	LLVMPositionBuilderAtEnd(g->b, cnst);
	store_n(g, tmp, load_n(g, gep8(g, a, offsetof(struct usdt_bpf_arg, val_off)), 8, false), 8);
	LLVMBuildBr(g->b, shift);

	/* BPF_USDT_ARG_REG and _REG_DEREF both start with the register. */
	LLVMBasicBlockRef kinds[] = { reg, deref };
	for (int k = 0; k < 2; k++) {
		LLVMPositionBuilderAtEnd(g->b, kinds[k]);
		LLVMValueRef roff = load_n(g, gep8(g, a, offsetof(struct usdt_bpf_arg, reg_off)), 2,
					   true);
		LLVMValueRef rargs[] = { tmp, c32(g, 8), gep_var(g, g->ctxarg, roff) };
		LLVMValueRef err = emit_helper(g, BPF_FUNC_probe_read_kernel, g->i64, rargs, 3);
		if (k == 0) {
			LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, err, c64(g, 0), ""),
					done, shift);
			continue;
		}
		LLVMBasicBlockRef mem = new_block(g, "usdt.mem");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, err, c64(g, 0), ""), done, mem);
		LLVMPositionBuilderAtEnd(g->b, mem);
		LLVMValueRef addr = LLVMBuildAdd(g->b, load_n(g, tmp, 8, false),
			load_n(g, gep8(g, a, offsetof(struct usdt_bpf_arg, val_off)), 8, false), "");
		LLVMValueRef margs[] = { tmp, c32(g, 8), LLVMBuildIntToPtr(g->b, addr, g->i8p, "") };
		err = emit_helper(g, BPF_FUNC_probe_read_user, g->i64, margs, 3);
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, err, c64(g, 0), ""), done, shift);
	}

	/* Clear the bits above the argument's size, sign-extending a signed
	 * one: (v << s) >> s, s = 64 - 8 * size. */
	LLVMPositionBuilderAtEnd(g->b, shift);
	/* (& 63: a shift past the width is undefined in IR; the runtime
	 * writes 0 to 56) */
	LLVMValueRef s = LLVMBuildAnd(g->b, load_n(g, gep8(g, a, offsetof(struct usdt_bpf_arg,
									  arg_bitshift)), 1, false),
				      c64(g, 63), "");
	LLVMValueRef sgn = load_n(g, gep8(g, a, offsetof(struct usdt_bpf_arg, arg_signed)), 1,
				  false);
	LLVMValueRef v = LLVMBuildShl(g->b, load_n(g, tmp, 8, false), s, "");
	v = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntNE, sgn, c64(g, 0), ""),
			    LLVMBuildAShr(g->b, v, s, ""), LLVMBuildLShr(g->b, v, s, ""), "");
	store_n(g, res, v, 8);
	LLVMBuildBr(g->b, done);

	LLVMPositionBuilderAtEnd(g->b, done);
	return load_n(g, res, 8, false);
}

/* The address in the file of the site the probe fired at: its spec's
 * usdt_cookie, which the runtime sets in a binary loaded anywhere (see
 * providers/usdt.c); 0 without a spec. */
LLVMValueRef emit_usdt_site(struct cg *g)
{
	LLVMBasicBlockRef have = new_block(g, "usdt.site"), done = new_block(g, "usdt.sited");
	LLVMValueRef res = temp_alloc(g, 8), key = temp_alloc(g, 8);
	LLVMValueRef cookie_args[] = { g->ctxarg };

	store_n(g, res, c64(g, 0), 8);
	store_n(g, key, emit_helper(g, BPF_FUNC_get_attach_cookie, g->i64, cookie_args, 1), 4);
	LLVMValueRef spec = emit_map_lookup(g, g->usdt_specs, key);
	LLVMBuildCondBr(g->b, LLVMBuildIsNull(g->b, spec, ""), done, have);
	LLVMPositionBuilderAtEnd(g->b, have);
	store_n(g, res, load_n(g, gep8(g, spec, offsetof(struct usdt_bpf_spec, usdt_cookie)), 8,
			       false), 8);
	LLVMBuildBr(g->b, done);
	LLVMPositionBuilderAtEnd(g->b, done);
	return load_n(g, res, 8, false);
}
