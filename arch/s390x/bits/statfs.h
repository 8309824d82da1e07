/* s390x's kernel struct statfs: 32-bit words around 64-bit counts. */
#ifndef _BITS_STATFS_H
#define _BITS_STATFS_H

#include <bits/fsblkcnt.h>

struct statfs {
	unsigned int f_type;
	unsigned int f_bsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsid_t f_fsid;
	unsigned int f_namelen;
	unsigned int f_frsize;
	unsigned int f_flags;
	unsigned int f_spare[4];
};

#endif
