#define _GNU_SOURCE
#include <utmpx.h>

int utmpxname(const char *file)
{
	(void)file;
	return 0;
}
