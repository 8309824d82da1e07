/*
 * memchr(rdi = s, esi = c, rdx = n) -> rax
 *
 * SSE2: the byte is broadcast to all 16 lanes, pcmpeqb marks matches and
 * pmovmskb gathers them into a bit mask.  Only aligned 16-byte blocks that
 * hold at least one of the n bytes are read, so no read crosses into a page
 * the buffer does not reach; a match at or beyond n is no match.  Once
 * aligned to 64 and with more than 64 bytes left, four blocks are tested
 * per round.
 */
	.text
	.global memchr
	.type memchr,@function
memchr:
	test %rdx, %rdx
	jz 8f
	movd %esi, %xmm0
	punpcklbw %xmm0, %xmm0
	punpcklwd %xmm0, %xmm0
	pshufd $0, %xmm0, %xmm0
	mov %rdi, %rax
	and $-16, %rax
	mov %edi, %ecx
	and $15, %ecx
	movdqa (%rax), %xmm1
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %r8d
	shr %cl, %r8d
	test %r8d, %r8d
	jz 1f
	bsf %r8d, %r8d
	cmp %rdx, %r8
	jae 8f
	lea (%rdi,%r8), %rax
	ret

	/* rax moves to the next block; rdx counts the bytes from rax on. */
1:	mov $16, %r9d
	sub %ecx, %r9d
	sub %r9, %rdx
	jbe 8f
	add $16, %rax
2:	test $63, %al
	jz 4f
5:	movdqa (%rax), %xmm1
	pcmpeqb %xmm0, %xmm1
	pmovmskb %xmm1, %r8d
	test %r8d, %r8d
	jnz 3f
	add $16, %rax
	sub $16, %rdx
	ja 2b
8:	xor %eax, %eax
	ret

	/* 64-byte rounds while more than 64 bytes are left: matches of four blocks or-ed. */
4:	cmp $64, %rdx
	jbe 5b
	movdqa (%rax), %xmm1
	movdqa 16(%rax), %xmm2
	movdqa 32(%rax), %xmm3
	movdqa 48(%rax), %xmm4
	pcmpeqb %xmm0, %xmm1
	pcmpeqb %xmm0, %xmm2
	pcmpeqb %xmm0, %xmm3
	pcmpeqb %xmm0, %xmm4
	movdqa %xmm1, %xmm5
	por %xmm2, %xmm5
	por %xmm3, %xmm5
	por %xmm4, %xmm5
	pmovmskb %xmm5, %r8d
	test %r8d, %r8d
	jnz 6f
	add $64, %rax
	sub $64, %rdx
	jmp 4b

	/* Which of the four blocks matched first. */
6:	pmovmskb %xmm1, %r8d
	test %r8d, %r8d
	jnz 3f
	add $16, %rax
	sub $16, %rdx
	pmovmskb %xmm2, %r8d
	test %r8d, %r8d
	jnz 3f
	add $16, %rax
	sub $16, %rdx
	pmovmskb %xmm3, %r8d
	test %r8d, %r8d
	jnz 3f
	add $16, %rax
	sub $16, %rdx
	pmovmskb %xmm4, %r8d

3:	bsf %r8d, %r8d
	cmp %rdx, %r8
	jae 8b
	add %r8, %rax
	ret
	.size memchr,.-memchr

	.section .note.GNU-stack,"",@progbits
