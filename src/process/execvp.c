#include <unistd.h>
#include "process.h"
#include "syscall.h"

int __execvp(const char *file, char *const argv[])
{
	return __syscall_ret(__execvpe(file, argv, __environ, 1));
}

weak_alias(__execvp, execvp);
