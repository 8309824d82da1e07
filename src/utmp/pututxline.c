#define _GNU_SOURCE
#include <stddef.h>
#include <utmpx.h>

struct utmpx *pututxline(const struct utmpx *ut)
{
	(void)ut;
	return NULL;
}
