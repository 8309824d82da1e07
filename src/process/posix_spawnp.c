#include <spawn.h>
#include "process.h"
#include "spawn.h"

/* No shell fallback for ENOEXEC: posix_spawnp reports it, as glibc and musl. */
static long exec_search(const char *file, char *const argv[], char *const envp[])
{
	return __execvpe(file, argv, envp, 0);
}

int posix_spawnp(pid_t *restrict pid, const char *restrict file,
		 const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
		 char *const argv[], char *const envp[])
{
	return __spawn(pid, file, fa, attr, argv, envp, exec_search);
}
