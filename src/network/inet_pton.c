#include <errno.h>
#include "inet_impl.h"

/* 1 for an address, 0 for a string that is not one, -1 and EAFNOSUPPORT for af. */
int inet_pton(int af, const char *restrict s, void *restrict dst)
{
	if (af == AF_INET)
		return __inet_pton4(s, dst);
	if (af == AF_INET6)
		return __inet_pton6(s, dst);
	errno = EAFNOSUPPORT;
	return -1;
}
