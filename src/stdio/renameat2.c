#define _GNU_SOURCE
#include <stdio.h>
#include "syscall.h"

int renameat2(int oldfd, const char *old, int newfd, const char *new, unsigned int flags)
{
	return __syscall_ret(__syscall(SYS_renameat2, oldfd, old, newfd, new, flags));
}
