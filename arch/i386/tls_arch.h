/*
 * i386 thread-local storage (TLS variant II).  The thread pointer is the base
 * of the segment in %gs; the program's TLS block ends there, rounded to its
 * alignment, and the thread control block starts there.  The ABI wants %gs:0
 * to hold the thread pointer itself, and gcc reads the stack protector's
 * canary at %gs:0x14, glibc's layout.
 *
 * User space cannot write a segment base: set_thread_area installs a
 * descriptor for it in a free TLS slot of the GDT (entry_number -1 asks the
 * kernel to pick one and write its index back), and %gs is loaded with that
 * slot's selector (index * 8, GDT, ring 3).
 */
#ifndef TRAPDOOR_TLS_ARCH_H
#define TRAPDOOR_TLS_ARCH_H

#include <stdint.h>
#include "syscall.h"

#define TLS_VARIANT 2
#define TLS_TCB_SIZE 0x18
#define TLS_TP_SELF
#define TLS_CANARY_OFFSET 0x14

/* The kernel's struct user_desc; flags 0x51: 32-bit, limit in pages, usable. */
struct user_desc {
	int entry_number;
	uintptr_t base_addr;
	unsigned limit;
	unsigned flags;
};
#define USER_DESC_FLAGS 0x51
#define USER_DESC_LIMIT 0xfffff

static inline long __set_thread_pointer(void *tp)
{
	struct user_desc d = { -1, (uintptr_t)tp, USER_DESC_LIMIT, USER_DESC_FLAGS };
	long r = __syscall(SYS_set_thread_area, &d);

	if (!r)
		__asm__ __volatile__("mov %0, %%gs" : : "r"(d.entry_number * 8 + 3) : "memory");
	return r;
}

#endif
