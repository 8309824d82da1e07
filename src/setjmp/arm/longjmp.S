/*
 * longjmp, _longjmp (env in r0, val in r1): reload what setjmp saved and
 * return from that setjmp again with val, or 1 when val is 0.
 */
	.syntax unified
	.text
	.global longjmp
	.global _longjmp
	.type longjmp, %function
	.type _longjmp, %function
longjmp:
_longjmp:
	mov ip, r0
	movs r0, r1
	it eq
	moveq r0, #1
	ldm ip, {r4-r11}
	ldr sp, [ip, #32]
	ldr lr, [ip, #36]
#ifdef __ARM_FP
	add ip, ip, #40
	vldmia ip, {d8-d15}
#endif
	bx lr
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", %progbits
