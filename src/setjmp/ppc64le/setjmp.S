/*
 * setjmp, _setjmp (env in r3): clear __saved (word 64), so that a
 * siglongjmp to this env restores no mask, then save the ELFv2 callee-saved
 * r14-r31, r1 (sp), r2 (TOC), lr (where to return), cr (cr2-cr4 are
 * callee-saved), f14-f31 and v20-v31 (as VSX vs52-vs63, whose stores need
 * no 16-byte alignment).  Returns 0.  __setjmp_regs is the part after the
 * clear, for sigsetjmp.
 */
	.text
	.global setjmp
	.global _setjmp
	.global __setjmp_regs
	.hidden __setjmp_regs
	.type setjmp, @function
	.type _setjmp, @function
	.type __setjmp_regs, @function
setjmp:
_setjmp:
	li 0, 0
	std 0, 512(3)
__setjmp_regs:
	std 14, 0(3)
	std 15, 8(3)
	std 16, 16(3)
	std 17, 24(3)
	std 18, 32(3)
	std 19, 40(3)
	std 20, 48(3)
	std 21, 56(3)
	std 22, 64(3)
	std 23, 72(3)
	std 24, 80(3)
	std 25, 88(3)
	std 26, 96(3)
	std 27, 104(3)
	std 28, 112(3)
	std 29, 120(3)
	std 30, 128(3)
	std 31, 136(3)
	std 1, 144(3)
	std 2, 152(3)
	mflr 0
	std 0, 160(3)
	mfcr 0
	std 0, 168(3)
	stfd 14, 176(3)
	stfd 15, 184(3)
	stfd 16, 192(3)
	stfd 17, 200(3)
	stfd 18, 208(3)
	stfd 19, 216(3)
	stfd 20, 224(3)
	stfd 21, 232(3)
	stfd 22, 240(3)
	stfd 23, 248(3)
	stfd 24, 256(3)
	stfd 25, 264(3)
	stfd 26, 272(3)
	stfd 27, 280(3)
	stfd 28, 288(3)
	stfd 29, 296(3)
	stfd 30, 304(3)
	stfd 31, 312(3)
	addi 4, 3, 320
	stxvd2x 52, 0, 4
	addi 4, 4, 16
	stxvd2x 53, 0, 4
	addi 4, 4, 16
	stxvd2x 54, 0, 4
	addi 4, 4, 16
	stxvd2x 55, 0, 4
	addi 4, 4, 16
	stxvd2x 56, 0, 4
	addi 4, 4, 16
	stxvd2x 57, 0, 4
	addi 4, 4, 16
	stxvd2x 58, 0, 4
	addi 4, 4, 16
	stxvd2x 59, 0, 4
	addi 4, 4, 16
	stxvd2x 60, 0, 4
	addi 4, 4, 16
	stxvd2x 61, 0, 4
	addi 4, 4, 16
	stxvd2x 62, 0, 4
	addi 4, 4, 16
	stxvd2x 63, 0, 4
	li 3, 0
	blr
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", @progbits
