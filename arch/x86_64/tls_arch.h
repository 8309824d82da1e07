/*
 * x86_64 thread-local storage (TLS variant II).  The thread pointer is the
 * %fs base; the program's TLS block ends there, rounded to its alignment, and
 * the thread control block starts there.  The psABI wants %fs:0 to hold the
 * thread pointer itself (code reads it to form a variable's address), and gcc
 * and clang read the stack protector's canary at %fs:0x28, glibc's layout.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#include "syscall.h"

#define TLS_VARIANT 2
#define TLS_TCB_SIZE 0x30
#define TLS_TP_SELF
#define TLS_CANARY_OFFSET 0x28

/* <asm/prctl.h> */
#define ARCH_SET_FS 0x1002

static inline long __set_thread_pointer(void *tp)
{
#ifdef SYS_arch_prctl
	return __syscall(SYS_arch_prctl, ARCH_SET_FS, tp);
#else
	/*
	 * A kernel without arch_prctl (Hermit) lets the program write the %fs
	 * base itself, with FSGSBASE enabled (Hermit does, and Linux since 5.9
	 * on a CPU that has it).
	 */
	__asm__ __volatile__ ("wrfsbase %0" : : "r"(tp) : "memory");
	return 0;
#endif
}

#endif
