#include <stddef.h>
#include <utmp.h>

struct utmp *pututline(const struct utmp *ut)
{
	(void)ut;
	return NULL;
}
