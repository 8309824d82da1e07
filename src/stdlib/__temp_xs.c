#include <errno.h>
#include <string.h>
#include "temp.h"

char *__temp_xs(char *template, int suffixlen)
{
	size_t len = strlen(template);

	if (suffixlen < 0 || len < (size_t)suffixlen + 6 ||
	    memcmp(template + len - suffixlen - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return NULL;
	}
	return template + len - suffixlen - 6;
}
