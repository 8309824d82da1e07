#include "stdio_impl.h"

/* Streams opened at run time, newest first, for fflush(NULL) and exit. */
hidden FILE *__ofl_head;

void __ofl_add(FILE *f)
{
	f->prev = 0;
	f->next = __ofl_head;
	if (__ofl_head)
		__ofl_head->prev = f;
	__ofl_head = f;
}

void __ofl_del(FILE *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else if (__ofl_head == f)
		__ofl_head = f->next;
	if (f->next)
		f->next->prev = f->prev;
}
