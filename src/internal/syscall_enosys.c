#include "syscall.h"

/*
 * Called where a call the kernel's table lacks was folded to -ENOSYS
 * (src/internal/syscall.h): it does nothing, its callers are what
 * tools/enosys-report reads.
 */
void __syscall_enosys(void)
{
}
