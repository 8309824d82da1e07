/* Reserved names of <sys/stat.h> functions the library calls itself. */
#ifndef TRAPDOOR_STAT_IMPL_H
#define TRAPDOOR_STAT_IMPL_H

#include <sys/stat.h>
#include "libc.h"

hidden int __fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags);
hidden int __fstat(int fd, struct stat *st);
hidden int __mknodat(int dirfd, const char *path, mode_t mode, dev_t dev);
hidden int __utimensat(int dirfd, const char *path, const struct timespec times[2], int flags);

#endif
