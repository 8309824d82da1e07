#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/fsblkcnt.h>

#include <bits/statfs.h>

__TD_BEGIN_DECLS

int statfs(const char *path, struct statfs *buf);
int fstatfs(int fd, struct statfs *buf);

__TD_END_DECLS

#endif
