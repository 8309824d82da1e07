#include <ctype.h>
#include <string.h>
#include "regex_impl.h"

static const struct {
	char name[8];
	int (*is)(int);
} classes[] = {
	{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank }, { "cntrl", iscntrl },
	{ "digit", isdigit }, { "graph", isgraph }, { "lower", islower }, { "print", isprint },
	{ "punct", ispunct }, { "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
};

/* The test of the C locale's class called name (len bytes), or 0. */
int (*__re_class(const char *name, size_t len))(int)
{
	size_t i;

	for (i = 0; i < sizeof classes / sizeof *classes; i++)
		if (strlen(classes[i].name) == len && !memcmp(classes[i].name, name, len))
			return classes[i].is;
	return 0;
}
