#include <string.h>
#include "hostent.h"

/* The name the hosts file gives the address, else its DNS PTR; h_errno as glibc's. */
struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)
{
	struct address a = { .family = type };
	char name[NI_MAXHOST];
	int r;

	if (!((type == AF_INET && len == 4) || (type == AF_INET6 && len == 16))) {
		__h_errno = NO_RECOVERY;
		return 0;
	}
	memcpy(a.addr, addr, len);
	r = __lookup_addr(name, sizeof name, &a);
	if (r) {
		__h_errno = r == EAI_AGAIN ? TRY_AGAIN : HOST_NOT_FOUND;
		return 0;
	}
	return __hostent_fill(&a, 1, type, name);
}
