#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include <string.h>

/*
 * Take the next comma-separated suboption off *opt.  "name" or "name=value"
 * with name in keys gives its index (*value the value, or NULL); anything
 * else gives -1 with *value the whole suboption, as glibc.
 */
int getsubopt(char **opt, char *const *keys, char **value)
{
	char *s = *opt, *comma = strchr(s, ',');

	*value = NULL;
	if (!*s)
		return -1;
	if (comma) {
		*comma = 0;
		*opt = comma + 1;
	} else {
		*opt = s + strlen(s);
	}
	for (int i = 0; keys[i]; i++) {
		size_t n = strlen(keys[i]);

		if (strncmp(keys[i], s, n))
			continue;
		if (s[n] == '=') {
			*value = s + n + 1;
			return i;
		}
		if (!s[n])
			return i;
	}
	*value = s;
	return -1;
}
