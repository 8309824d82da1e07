#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

int __fseeko(FILE *f, off_t offset, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wpos != f->wbase && __flush(f))
		return -1;
	/* Read-ahead sits between the descriptor's offset and the stream's. */
	if (whence == SEEK_CUR && f->rpos)
		offset -= f->rend - f->rpos;
	/* The buffer goes only once the seek succeeded: a failed one changes nothing. */
	if (__stdio_seek(f, offset, whence) < 0)
		return -1;
	f->wbase = f->wpos = f->wend = 0;
	f->rpos = f->rend = 0;
	f->flags &= ~F_EOF;
	return 0;
}

weak_alias(__fseeko, fseeko);
