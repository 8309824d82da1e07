#include "poll_impl.h"
#include "syscall.h"

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
#ifdef SYS_poll
	/* __syscall_ret only on failure: the common return is the count itself. */
	long r = __syscall(SYS_poll, fds, nfds, timeout);

	return __syscall_failed(r) ? (int)__syscall_ret((unsigned long)r) : (int)r;
#else
	/* No poll syscall (aarch64, riscv64): a negative timeout waits forever. */
	struct timespec ts = { timeout / 1000, timeout % 1000 * 1000000L };

	return __ppoll(fds, nfds, timeout < 0 ? 0 : &ts, 0);
#endif
}
