/* struct stat: the powerpc64 kernel layout, filled by newfstatat directly. */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H

#include <bits/alltypes.h>
#include <bits/timespec.h>

struct stat {
	dev_t st_dev;
	ino_t st_ino;
	nlink_t st_nlink;
	mode_t st_mode;
	uid_t st_uid;
	gid_t st_gid;
	unsigned int __st_pad0;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	long __st_unused[3];
};

#endif
