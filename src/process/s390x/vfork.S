/*
 * s390x vfork: the vfork call itself.  Nothing is stored on the stack: the
 * return address stays in r14, so the child's return cannot disturb the
 * parent's frame.  __syscall_ret sets errno on failure.
 */
#include <bits/syscall.h>

.text
.global vfork
.type vfork,@function
vfork:
	lghi %r1, SYS_vfork
	svc 0
	jg __syscall_ret
.size vfork,.-vfork
.section .note.GNU-stack,"",@progbits
