#include <errno.h>
#include <fcntl.h>
#include "fcntl_impl.h"
#include "tz_impl.h"
#include "unistd_impl.h"

long __tz_read_file(const char *path, unsigned char *buf, size_t max)
{
	int fd = __open(path, O_RDONLY | O_CLOEXEC);
	unsigned char extra;
	size_t len = 0;
	ssize_t r;

	if (fd < 0)
		return -1;
	/* Once max bytes are in, one more byte read tells a file that is too long. */
	while ((r = __read(fd, len < max ? buf + len : &extra, len < max ? max - len : 1)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 || len == max)
			break;
		len += (size_t)r;
	}
	__close(fd);
	return r != 0 ? -1 : (long)len;
}
