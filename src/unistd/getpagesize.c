#define _GNU_SOURCE
#include <sys/auxv.h>
#include <unistd.h>
#include "libc.h"

int getpagesize(void)
{
	return __getauxval(AT_PAGESZ);
}
