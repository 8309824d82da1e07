/*
 * aarch64 thread-local storage (TLS variant I).  The thread pointer is
 * tpidr_el0, written from user space; it points at a 16-byte thread control
 * block, and the program's TLS block follows at the next multiple of its
 * alignment (the linker's offsets assume this).  The stack protector reads
 * the global __stack_chk_guard, so the TCB holds no canary.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#define TLS_VARIANT 1
#define TLS_TCB_SIZE 16

static inline long __set_thread_pointer(void *tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" : : "r"(tp) : "memory");
	return 0;
}

#endif
