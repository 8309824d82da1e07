/*
 * longjmp, _longjmp (env in r3, val in r4): reload what setjmp saved (cr
 * fields 2-4 only) and return through the saved lr with val, or 1 when
 * val is 0.
 */
	.text
	.global longjmp
	.global _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	ld 14, 0(3)
	ld 15, 8(3)
	ld 16, 16(3)
	ld 17, 24(3)
	ld 18, 32(3)
	ld 19, 40(3)
	ld 20, 48(3)
	ld 21, 56(3)
	ld 22, 64(3)
	ld 23, 72(3)
	ld 24, 80(3)
	ld 25, 88(3)
	ld 26, 96(3)
	ld 27, 104(3)
	ld 28, 112(3)
	ld 29, 120(3)
	ld 30, 128(3)
	ld 31, 136(3)
	ld 1, 144(3)
	ld 2, 152(3)
	ld 0, 160(3)
	mtlr 0
	ld 0, 168(3)
	mtcrf 0x38, 0
	lfd 14, 176(3)
	lfd 15, 184(3)
	lfd 16, 192(3)
	lfd 17, 200(3)
	lfd 18, 208(3)
	lfd 19, 216(3)
	lfd 20, 224(3)
	lfd 21, 232(3)
	lfd 22, 240(3)
	lfd 23, 248(3)
	lfd 24, 256(3)
	lfd 25, 264(3)
	lfd 26, 272(3)
	lfd 27, 280(3)
	lfd 28, 288(3)
	lfd 29, 296(3)
	lfd 30, 304(3)
	lfd 31, 312(3)
	addi 5, 3, 320
	lxvd2x 52, 0, 5
	addi 5, 5, 16
	lxvd2x 53, 0, 5
	addi 5, 5, 16
	lxvd2x 54, 0, 5
	addi 5, 5, 16
	lxvd2x 55, 0, 5
	addi 5, 5, 16
	lxvd2x 56, 0, 5
	addi 5, 5, 16
	lxvd2x 57, 0, 5
	addi 5, 5, 16
	lxvd2x 58, 0, 5
	addi 5, 5, 16
	lxvd2x 59, 0, 5
	addi 5, 5, 16
	lxvd2x 60, 0, 5
	addi 5, 5, 16
	lxvd2x 61, 0, 5
	addi 5, 5, 16
	lxvd2x 62, 0, 5
	addi 5, 5, 16
	lxvd2x 63, 0, 5
	mr 3, 4
	cmpwi 3, 0
	bnelr
	li 3, 1
	blr
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", @progbits
