/* pathconf and fpathconf: one answer from the file system's statfs. */
#ifndef TRAPDOOR_PATHCONF_IMPL_H
#define TRAPDOOR_PATHCONF_IMPL_H

#include <sys/statfs.h>
#include "libc.h"

hidden long __pathconf_of(const struct statfs *fs, int name);

#endif
