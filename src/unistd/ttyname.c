#include <errno.h>
#include <unistd.h>
#include "unistd_impl.h"

char *ttyname(int fd)
{
	static char name[128];
	int e = __ttyname_r(fd, name, sizeof name);

	if (e) {
		errno = e;
		return NULL;
	}
	return name;
}
