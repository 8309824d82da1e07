#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "process.h"
#include "syscall.h"
#include "string_impl.h"

/* Run a file the kernel called ENOEXEC as a shell script, as POSIX asks of execvp. */
static long exec_shell(const char *path, char *const argv[], char *const envp[])
{
	size_t argc = 0;

	while (argv[argc])
		argc++;
	/* "sh path argv[1]..." and the NULL: argc + 2 entries, 3 when argv is empty. */
	char *sh_argv[argc + 3];
	size_t i = 0;

	sh_argv[i++] = (char *)SHELL_PATH;
	sh_argv[i++] = (char *)path;
	for (size_t j = 1; j < argc; j++)
		sh_argv[i++] = argv[j];
	sh_argv[i] = 0;
	return __syscall(SYS_execve, SHELL_PATH, sh_argv, envp);
}

static long exec_one(const char *path, char *const argv[], char *const envp[], int try_shell)
{
	long r = __syscall(SYS_execve, path, argv, envp);

	if (r == -ENOEXEC && try_shell)
		r = exec_shell(path, argv, envp);
	return r;
}

long __execvpe(const char *file, char *const argv[], char *const envp[], int try_shell)
{
	const char *path, *p, *z;
	size_t k, l;
	int eacces = 0;

	if (!*file)
		return -ENOENT;
	if (strchr(file, '/'))
		return exec_one(file, argv, envp, try_shell);
	k = __strnlen(file, NAME_MAX + 1);
	if (k > NAME_MAX)
		return -ENAMETOOLONG;
	path = getenv("PATH");
	if (!path)
		path = DEFAULT_PATH;
	/*
	 * Room for the longest directory we will try, "/", the name and its
	 * NUL: bounded by PATH_MAX + NAME_MAX, so it fits any stack.  Longer
	 * directories cannot name a file anyway and are skipped.
	 */
	l = __strnlen(path, PATH_MAX - 1) + 1;
	char b[l + k + 1];

	for (p = path;; p = z + 1) {
		size_t n;
		long r;

		for (z = p; *z && *z != ':'; z++)
			;
		n = z - p;
		if (n < l) {
			/* An empty element is the current directory: the bare name. */
			memcpy(b, p, n);
			b[n] = '/';
			memcpy(b + n + !!n, file, k + 1);
			r = exec_one(b, argv, envp, try_shell);
			switch (-r) {
			case EACCES:
				eacces = 1;
				break;
			case ENOENT:
			case ENOTDIR:
			case ENODEV:
			case ESTALE:
			case ETIMEDOUT:
				break;
			default:
				/* Found, but it cannot run for a reason another entry would not cure. */
				return r;
			}
		}
		if (!*z)
			break;
	}
	return eacces ? -EACCES : -ENOENT;
}
