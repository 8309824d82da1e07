#include <stdlib.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

int fclose(FILE *f)
{
	int r = fflush(f);

	if (__stdio_close(f) < 0)
		r = EOF;
	if (f->flags & F_OWN) {
		__ofl_del(f);
		free(f);
	} else {
		/* A standard stream: nothing to flush at exit any more. */
		f->wbase = f->wpos = f->wend = 0;
		f->flags |= F_NORD | F_NOWR;
	}
	return r;
}
