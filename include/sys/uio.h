#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <features.h>
#include <bits/alltypes.h>

#ifndef __DEFINED_struct_iovec
#define __DEFINED_struct_iovec
struct iovec {
	void *iov_base;
	size_t iov_len;
};
#endif

#define UIO_MAXIOV 1024

__TD_BEGIN_DECLS

ssize_t readv(int fd, const struct iovec *iov, int count);
ssize_t writev(int fd, const struct iovec *iov, int count);

#if defined(__TD_MISC) || defined(__TD_GNU)
ssize_t preadv(int fd, const struct iovec *iov, int count, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset);
#endif

__TD_END_DECLS

#endif
