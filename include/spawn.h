#ifndef _SPAWN_H
#define _SPAWN_H

#include <features.h>
#include <bits/alltypes.h>
#include <sched.h>
#include <signal.h>

#define POSIX_SPAWN_RESETIDS      0x01
#define POSIX_SPAWN_SETPGROUP     0x02
#define POSIX_SPAWN_SETSIGDEF     0x04
#define POSIX_SPAWN_SETSIGMASK    0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER  0x20
#define POSIX_SPAWN_USEVFORK      0x40
#define POSIX_SPAWN_SETSID        0x80

typedef struct {
	int __flags;
	pid_t __pgrp;
	sigset_t __sigdefault;
	sigset_t __sigmask;
	int __policy;
	struct sched_param __param;
	int __pad[16];
} posix_spawnattr_t;

/* The actions live in their own mapping, grown as they are added. */
typedef struct {
	unsigned long __used;
	unsigned long __size;
	void *__actions;
	int __pad[16];
} posix_spawn_file_actions_t;

__TD_BEGIN_DECLS

int posix_spawn(pid_t *__restrict_arg pid, const char *__restrict_arg path,
		const posix_spawn_file_actions_t *file_actions,
		const posix_spawnattr_t *__restrict_arg attr,
		char *const argv[], char *const envp[]);
int posix_spawnp(pid_t *__restrict_arg pid, const char *__restrict_arg file,
		 const posix_spawn_file_actions_t *file_actions,
		 const posix_spawnattr_t *__restrict_arg attr,
		 char *const argv[], char *const envp[]);

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *__restrict_arg fa, int fd,
				     const char *__restrict_arg path, int oflag, mode_t mode);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd);
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict_arg fa,
					 const char *__restrict_arg path);
int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *fa, int fd);

int posix_spawnattr_init(posix_spawnattr_t *attr);
int posix_spawnattr_destroy(posix_spawnattr_t *attr);
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);
int posix_spawnattr_getflags(const posix_spawnattr_t *__restrict_arg attr,
			     short *__restrict_arg flags);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *__restrict_arg attr,
			      pid_t *__restrict_arg pgroup);
int posix_spawnattr_setsigmask(posix_spawnattr_t *__restrict_arg attr,
			       const sigset_t *__restrict_arg mask);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *__restrict_arg attr,
			       sigset_t *__restrict_arg mask);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *__restrict_arg attr,
				  const sigset_t *__restrict_arg sigdefault);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *__restrict_arg attr,
				  sigset_t *__restrict_arg sigdefault);

__TD_END_DECLS

#endif
