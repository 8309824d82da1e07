#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"
#include "fcntl_impl.h"

/* Keeps f and its descriptor number: the new file is moved onto the old fd. */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int oflags, flags = __fmodeflags(mode, &oflags);

	fflush(f);
	if (flags < 0)
		goto fail;
	if (!path) {
		int fl = __fcntl(f->fd, F_GETFL), acc = fl & O_ACCMODE;

		if (fl < 0)
			goto fail;
		/* Only O_APPEND and close-on-exec change: the access must be there already. */
		if ((!(flags & F_NORD) && acc == O_WRONLY) || (!(flags & F_NOWR) && acc == O_RDONLY)) {
			errno = EBADF;
			goto fail;
		}
		if (__fcntl(f->fd, F_SETFL, (fl & ~O_APPEND) | (oflags & O_APPEND)) < 0)
			goto fail;
		if (oflags & O_CLOEXEC)
			__fcntl(f->fd, F_SETFD, FD_CLOEXEC);
	} else {
		int fd = __open(path, oflags, 0666);

		if (fd < 0)
			goto fail;
		if (fd != f->fd && __dup3(fd, f->fd, oflags & O_CLOEXEC) < 0) {
			__close(fd);
			goto fail;
		}
		if (fd != f->fd)
			__close(fd);
	}
	f->flags = (f->flags & F_OWN) | flags;
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	return f;
fail:
	fclose(f);
	return 0;
}
