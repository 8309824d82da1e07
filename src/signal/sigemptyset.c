#include <signal.h>
#include <string.h>
#include "signal_impl.h"

int __sigemptyset(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	return 0;
}

weak_alias(__sigemptyset, sigemptyset);
