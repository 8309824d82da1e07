#include <string.h>
#include "hostent.h"

struct hostent_buf __hostent;

struct hostent *__hostent_fill(const struct address *a, int n, int family, const char *name)
{
	struct hostent_buf *b = &__hostent;
	int len = family == AF_INET ? 4 : 16, k = 0;

	memset(b, 0, sizeof *b);
	for (int i = 0; i < n; i++) {
		if (a[i].family != family)
			continue;
		memcpy(b->data[k], a[i].addr, len);
		b->addrs[k] = (char *)b->data[k];
		k++;
	}
	if (strlen(name) < sizeof b->name)
		strcpy(b->name, name);
	b->h = (struct hostent){ b->name, b->aliases, family, len, b->addrs };
	return &b->h;
}
