/* The file system count types of <sys/statfs.h> and <sys/statvfs.h>: 64-bit everywhere. */
#ifndef _BITS_FSBLKCNT_H
#define _BITS_FSBLKCNT_H

typedef __UINT64_TYPE__ fsblkcnt_t;
typedef __UINT64_TYPE__ fsfilcnt_t;
typedef struct {
	int __val[2];
} fsid_t;

#endif
