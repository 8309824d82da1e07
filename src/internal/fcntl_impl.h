/* Reserved names of <fcntl.h> functions the library calls itself. */
#ifndef TRAPDOOR_FCNTL_IMPL_H
#define TRAPDOOR_FCNTL_IMPL_H

#include <fcntl.h>
#include "libc.h"

hidden int __open(const char *path, int flags, ...);
hidden int __openat(int dirfd, const char *path, int flags, ...);
hidden int __fcntl(int fd, int cmd, ...);

#endif
