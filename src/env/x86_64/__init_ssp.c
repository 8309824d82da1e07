#include <stdint.h>
#include <string.h>
#include "libc.h"
#include "syscall.h"

/*
 * gcc and clang on x86_64 read the canary from %fs:0x28 (the glibc thread
 * control block layout), not from __stack_chk_guard.  With no threads to
 * serve, one static block is enough: word 0 points at itself, as the ABI
 * says %fs:0 must, and the canary sits at byte 0x28.
 */
#define ARCH_SET_FS 0x1002
#define TCB_CANARY_SLOT (0x28 / sizeof(uintptr_t))

uintptr_t __stack_chk_guard;
static uintptr_t tcb[TCB_CANARY_SLOT + 1];

void __init_ssp(const void *entropy)
{
	if (entropy)
		memcpy(&__stack_chk_guard, entropy, sizeof __stack_chk_guard);
	__stack_chk_guard &= ~(uintptr_t)0xff;
	tcb[0] = (uintptr_t)tcb;
	tcb[TCB_CANARY_SLOT] = __stack_chk_guard;
	__syscall(SYS_arch_prctl, ARCH_SET_FS, tcb);
}
