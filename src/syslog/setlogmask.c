#include "syslog_impl.h"

/* A mask of 0 changes nothing and only reads the current one. */
int setlogmask(int mask)
{
	int old = __syslog.mask;

	if (mask)
		__syslog.mask = mask;
	return old;
}
