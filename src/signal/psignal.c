#include <signal.h>
#include <stdio.h>
#include "string_impl.h"

void psignal(int sig, const char *s)
{
	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, __strsignal(sig));
	else
		fprintf(stderr, "%s\n", __strsignal(sig));
}
