/*
 * statfs from the kernel, in one place.  struct statfs (bits/statfs.h) is
 * the kernel's layout: statfs on a 64-bit arch, statfs64 on a 32-bit one,
 * whose size argument is the end of f_spare (arm's kernel structure is
 * packed to that size; ours has tail padding the kernel must not count).
 * statvfs is converted from it.
 */
#ifndef TRAPDOOR_KSTATFS_H
#define TRAPDOOR_KSTATFS_H

#include <stddef.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include "syscall.h"

#if __SIZEOF_LONG__ == 4
#define KSTATFS_SIZE (offsetof(struct statfs, f_spare) + sizeof ((struct statfs *)0)->f_spare)
#define __sys_statfs(path, buf) __syscall(SYS_statfs64, path, KSTATFS_SIZE, buf)
#define __sys_fstatfs(fd, buf) __syscall(SYS_fstatfs64, fd, KSTATFS_SIZE, buf)
#else
#define __sys_statfs(path, buf) __syscall(SYS_statfs, path, buf)
#define __sys_fstatfs(fd, buf) __syscall(SYS_fstatfs, fd, buf)
#endif

/* The kernel sets this in f_flags when the other bits are the mount flags. */
#define KSTATFS_ST_VALID 0x20

hidden void __statvfs_from(struct statvfs *vfs, const struct statfs *fs);

#endif
