#define _GNU_SOURCE
#include <stddef.h>
#include <utmpx.h>

struct utmpx *getutxid(const struct utmpx *ut)
{
	(void)ut;
	return NULL;
}
