/*
 * strchr(rdi = s, esi = c) -> rax
 *
 * SSE2, as strlen: aligned 16-byte blocks only, each read after the one
 * before held neither c nor the NUL, so no read crosses into a page the
 * string does not reach.  A block's mask marks both NUL and c bytes; the
 * first mark is the answer if that byte is c (which covers c == 0), the
 * end of the string otherwise.
 */
	.text
	.global strchr
	.type strchr,@function
strchr:
	movd %esi, %xmm0
	punpcklbw %xmm0, %xmm0
	punpcklwd %xmm0, %xmm0
	pshufd $0, %xmm0, %xmm0
	pxor %xmm3, %xmm3
	mov %rdi, %rax
	and $-16, %rax
	mov %edi, %ecx
	and $15, %ecx
	movdqa (%rax), %xmm1
	movdqa %xmm1, %xmm2
	pcmpeqb %xmm0, %xmm1
	pcmpeqb %xmm3, %xmm2
	por %xmm2, %xmm1
	pmovmskb %xmm1, %edx
	shr %cl, %edx
	test %edx, %edx
	jz 1f
	bsf %edx, %edx
	add %rdi, %rdx
	jmp 9f

1:	add $16, %rax
	movdqa (%rax), %xmm1
	movdqa %xmm1, %xmm2
	pcmpeqb %xmm0, %xmm1
	pcmpeqb %xmm3, %xmm2
	por %xmm2, %xmm1
	pmovmskb %xmm1, %edx
	test %edx, %edx
	jz 1b
	bsf %edx, %edx
	add %rax, %rdx

9:	xor %eax, %eax
	cmp %sil, (%rdx)
	cmove %rdx, %rax
	ret
	.size strchr,.-strchr

	.section .note.GNU-stack,"",@progbits
