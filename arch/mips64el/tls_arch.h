/*
 * mips64el thread-local storage (TLS variant I, no TCB in front of the
 * block).  The thread pointer is kept by the kernel, set with the
 * set_thread_area system call and read by user code with rdhwr $29 (UserLocal);
 * it points 0x7000 past the start of the program's TLS block, so that signed
 * 16-bit offsets reach 64 KB of it.  The stack protector reads the global
 * __stack_chk_guard, so there is no canary slot.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#define TLS_VARIANT 1
#define TLS_TCB_SIZE 0
#define TLS_TP_BIAS 0x7000

static inline long __set_thread_pointer(void *tp)
{
	return __syscall1(SYS_set_thread_area, (long)tp);
}

#endif
