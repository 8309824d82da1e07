#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "syscall.h"

/*
 * The heap's break, moved by inc; the old break, or (void *)-1 with ENOMEM.
 * malloc never uses the break (it maps memory), so the two do not meet.
 */
void *sbrk(intptr_t inc)
{
	uintptr_t cur = (uintptr_t)__syscall(SYS_brk, 0), want = cur + (uintptr_t)inc;

	if (!inc)
		return (void *)cur;
	if ((inc > 0 && want < cur) || (inc < 0 && want > cur) ||
	    (uintptr_t)__syscall(SYS_brk, want) != want) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)cur;
}
