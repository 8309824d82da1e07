#ifndef TRAPDOOR_PTY_IMPL_H
#define TRAPDOOR_PTY_IMPL_H

#include <stddef.h>
#include "libc.h"

hidden int __ptsname_r(int fd, char *buf, size_t len);

#endif
