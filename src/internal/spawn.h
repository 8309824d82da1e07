/* The engine shared by posix_spawn and posix_spawnp. */
#ifndef TRAPDOOR_SPAWN_H
#define TRAPDOOR_SPAWN_H

#include <spawn.h>
#include "libc.h"

/* How the child execs: returns the raw -errno when it could not. */
typedef long (*spawn_exec_fn)(const char *file, char *const argv[], char *const envp[]);

hidden int __spawn(pid_t *restrict pid, const char *restrict file,
		   const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
		   char *const argv[], char *const envp[], spawn_exec_fn exec);

/* Reserved names of the <spawn.h> functions the library calls itself. */
hidden int __posix_spawn(pid_t *restrict pid, const char *restrict path,
			 const posix_spawn_file_actions_t *fa,
			 const posix_spawnattr_t *restrict attr,
			 char *const argv[], char *const envp[]);
hidden int __posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa);
hidden int __posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa);
hidden int __posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd);
hidden int __posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd);
hidden int __posix_spawnattr_init(posix_spawnattr_t *attr);
hidden int __posix_spawnattr_destroy(posix_spawnattr_t *attr);
hidden int __posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);
hidden int __posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict attr,
					   const sigset_t *restrict set);
hidden int __posix_spawnattr_setsigmask(posix_spawnattr_t *restrict attr,
					const sigset_t *restrict set);

#endif
