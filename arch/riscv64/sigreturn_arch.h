/*
 * riscv64 signal return.  Linux on riscv64 ignores SA_RESTORER and returns
 * from a handler through its vDSO (qemu-user through its own trampoline);
 * this is the trampoline the shared sigaction hands it all the same, and
 * what a kernel that honoured sa_restorer would need: rt_sigreturn, no
 * arguments, with sp at the signal frame.  It never returns.
 */
__asm__(
	".text\n"
	".global __restore_rt\n"
	".hidden __restore_rt\n"
	".type __restore_rt,%function\n"
	"__restore_rt:\n"
	"	li a7, " SIGRETURN_STR(SYS_rt_sigreturn) "\n"
	"	ecall\n"
	"	unimp\n"
	".size __restore_rt,.-__restore_rt\n");
