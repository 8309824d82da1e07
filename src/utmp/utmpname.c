#include <utmp.h>

int utmpname(const char *file)
{
	(void)file;
	return 0;
}
