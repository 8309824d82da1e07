#include <unistd.h>
#include "process.h"
#include "libc.h"
#include "unistd_impl.h"

int __execv(const char *path, char *const argv[])
{
	return __execve(path, argv, __environ);
}

weak_alias(__execv, execv);
