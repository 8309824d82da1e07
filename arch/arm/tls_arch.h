/*
 * arm thread-local storage (TLS variant I).  The thread pointer is the
 * TPIDRURO register, which user space reads (mrc p15, 0, rX, c13, c0, 3, as
 * gcc inlines for ARMv7) but only the kernel writes, through the private
 * call set_tls.  It points at an 8-byte thread control block, and the
 * program's TLS block follows at the next multiple of its alignment.  The
 * stack protector reads the global __stack_chk_guard, so the TCB holds no
 * canary.
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#include "syscall.h"

#define TLS_VARIANT 1
#define TLS_TCB_SIZE 8

static inline long __set_thread_pointer(void *tp)
{
	return __syscall(SYS_arm_set_tls, tp);
}

#endif
