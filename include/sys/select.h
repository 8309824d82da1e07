#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <features.h>
#include <bits/alltypes.h>
#include <signal.h>
#include <time.h>

#define FD_SETSIZE 1024

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;

#ifndef __DEFINED_struct_timeval
#define __DEFINED_struct_timeval
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};
#endif

/*
 * A descriptor outside 0..FD_SETSIZE-1 would write past the set: the macros
 * trap on it, as glibc's fortified ones abort, rather than corrupt memory.
 */
#define __FD_NBITS (8 * sizeof(unsigned long))
#define __FD_INDEX(d) \
	((unsigned)(d) < FD_SETSIZE ? (unsigned)(d) / __FD_NBITS : (__builtin_trap(), 0u))
#define __FD_MASK(d) (1UL << ((unsigned)(d) % __FD_NBITS))

#define FD_ZERO(s) ((void)__builtin_memset((s), 0, sizeof(fd_set)))
#define FD_SET(d, s) ((void)((s)->fds_bits[__FD_INDEX(d)] |= __FD_MASK(d)))
#define FD_CLR(d, s) ((void)((s)->fds_bits[__FD_INDEX(d)] &= ~__FD_MASK(d)))
#define FD_ISSET(d, s) (((s)->fds_bits[__FD_INDEX(d)] & __FD_MASK(d)) != 0)

__TD_BEGIN_DECLS

int select(int nfds, fd_set *__restrict_arg readfds, fd_set *__restrict_arg writefds,
	   fd_set *__restrict_arg exceptfds, struct timeval *__restrict_arg timeout);
int pselect(int nfds, fd_set *__restrict_arg readfds, fd_set *__restrict_arg writefds,
	    fd_set *__restrict_arg exceptfds, const struct timespec *__restrict_arg timeout,
	    const sigset_t *__restrict_arg sigmask);

__TD_END_DECLS

#endif
