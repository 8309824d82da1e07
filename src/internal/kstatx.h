/* The kernel's struct statx (linux/stat.h), for arches that lack newfstatat. */
#ifndef TRAPDOOR_KSTATX_H
#define TRAPDOOR_KSTATX_H

#include <stdint.h>

#define __STATX_BASIC_STATS 0x7ffu

struct __kstatx_ts {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t __pad;
};

struct __kstatx {
	uint32_t stx_mask;
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t __pad0;
	uint64_t stx_ino;
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct __kstatx_ts stx_atime, stx_btime, stx_ctime, stx_mtime;
	uint32_t stx_rdev_major, stx_rdev_minor;
	uint32_t stx_dev_major, stx_dev_minor;
	uint64_t __spare[14];
};

#endif
