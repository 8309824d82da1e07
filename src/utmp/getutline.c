#include <stddef.h>
#include <utmp.h>

struct utmp *getutline(const struct utmp *ut)
{
	(void)ut;
	return NULL;
}
