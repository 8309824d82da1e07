/*
 * s390x signal return.  The kernel honours SA_RESTORER: a handler returns
 * (r14) here, with r15 at the signal frame.  As on i386, a handler without
 * SA_SIGINFO gets the old frame, which only sigreturn undoes (__restore);
 * the rt frame wants rt_sigreturn (__restore_rt).  Neither takes arguments,
 * and both numbers are below 256, so they fit svc's immediate and need no
 * r1.  Neither returns.
 */
__asm__(
	".text\n"
	".global __restore\n"
	".hidden __restore\n"
	".type __restore,@function\n"
	"__restore:\n"
	"	svc " SIGRETURN_STR(SYS_sigreturn) "\n"
	"	.word 0\n"
	".size __restore,.-__restore\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,@function\n"
	"__restore_rt:\n"
	"	svc " SIGRETURN_STR(SYS_rt_sigreturn) "\n"
	"	.word 0\n"
	".size __restore_rt,.-__restore_rt\n");
