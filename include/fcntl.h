#ifndef _FCNTL_H
#define _FCNTL_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/fcntl.h>
#include <bits/flock.h>
#include <bits/fadvise.h>

#define O_RDONLY   00
#define O_WRONLY   01
#define O_RDWR     02
#define O_ACCMODE  03
#define O_NDELAY   O_NONBLOCK
#define O_NOATIME  01000000
#define O_CLOEXEC  02000000
#define O_RSYNC    O_SYNC
#define O_PATH     010000000
#define O_TMPFILE  (020000000 | O_DIRECTORY)

#define F_DUPFD         0
#define F_GETFD         1
#define F_SETFD         2
#define F_GETFL         3
#define F_SETFL         4
#define F_SETOWN_EX     15
#define F_GETOWN_EX     16
#define F_DUPFD_CLOEXEC 1030
#define F_SETPIPE_SZ    1031
#define F_GETPIPE_SZ    1032

#define FD_CLOEXEC 1

#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

/* Open file description locks (Linux 3.15): struct flock, l_pid 0. */
#define F_OFD_GETLK  36
#define F_OFD_SETLK  37
#define F_OFD_SETLKW 38

#if defined(__TD_GNU) || defined(_LARGEFILE64_SOURCE)
#define F_GETLK64  F_GETLK
#define F_SETLK64  F_SETLK
#define F_SETLKW64 F_SETLKW
#define flock64    flock
#endif

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
int creat(const char *path, mode_t mode);
int posix_fadvise(int fd, off_t offset, off_t len, int advice);
int posix_fallocate(int fd, off_t offset, off_t len);

#ifdef __TD_GNU
/* fallocate modes. */
#define FALLOC_FL_KEEP_SIZE      0x01
#define FALLOC_FL_PUNCH_HOLE     0x02
#define FALLOC_FL_NO_HIDE_STALE  0x04
#define FALLOC_FL_COLLAPSE_RANGE 0x08
#define FALLOC_FL_ZERO_RANGE     0x10
#define FALLOC_FL_INSERT_RANGE   0x20
#define FALLOC_FL_UNSHARE_RANGE  0x40
int fallocate(int fd, int mode, off_t offset, off_t len);
ssize_t readahead(int fd, off_t offset, size_t count);
#endif

__TD_END_DECLS

#endif
