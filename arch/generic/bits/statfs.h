/*
 * struct statfs: the kernel's own layout, which the system call fills
 * directly.  On a 64-bit arch that is asm-generic's struct statfs (words
 * are long); on a 32-bit one it is struct statfs64 (words are 32-bit,
 * counts 64-bit), which arm packs to 84 bytes where this one has 4 bytes of
 * tail padding.  s390x has its own (32-bit words); mips another order.
 */
#ifndef _BITS_STATFS_H
#define _BITS_STATFS_H

#include <bits/fsblkcnt.h>

struct statfs {
	unsigned long f_type;
	unsigned long f_bsize;
	fsblkcnt_t f_blocks;
	fsblkcnt_t f_bfree;
	fsblkcnt_t f_bavail;
	fsfilcnt_t f_files;
	fsfilcnt_t f_ffree;
	fsid_t f_fsid;
	unsigned long f_namelen;
	unsigned long f_frsize;
	unsigned long f_flags;
	unsigned long f_spare[4];
};

#endif
