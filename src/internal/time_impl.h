/* Reserved names of <time.h> functions the library calls itself. */
#ifndef TRAPDOOR_TIME_IMPL_H
#define TRAPDOOR_TIME_IMPL_H

#include <time.h>
#include "libc.h"

hidden int __nanosleep(const struct timespec *req, struct timespec *rem);

#endif
