/*
 * arm signal return.  The kernel builds one of two frames: the rt frame for
 * a handler with SA_SIGINFO, undone by rt_sigreturn, and the old frame
 * otherwise, undone by sigreturn; either finds its frame at sp when the
 * handler returns here (through lr).  r7 need not be kept: neither returns.
 */
__asm__(
	".text\n"
	".syntax unified\n"
	".global __restore\n"
	".hidden __restore\n"
	".type __restore,%function\n"
	"__restore:\n"
	"	mov r7, #" SIGRETURN_STR(SYS_sigreturn) "\n"
	"	svc #0\n"
	"	udf #0\n"
	".size __restore,.-__restore\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,%function\n"
	"__restore_rt:\n"
	"	mov r7, #" SIGRETURN_STR(SYS_rt_sigreturn) "\n"
	"	svc #0\n"
	"	udf #0\n"
	".size __restore_rt,.-__restore_rt\n");
