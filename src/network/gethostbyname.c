#include <stdlib.h>
#include "hostent.h"

/* getaddrinfo's lookup for IPv4; h_errno as glibc's: HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY. */
struct hostent *gethostbyname(const char *name)
{
	struct lookup *l = malloc(sizeof *l);
	struct hostent *h = 0;
	int n;

	if (!l) {
		__h_errno = NO_RECOVERY;
		return 0;
	}
	n = __lookup_name(l, name, AF_INET, 0);
	if (n > 0)
		h = __hostent_fill(l->a, n, AF_INET, l->canon[0] ? l->canon : name);
	else
		__h_errno = n == EAI_AGAIN ? TRY_AGAIN : n == EAI_NONAME ? HOST_NOT_FOUND : NO_RECOVERY;
	free(l);
	return h;
}
