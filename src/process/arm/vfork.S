/*
 * arm vfork.  The child runs on the parent's stack until it execs or exits,
 * and returns from this function first; nothing is stored on the stack (the
 * return address stays in lr), so the child's return cannot disturb the
 * parent's frame.  r7, the number register, is the frame pointer under
 * Thumb: it waits in ip, which the kernel preserves.  __syscall_ret sets
 * errno on failure.
 */
#include <bits/syscall.h>

.syntax unified
.text
.global vfork
.type vfork,%function
vfork:
	mov ip, r7
	mov r7, #SYS_vfork
	svc #0
	mov r7, ip
	b __syscall_ret
.size vfork,.-vfork
.section .note.GNU-stack,"",%progbits
