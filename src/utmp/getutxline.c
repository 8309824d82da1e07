#define _GNU_SOURCE
#include <stddef.h>
#include <utmpx.h>

struct utmpx *getutxline(const struct utmpx *ut)
{
	(void)ut;
	return NULL;
}
