/* The engine shared by posix_spawn and posix_spawnp. */
#ifndef TRAPDOOR_SPAWN_H
#define TRAPDOOR_SPAWN_H

#include <spawn.h>

/* How the child execs: returns the raw -errno when it could not. */
typedef long (*spawn_exec_fn)(const char *file, char *const argv[], char *const envp[]);

int __spawn(pid_t *restrict pid, const char *restrict file,
	    const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
	    char *const argv[], char *const envp[], spawn_exec_fn exec);

#endif
