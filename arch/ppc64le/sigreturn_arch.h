/*
 * ppc64le signal return.  Linux on powerpc ignores SA_RESTORER and returns
 * from a handler through its vDSO (qemu-user through a trampoline in the
 * frame); this is the trampoline the shared sigaction hands it all the same:
 * rt_sigreturn, no arguments, with r1 at the signal frame.  It never returns.
 */
__asm__(
	".text\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,@function\n"
	"__restore_rt:\n"
	"	li 0, " SIGRETURN_STR(SYS_rt_sigreturn) "\n"
	"	sc\n"
	"	trap\n"
	".size __restore_rt,.-__restore_rt\n");
