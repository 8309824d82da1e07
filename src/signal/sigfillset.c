#include <signal.h>
#include <string.h>
#include "ksigaction.h"
#include "signal_impl.h"

/* Every signal the kernel knows, and none of the bits beyond it. */
int __sigfillset(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	memset(set, 0xff, KSIGSET_SIZE);
	return 0;
}

weak_alias(__sigfillset, sigfillset);
