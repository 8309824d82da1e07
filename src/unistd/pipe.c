#include <unistd.h>

int pipe(int fds[2])
{
	return pipe2(fds, 0);
}
