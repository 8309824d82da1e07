#include <errno.h>
#include <unistd.h>
#include "unistd_impl.h"

char *getlogin(void)
{
	static char name[256];
	int e = __getlogin_r(name, sizeof name);

	if (e) {
		errno = e;
		return NULL;
	}
	return name;
}
