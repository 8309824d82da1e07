#ifndef _FCNTL_H
#define _FCNTL_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/fcntl.h>

#define O_RDONLY   00
#define O_WRONLY   01
#define O_RDWR     02
#define O_ACCMODE  03
#define O_CREAT    0100
#define O_EXCL     0200
#define O_NOCTTY   0400
#define O_TRUNC    01000
#define O_APPEND   02000
#define O_NONBLOCK 04000
#define O_NDELAY   O_NONBLOCK
#define O_DSYNC    010000
#define O_ASYNC    020000
#define O_NOATIME  01000000
#define O_CLOEXEC  02000000
#define O_SYNC     04010000
#define O_RSYNC    O_SYNC
#define O_PATH     010000000
#define O_TMPFILE  (020000000 | O_DIRECTORY)

#define F_DUPFD         0
#define F_GETFD         1
#define F_SETFD         2
#define F_GETFL         3
#define F_SETFL         4
#define F_GETLK         5
#define F_SETLK         6
#define F_SETLKW        7
#define F_SETOWN        8
#define F_GETOWN        9
#define F_SETOWN_EX     15
#define F_GETOWN_EX     16
#define F_DUPFD_CLOEXEC 1030
#define F_SETPIPE_SZ    1031
#define F_GETPIPE_SZ    1032

#define FD_CLOEXEC 1

/* F_GETOWN_EX/F_SETOWN_EX: who receives SIGIO and SIGURG. */
#define F_OWNER_TID  0
#define F_OWNER_PID  1
#define F_OWNER_PGRP 2

struct f_owner_ex {
	int type;
	pid_t pid;
};

#define AT_FDCWD            (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR        0x200
#define AT_EACCESS          0x200
#define AT_SYMLINK_FOLLOW   0x400
#define AT_EMPTY_PATH       0x1000

__TD_BEGIN_DECLS

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int fcntl(int fd, int cmd, ...);

__TD_END_DECLS

#endif
