#define _GNU_SOURCE
#include <time.h>
#include <unistd.h>
#include "time_impl.h"

int usleep(useconds_t usec)
{
	struct timespec ts = { usec / 1000000, usec % 1000000 * 1000 };

	return __nanosleep(&ts, 0);
}
