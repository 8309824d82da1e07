#include <sys/stat.h>
#include "stat_impl.h"

int futimens(int fd, const struct timespec times[2])
{
	return __utimensat(fd, 0, times, 0);
}
