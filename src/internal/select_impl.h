/* The one place select and pselect reach the kernel's pselect6. */
#ifndef TRAPDOOR_SELECT_IMPL_H
#define TRAPDOOR_SELECT_IMPL_H

#include <sys/select.h>
#include "libc.h"

/* pselect6 as the kernel has it: the time left is written back into ts. */
hidden int __pselect6(int n, fd_set *r, fd_set *w, fd_set *e, struct timespec *ts,
		      const sigset_t *mask);

#endif
