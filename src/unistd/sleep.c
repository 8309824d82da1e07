#include <time.h>
#include <unistd.h>
#include "time_impl.h"

unsigned sleep(unsigned seconds)
{
	struct timespec ts = { .tv_sec = seconds, .tv_nsec = 0 };
	unsigned left;

	if (__nanosleep(&ts, &ts) == 0)
		return 0;
	/*
	 * Interrupted: report the unslept time, rounding a partial second up.
	 * Timer slack can make the kernel's remainder a hair longer than the
	 * request, and the unslept time cannot exceed what was asked for.
	 */
	left = ts.tv_sec + (ts.tv_nsec > 0);
	return left < seconds ? left : seconds;
}
