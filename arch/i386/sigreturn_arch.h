/*
 * i386 signal return.  The kernel builds one of two frames: the rt frame for
 * a handler with SA_SIGINFO, returned from with rt_sigreturn, and the old
 * frame otherwise, returned from with sigreturn.  The handler's ret pops
 * the frame's return address; the old frame's sigreturn wants the signal
 * number above it popped too (esp at the saved context), the rt frame's does
 * not.  Neither returns.
 */
__asm__(
	".text\n"
	".global __restore\n"
	".hidden __restore\n"
	".type __restore,@function\n"
	"__restore:\n"
	"	pop %eax\n"
	"	mov $" SIGRETURN_STR(SYS_sigreturn) ", %eax\n"
	"	int $0x80\n"
	"	hlt\n"
	".size __restore,.-__restore\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,@function\n"
	"__restore_rt:\n"
	"	mov $" SIGRETURN_STR(SYS_rt_sigreturn) ", %eax\n"
	"	int $0x80\n"
	"	hlt\n"
	".size __restore_rt,.-__restore_rt\n");
