#include <stdlib.h>
#include "lookup.h"

void __freeaddrinfo(struct addrinfo *ai)
{
	while (ai) {
		struct addrinfo *next = ai->ai_next;
		free(ai);
		ai = next;
	}
}

weak_alias(__freeaddrinfo, freeaddrinfo);
