#include <sys/sysinfo.h>
#include <unistd.h>
#include "unistd_impl.h"

int get_nprocs_conf(void)
{
	return (int)__sysconf(_SC_NPROCESSORS_CONF);
}
