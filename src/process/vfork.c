#include <unistd.h>
#include "unistd_impl.h"

/*
 * Without an arch version (src/process/<arch>/vfork.S) vfork is fork, which
 * POSIX allows: a C vfork cannot be correct, since the child's return would
 * clobber the stack frame the parent returns through.
 */
pid_t vfork(void)
{
	return __fork();
}
