/*
 * riscv64 thread-local storage (TLS variant I, no TCB in front of the block).
 * The thread pointer is the tp register, written from user space; the
 * program's TLS block starts at tp itself, as the linker's offsets assume.
 * The stack protector reads the global __stack_chk_guard, so there is no
 * canary slot.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#define TLS_VARIANT 1
#define TLS_TCB_SIZE 0

static inline long __set_thread_pointer(void *tp)
{
	__asm__ __volatile__("mv tp, %0" : : "r"(tp) : "memory");
	return 0;
}

#endif
