#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "syscall.h"

/* EINVAL, nothing written, when the name and its NUL do not fit (glibc cuts it short unterminated). */
int getdomainname(char *name, size_t len)
{
	struct utsname u;
	size_t n;
	long r = __syscall(SYS_uname, &u);

	if (r)
		return __syscall_ret(r);
	n = strlen(u.domainname);
	if (n >= len)
		return __syscall_ret(-EINVAL);
	memcpy(name, u.domainname, n + 1);
	return 0;
}
