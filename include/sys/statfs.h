#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <features.h>
#include <bits/alltypes.h>

#ifndef __TD_FSID_T
#define __TD_FSID_T
typedef __UINT64_TYPE__ fsblkcnt_t;
typedef __UINT64_TYPE__ fsfilcnt_t;
typedef struct {
	int __val[2];
} fsid_t;
#endif

#include <bits/statfs.h>

__TD_BEGIN_DECLS

int statfs(const char *path, struct statfs *buf);
int fstatfs(int fd, struct statfs *buf);

__TD_END_DECLS

#endif
