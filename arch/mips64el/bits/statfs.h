/* mips' kernel struct statfs (n64: long words): f_frsize third, f_bavail after f_ffree. */
#ifndef _BITS_STATFS_H
#define _BITS_STATFS_H

#include <bits/fsblkcnt.h>

struct statfs {
	unsigned long f_type;
	unsigned long f_bsize;
	unsigned long f_frsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsblkcnt_t f_bavail;
	fsid_t f_fsid;
	unsigned long f_namelen;
	unsigned long f_flags;
	unsigned long f_spare[5];
};

#endif
