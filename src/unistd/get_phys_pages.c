#include <sys/sysinfo.h>
#include <unistd.h>
#include "unistd_impl.h"

long get_phys_pages(void)
{
	return (long)__sysconf(_SC_PHYS_PAGES);
}
