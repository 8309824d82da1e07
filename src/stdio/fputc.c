#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	if (f->wpos != f->wend && (unsigned char)c != f->lbf)
		return *f->wpos++ = c;
	return __overflow(f, c);
}
