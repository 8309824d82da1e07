/* The static struct hostent of gethostbyname and gethostbyaddr. */
#ifndef TRAPDOOR_HOSTENT_H
#define TRAPDOOR_HOSTENT_H

#include "lookup.h"

struct hostent_buf {
	struct hostent h;
	char *aliases[1];
	char *addrs[MAXADDRS + 1];
	unsigned char data[MAXADDRS][16];
	char name[NI_MAXHOST];
};

extern hidden struct hostent_buf __hostent;

/* The hostent for n addresses of family in l, named name. */
hidden struct hostent *__hostent_fill(const struct address *a, int n, int family, const char *name);

#endif
