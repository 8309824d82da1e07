#include <unistd.h>
#include "process.h"
#include "syscall.h"

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	return __syscall_ret(__execvpe(file, argv, envp, 1));
}
