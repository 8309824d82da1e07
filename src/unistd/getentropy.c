#include <errno.h>
#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

/* At most 256 bytes (EIO beyond, as glibc), all of them or an error; errno kept on success. */
int __getentropy(void *buf, size_t len)
{
	unsigned char *p = buf;
	long r;

	if (len > 256)
		return __syscall_ret(-EIO);
	while (len) {
		r = __syscall(SYS_getrandom, p, len, 0);
		if (r == -EINTR)
			continue;
		if (r < 0)
			return __syscall_ret(r);
		p += r;
		len -= (size_t)r;
	}
	return 0;
}

weak_alias(__getentropy, getentropy);
