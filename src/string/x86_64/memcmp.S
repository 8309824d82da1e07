/*
 * memcmp(rdi = a, rsi = b, rdx = n) -> eax
 *
 * SSE2: 16 bytes of each per round, pcmpeqb and pmovmskb giving a mask of
 * the equal bytes; the last round takes the final 16 bytes, overlapping
 * the one before.  Every load lies inside the n bytes, so nothing is read
 * beyond either buffer.  Under 16 bytes, a byte at a time.  The result is
 * the difference of the first differing bytes, as unsigned chars.
 */
	.text
	.global memcmp
	.type memcmp,@function
memcmp:
	cmp $16, %rdx
	jb 5f
	xor %ecx, %ecx
	lea -16(%rdx), %r8
1:	cmp %r8, %rcx
	jae 2f
	movdqu (%rdi,%rcx), %xmm0
	movdqu (%rsi,%rcx), %xmm1
	pcmpeqb %xmm1, %xmm0
	pmovmskb %xmm0, %eax
	xor $0xffff, %eax
	jnz 3f
	add $16, %rcx
	jmp 1b
2:	mov %r8, %rcx
	movdqu (%rdi,%rcx), %xmm0
	movdqu (%rsi,%rcx), %xmm1
	pcmpeqb %xmm1, %xmm0
	pmovmskb %xmm0, %eax
	xor $0xffff, %eax
	jnz 3f
	ret
3:	bsf %eax, %eax
	add %rax, %rcx
	movzbl (%rdi,%rcx), %eax
	movzbl (%rsi,%rcx), %edx
	sub %edx, %eax
	ret

5:	xor %eax, %eax
	xor %ecx, %ecx
6:	cmp %rdx, %rcx
	jae 7f
	movzbl (%rdi,%rcx), %eax
	movzbl (%rsi,%rcx), %r8d
	sub %r8d, %eax
	jnz 7f
	inc %rcx
	jmp 6b
7:	ret
	.size memcmp,.-memcmp

	.section .note.GNU-stack,"",@progbits
