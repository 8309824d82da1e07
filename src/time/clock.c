#include <time.h>
#include "time_impl.h"

clock_t clock(void)
{
	struct timespec ts;

	if (__clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts))
		return -1;
	/* (clock_t)-1 when the microseconds do not fit, as C requires. */
	if (ts.tv_sec > (time_t)((unsigned long)-1 / 2 / 1000000 - 1))
		return -1;
	return ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
