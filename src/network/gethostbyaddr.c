#include <string.h>
#include "hostent.h"

/* The name the hosts file gives the address; no DNS PTR query. */
struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)
{
	struct address a = { .family = type };
	char name[NI_MAXHOST];

	if (!((type == AF_INET && len == 4) || (type == AF_INET6 && len == 16))) {
		__h_errno = NO_RECOVERY;
		return 0;
	}
	memcpy(a.addr, addr, len);
	if (__hosts_name(name, sizeof name, &a)) {
		__h_errno = HOST_NOT_FOUND;
		return 0;
	}
	return __hostent_fill(&a, 1, type, name);
}
