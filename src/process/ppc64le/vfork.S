/*
 * ppc64le vfork: the vfork call itself.  Nothing is stored on the stack: the
 * return address stays in lr, so the child's return cannot disturb the
 * parent's frame.  A failure comes back as a positive errno with cr0.SO set
 * and is negated, as in syscall_arch.h; __syscall_ret sets errno.
 */
#include <bits/syscall.h>

.text
.global vfork
.type vfork,@function
vfork:
	li 0, SYS_vfork
	sc
	bns+ 1f
	neg 3, 3
1:	b __syscall_ret
.size vfork,.-vfork
.section .note.GNU-stack,"",@progbits
