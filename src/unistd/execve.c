#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

int __execve(const char *path, char *const argv[], char *const envp[])
{
	return __syscall_ret(__syscall(SYS_execve, path, argv, envp));
}

weak_alias(__execve, execve);
