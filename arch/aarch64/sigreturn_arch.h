/*
 * aarch64 signal return.  The kernel would use its vDSO trampoline, but
 * accepts SA_RESTORER; giving our own keeps every arch on one path.  The
 * handler returns (x30) here with sp at the signal frame, and rt_sigreturn
 * (no arguments) restores the interrupted context.  It never returns.
 */
__asm__(
	".text\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,%function\n"
	"__restore_rt:\n"
	"	mov x8, #" SIGRETURN_STR(SYS_rt_sigreturn) "\n"
	"	svc #0\n"
	"	brk #0\n"
	".size __restore_rt,.-__restore_rt\n");
