/*
 * strlen(rdi = s) -> rax
 *
 * SSE2, which every x86_64 has: pcmpeqb against zero marks NUL bytes and
 * pmovmskb gathers the marks into a bit mask.  Only aligned 16-byte blocks
 * are read, and a block is read only after the one before it had no NUL,
 * so no read crosses into a page the string does not reach.  Once aligned
 * to 64, four blocks are folded with pminub (zero where any has a zero) to
 * test 64 bytes per round.
 */
	.text
	.global strlen
	.type strlen,@function
strlen:
	pxor %xmm0, %xmm0
	mov %rdi, %rax
	and $-16, %rax
	mov %edi, %ecx
	and $15, %ecx
	movdqa (%rax), %xmm1
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %edx
	shr %cl, %edx
	test %edx, %edx
	jz 1f
	bsf %edx, %eax
	ret

	/* Single blocks up to a 64-byte boundary. */
1:	add $16, %rax
	test $63, %al
	jz 2f
	movdqa (%rax), %xmm1
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %edx
	test %edx, %edx
	jz 1b
	jmp 9f

2:	sub $64, %rax
3:	add $64, %rax
	movdqa (%rax), %xmm1
	movdqa 16(%rax), %xmm2
	movdqa 32(%rax), %xmm3
	movdqa 48(%rax), %xmm4
	movdqa %xmm1, %xmm5
	pminub %xmm2, %xmm5
	pminub %xmm3, %xmm5
	pminub %xmm4, %xmm5
	pcmpeqb %xmm0, %xmm5
	pmovmskb %xmm5, %edx
	test %edx, %edx
	jz 3b

	/* Which of the four blocks holds the NUL. */
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %edx
	test %edx, %edx
	jnz 9f
	add $16, %rax
	pcmpeqb %xmm0, %xmm2
	pmovmskb %xmm2, %edx
	test %edx, %edx
	jnz 9f
	add $16, %rax
	pcmpeqb %xmm0, %xmm3
	pmovmskb %xmm3, %edx
	test %edx, %edx
	jnz 9f
	add $16, %rax
	pcmpeqb %xmm0, %xmm4
	pmovmskb %xmm4, %edx

9:	bsf %edx, %edx
	add %rdx, %rax
	sub %rdi, %rax
	ret
	.size strlen,.-strlen

	.section .note.GNU-stack,"",@progbits
