#include <fcntl.h>
#include <sys/stat.h>
#include "stat_impl.h"
#include "syscall.h"

int stat(const char *restrict path, struct stat *restrict st)
{
#if defined(SYS_newfstatat) && !defined(KSTAT_TIME32)
	/* The kernel fills struct stat itself here; success returns without a second call. */
	long r = __syscall(SYS_newfstatat, AT_FDCWD, path, st, 0);

	return r ? (int)__syscall_ret((unsigned long)r) : 0;
#else
	return __fstatat(AT_FDCWD, path, st, 0);
#endif
}
