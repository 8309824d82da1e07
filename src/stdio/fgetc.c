#include "stdio_impl.h"

int fgetc(FILE *f)
{
	if (f->rpos != f->rend)
		return *f->rpos++;
	return __uflow(f);
}
