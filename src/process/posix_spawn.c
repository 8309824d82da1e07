#include <spawn.h>
#include "spawn.h"
#include "syscall.h"

static long exec_path(const char *path, char *const argv[], char *const envp[])
{
	return __syscall(SYS_execve, path, argv, envp);
}

int __posix_spawn(pid_t *restrict pid, const char *restrict path,
		const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
		char *const argv[], char *const envp[])
{
	return __spawn(pid, path, fa, attr, argv, envp, exec_path);
}

weak_alias(__posix_spawn, posix_spawn);
