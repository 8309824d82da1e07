#include <string.h>
#include "etc_impl.h"

int __etc_fields(char *line, size_t len, char **field, int n, int sep)
{
	int i = 0;
	char *p = line;

	/* A NUL inside the line would cut a field short unseen. */
	if (strlen(line) != len)
		return -1;
	for (;;) {
		char *end = strchr(p, sep);

		if (i == n)
			return -1;
		field[i++] = p;
		if (!end)
			break;
		*end = 0;
		p = end + 1;
	}
	return i == n ? 0 : -1;
}
