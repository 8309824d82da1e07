#include "select_impl.h"

/* POSIX leaves the caller's timeout as it was: the kernel gets a copy. */
int pselect(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	    const struct timespec *restrict timeout, const sigset_t *restrict mask)
{
	struct timespec copy;

	if (timeout)
		copy = *timeout;
	return __pselect6(n, r, w, e, timeout ? &copy : 0, mask);
}
