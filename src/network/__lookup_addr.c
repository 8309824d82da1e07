#include <string.h>
#include "lookup.h"

int __lookup_addr(char *buf, size_t size, const struct address *a)
{
	struct lookup l;
	int r;

	if (!__hosts_name(buf, size, a))
		return 0;
	r = __lookup_ptr(&l, a);
	if (r < 0)
		return r;
	if (strlen(l.canon) >= size)
		return EAI_OVERFLOW;
	strcpy(buf, l.canon);
	return 0;
}
