#include "inet_impl.h"

char *inet_ntoa(struct in_addr a)
{
	static char buf[INET_ADDRSTRLEN];

	return (char *)__inet_ntop(AF_INET, &a, buf, sizeof buf);
}
