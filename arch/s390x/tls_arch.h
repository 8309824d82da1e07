/*
 * s390x thread-local storage (TLS variant II).  The thread pointer is the
 * pair of access registers a0 (high half) and a1 (low half), written from
 * user space; the program's TLS block ends there.  gcc reads the stack
 * protector's canary at TP + 0x28, glibc's TCB layout.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#define TLS_VARIANT 2
#define TLS_TCB_SIZE 0x30
#define TLS_CANARY_OFFSET 0x28

static inline long __set_thread_pointer(void *tp)
{
	unsigned long v = (unsigned long)tp;

	__asm__ __volatile__("sar %%a1, %0\n\tsrlg %0, %0, 32\n\tsar %%a0, %0"
			     : "+r"(v) : : "memory");
	return 0;
}

#endif
