#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H

#include <features.h>
#include <stdint.h>

typedef uint64_t eventfd_t;

#define EFD_SEMAPHORE 1
/* O_CLOEXEC and O_NONBLOCK, without all of <fcntl.h>. */
#define EFD_CLOEXEC   02000000
#define EFD_NONBLOCK  04000

__TD_BEGIN_DECLS

int eventfd(unsigned int initval, int flags);
int eventfd_read(int fd, eventfd_t *value);
int eventfd_write(int fd, eventfd_t value);

__TD_END_DECLS

#endif
