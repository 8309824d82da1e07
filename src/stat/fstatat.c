#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "syscall.h"
#include "stat_impl.h"

#if defined(SYS_newfstatat) && !defined(KSTAT_TIME32)
/*
 * Every arch with newfstatat declares struct stat in the kernel's layout,
 * but for mips, whose kernel struct keeps 32-bit seconds (KSTAT_TIME32).
 */
int __fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	return __syscall_ret(__syscall(SYS_newfstatat, dirfd, path, st, flags));
}
#else
#include "kstatx.h"

/* glibc's dev_t encoding: 12 bits of major and 20 of minor in the low word. */
static dev_t make_dev(uint32_t major, uint32_t minor)
{
	return ((dev_t)(major & 0xfffff000) << 32) | ((dev_t)(major & 0xfff) << 8) |
	       ((dev_t)(minor & 0xffffff00) << 12) | (minor & 0xff);
}

/* The one conversion from the kernel's statx to struct stat. */
int __fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags)
{
	struct __kstatx x;
	long r = __syscall(SYS_statx, dirfd, path, flags, __STATX_BASIC_STATS, &x);

	if (r)
		return __syscall_ret(r);
	memset(st, 0, sizeof *st);
	st->st_dev = make_dev(x.stx_dev_major, x.stx_dev_minor);
	st->st_ino = x.stx_ino;
	st->st_mode = x.stx_mode;
	st->st_nlink = x.stx_nlink;
	st->st_uid = x.stx_uid;
	st->st_gid = x.stx_gid;
	st->st_rdev = make_dev(x.stx_rdev_major, x.stx_rdev_minor);
	st->st_size = x.stx_size;
	st->st_blksize = x.stx_blksize;
	st->st_blocks = x.stx_blocks;
	st->st_atim.tv_sec = x.stx_atime.tv_sec;
	st->st_atim.tv_nsec = x.stx_atime.tv_nsec;
	st->st_mtim.tv_sec = x.stx_mtime.tv_sec;
	st->st_mtim.tv_nsec = x.stx_mtime.tv_nsec;
	st->st_ctim.tv_sec = x.stx_ctime.tv_sec;
	st->st_ctim.tv_nsec = x.stx_ctime.tv_nsec;
	return 0;
}
#endif

weak_alias(__fstatat, fstatat);
