#include <stddef.h>
#include <utmp.h>

struct utmp *getutent(void)
{
	return NULL;
}
