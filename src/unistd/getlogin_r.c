#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "unistd_impl.h"

/*
 * The login name is LOGNAME, as login and sshd set it (there is no utmp
 * here): ENXIO when it is not set, ERANGE when it does not fit.
 */
int __getlogin_r(char *buf, size_t size)
{
	const char *name = getenv("LOGNAME");
	size_t n;

	if (!name)
		return ENXIO;
	n = strlen(name);
	if (n >= size)
		return ERANGE;
	memcpy(buf, name, n + 1);
	return 0;
}

weak_alias(__getlogin_r, getlogin_r);
