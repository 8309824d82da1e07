#include <stddef.h>
#include <utmp.h>

struct utmp *getutid(const struct utmp *ut)
{
	(void)ut;
	return NULL;
}
