#include <utmp.h>

void updwtmp(const char *file, const struct utmp *ut)
{
	(void)file;
	(void)ut;
}
