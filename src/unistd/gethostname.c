#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "syscall.h"

int gethostname(char *name, size_t len)
{
	struct utsname u;
	size_t n;
	long r = __syscall(SYS_uname, &u);

	if (r)
		return __syscall_ret(r);
	n = strlen(u.nodename);
	/* glibc's answer when the name and its NUL do not fit. */
	if (n >= len)
		return __syscall_ret(-ENAMETOOLONG);
	memcpy(name, u.nodename, n + 1);
	return 0;
}
