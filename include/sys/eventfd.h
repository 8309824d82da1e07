#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H

#include <features.h>
#include <bits/fdflags.h>
#include <stdint.h>

typedef uint64_t eventfd_t;

#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC   __TD_O_CLOEXEC
#define EFD_NONBLOCK  __TD_O_NONBLOCK

__TD_BEGIN_DECLS

int eventfd(unsigned int initval, int flags);
int eventfd_read(int fd, eventfd_t *value);
int eventfd_write(int fd, eventfd_t value);

__TD_END_DECLS

#endif
