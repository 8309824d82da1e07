#include <unistd.h>
#include "unistd_impl.h"

int pipe(int fds[2])
{
	return __pipe2(fds, 0);
}
