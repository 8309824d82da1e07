#include <errno.h>
#include <sys/wait.h>
#include "stdio_impl.h"
#include "process.h"

int pclose(FILE *f)
{
	pid_t pid = f->pid;
	int status;

	fclose(f);
	while (__waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}
