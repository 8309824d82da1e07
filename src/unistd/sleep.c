#include <time.h>
#include <unistd.h>

unsigned sleep(unsigned seconds)
{
	struct timespec ts = { .tv_sec = seconds, .tv_nsec = 0 };

	if (nanosleep(&ts, &ts) == 0)
		return 0;
	/* Interrupted: report the unslept time, rounding a partial second up. */
	return ts.tv_sec + (ts.tv_nsec > 0);
}
