#include <sys/sysinfo.h>
#include <unistd.h>
#include "unistd_impl.h"

long get_avphys_pages(void)
{
	return (long)__sysconf(_SC_AVPHYS_PAGES);
}
