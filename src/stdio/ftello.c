#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

off_t __ftello(FILE *f)
{
	off_t pos = __stdio_seek(f, 0, (f->flags & F_APP) && f->wpos != f->wbase ? SEEK_END : SEEK_CUR);

	if (pos < 0)
		return -1;
	if (f->rpos)
		pos -= f->rend - f->rpos;
	else if (f->wbase)
		pos += f->wpos - f->wbase;
	/* More pushback than bytes read: the position is before the file's start. */
	if (pos < 0) {
		errno = EINVAL;
		return -1;
	}
	return pos;
}

weak_alias(__ftello, ftello);
