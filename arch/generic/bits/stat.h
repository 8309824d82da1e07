/*
 * struct stat.  On a 64-bit arch with newfstatat this is the kernel's
 * asm-generic layout, filled by the kernel directly; elsewhere fstatat fills
 * it from statx, and only the field types matter.
 */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H

#include <bits/alltypes.h>
#include <bits/timespec.h>

struct stat {
	dev_t st_dev;
	ino_t st_ino;
	mode_t st_mode;
	unsigned int st_nlink;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	__UINT64_TYPE__ __st_pad1;
	off_t st_size;
	int st_blksize;
	int __st_pad2;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	unsigned int __st_unused[2];
};

#endif
