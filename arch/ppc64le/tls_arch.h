/*
 * ppc64le thread-local storage (TLS variant I, ELFv2).  The thread pointer is
 * r13, written from user space; it points 0x7000 past the start of the
 * program's TLS block, so that signed 16-bit offsets reach 64 KB of it.  gcc
 * reads the stack protector's canary at r13 - 0x7010, glibc's TCB slot just
 * below the block, so the canary is written there too.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#define TLS_VARIANT 1
#define TLS_TCB_SIZE 0
#define TLS_TP_BIAS 0x7000
#define TLS_CANARY_OFFSET (-0x7010)

static inline long __set_thread_pointer(void *tp)
{
	__asm__ __volatile__("mr 13, %0" : : "r"(tp) : "memory");
	return 0;
}

#endif
