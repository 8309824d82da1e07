#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

/* Writes all of s, retrying short writes and EINTR; an error marks the stream. */
size_t __stdio_write(FILE *f, const unsigned char *s, size_t n)
{
	size_t done = 0;

	while (done < n) {
		ssize_t r = f->io ? f->io->write(f, s + done, n - done) :
			    __write(f->fd, s + done, n - done);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			f->flags |= F_ERR;
			break;
		}
		done += r;
	}
	return done;
}
