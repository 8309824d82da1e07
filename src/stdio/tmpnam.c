#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

char *tmpnam(char *s)
{
	static char own[L_tmpnam];
	char name[L_tmpnam];
	int tries;

	for (tries = 0; tries < 100; tries++) {
		__tmp_name(name);
		if (__tmp_name_free(name))
			return strcpy(s ? s : own, name);
	}
	errno = EEXIST;
	return 0;
}
