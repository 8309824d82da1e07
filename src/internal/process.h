/* Private declarations of the process area (exec, clone, spawn). */
#ifndef TRAPDOOR_PROCESS_H
#define TRAPDOOR_PROCESS_H

#include <spawn.h>
#include <stdarg.h>
#include <sys/types.h>
#include "libc.h"

/* The shell of system() and of execvp's ENOEXEC fallback. */
#define SHELL_PATH "/bin/sh"

/* execvp's default search path when PATH is unset, as glibc. */
#define DEFAULT_PATH "/bin:/usr/bin"

/*
 * The PATH search of execvpe and posix_spawnp; returns the raw -errno and
 * never touches errno, so that the posix_spawn child, which shares the
 * parent's memory, leaves the parent's errno alone.  try_shell runs a file
 * the kernel refuses with ENOEXEC through SHELL_PATH, as execvp must.
 */
hidden long __execvpe(const char *file, char *const argv[], char *const envp[], int try_shell);

/*
 * The argument lists of execl, execle and execlp: count the arguments after
 * arg, the terminating NULL included; then, into an array of count + 1 the
 * caller holds, copy arg and those arguments, NULL last.  The copy reads
 * the NULL too, so with ap taken by pointer execle reads the environment
 * next.
 */
static inline size_t __exec_argc(const char *arg, va_list *ap)
{
	size_t n = 0;

	if (arg)
		for (n = 1; va_arg(*ap, char *); n++)
			;
	return n;
}

static inline void __exec_argv(char **argv, size_t n, const char *arg, va_list *ap)
{
	argv[0] = (char *)arg;
	for (size_t i = 1; i <= n; i++)
		argv[i] = va_arg(*ap, char *);
	argv[n] = 0;
}

/*
 * Start fn(arg) in a new process (clone with flags) on the given stack
 * top; the child exits with fn's return value.  Returns the child's pid to
 * the parent, or the raw -errno.  Written per arch in src/process/<arch>/.
 */
hidden long __clone(int (*fn)(void *), void *stack, int flags, void *arg);

/* One recorded file action of posix_spawn, path stored inline. */
enum { FA_CLOSE, FA_DUP2, FA_OPEN, FA_CHDIR, FA_FCHDIR };

struct fa_op {
	int op;
	int fd;
	int srcfd;
	int oflag;
	mode_t mode;
	unsigned size;
	char path[];
};

/* Append an op (with a copy of path, if any); NULL when out of memory. */
hidden struct fa_op *__fa_add(posix_spawn_file_actions_t *fa, int op, int fd, const char *path);

/* The EBADF test of file actions: negative or beyond RLIMIT_NOFILE. */
hidden int __fa_bad_fd(int fd);

/* Reserved names of the exec and wait functions the library calls itself. */
hidden int __execv(const char *path, char *const argv[]);
hidden int __execvp(const char *file, char *const argv[]);
hidden pid_t __waitpid(pid_t pid, int *status, int options);
struct rusage;
hidden pid_t __wait4(pid_t pid, int *status, int options, struct rusage *usage);

/* getrlimit by its reserved name: the heap reads RLIMIT_AS as it grows. */
struct rlimit;
hidden int __getrlimit(int resource, struct rlimit *rlim);

#endif
