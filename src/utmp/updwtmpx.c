#define _GNU_SOURCE
#include <utmpx.h>

void updwtmpx(const char *file, const struct utmpx *ut)
{
	(void)file;
	(void)ut;
}
