#include "stdio_impl.h"

int fflush(FILE *f)
{
	if (!f) {
		__flush_all(0);
		return 0;
	}
	if (f->wpos == f->wbase && f->rpos == f->rend)
		return 0;
	return __flush(f);
}
