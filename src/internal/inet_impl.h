#ifndef TRAPDOOR_INET_IMPL_H
#define TRAPDOOR_INET_IMPL_H

#include <arpa/inet.h>
#include "libc.h"

hidden int __inet_aton(const char *s, struct in_addr *a);
hidden int __inet_pton4(const char *s, unsigned char *out);
hidden int __inet_pton6(const char *s, unsigned char *out);
hidden const char *__inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size);

#endif
