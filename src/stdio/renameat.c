#define _DEFAULT_SOURCE
#include <stdio.h>
#include "stdio_impl.h"
#include "syscall.h"

/* Newer arches (aarch64, riscv64) have only renameat2. */
int __renameat(int oldfd, const char *old, int newfd, const char *new)
{
#ifdef SYS_renameat
	return __syscall_ret(__syscall(SYS_renameat, oldfd, old, newfd, new));
#else
	return __syscall_ret(__syscall(SYS_renameat2, oldfd, old, newfd, new, 0));
#endif
}

weak_alias(__renameat, renameat);
