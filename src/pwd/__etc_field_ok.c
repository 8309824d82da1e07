#include <string.h>
#include "etc_impl.h"

int __etc_field_ok(const char *s, int stop)
{
	return !s || (!strpbrk(s, ":\n") && !(stop && strchr(s, stop)));
}
