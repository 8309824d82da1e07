#ifndef _ARPA_INET_H
#define _ARPA_INET_H

#include <features.h>
#include <netinet/in.h>

__TD_BEGIN_DECLS

int inet_pton(int af, const char *__restrict_arg src, void *__restrict_arg dst);
const char *inet_ntop(int af, const void *__restrict_arg src, char *__restrict_arg dst,
		      socklen_t size);
in_addr_t inet_addr(const char *s);
#ifdef __TD_MISC
int inet_aton(const char *s, struct in_addr *a);
#endif
char *inet_ntoa(struct in_addr a);

__TD_END_DECLS

#endif
