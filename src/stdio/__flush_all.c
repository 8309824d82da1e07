#include "libc.h"
#include "stdio_impl.h"

/*
 * stdout and stderr are found through pointers that stdout.c and stderr.c
 * define, the fopen'd streams through __ofl.c's list; these weak nulls
 * stand in for whichever is not linked.
 */
static FILE *volatile const none = 0;
static FILE *no_files;
hidden weak_alias(none, __stdout_used);
hidden weak_alias(none, __stderr_used);
hidden weak_alias(no_files, __ofl_head);

static void flush(FILE *f, int lbf_only)
{
	if (f->wpos != f->wbase && (!lbf_only || f->lbf == '\n'))
		fflush(f);
}

void __flush_all(int lbf_only)
{
	if (__stdout_used)
		flush(__stdout_used, lbf_only);
	if (__stderr_used)
		flush(__stderr_used, lbf_only);
	for (FILE *f = __ofl_head; f; f = f->next)
		flush(f, lbf_only);
}
