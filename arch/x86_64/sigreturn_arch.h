/*
 * x86_64 signal return.  The kernel insists on SA_RESTORER here: a handler
 * returns to sa_restorer, with rsp just above the signal frame, and this
 * code must ask the kernel (rt_sigreturn, no arguments) to restore the
 * interrupted context from that frame.  It never returns.
 */
__asm__(
	".text\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,@function\n"
	"__restore_rt:\n"
	"	mov $" SIGRETURN_STR(SYS_rt_sigreturn) ", %eax\n"
	"	syscall\n"
	"	hlt\n"
	".size __restore_rt,.-__restore_rt\n");
