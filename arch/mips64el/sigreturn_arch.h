/*
 * mips64el signal return.  The kernel's struct sigaction on mips has no
 * sa_restorer (src/internal/ksigaction.h): a handler returns through a
 * trampoline of the kernel's own (its signal page; qemu-user's in the frame).
 * __restore_rt is still defined, rt_sigreturn with no arguments and $sp at
 * the frame, for a kernel that would want one from user space.  It never
 * returns.
 */
__asm__(
	".text\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,@function\n"
	"__restore_rt:\n"
	"	li $2, " SIGRETURN_STR(SYS_rt_sigreturn) "\n"
	"	syscall\n"
	"	teq $0, $0\n"
	".size __restore_rt,.-__restore_rt\n");
