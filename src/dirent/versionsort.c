#define _GNU_SOURCE
#include <dirent.h>
#include <string.h>
#include "string_impl.h"

int versionsort(const struct dirent **a, const struct dirent **b)
{
	return __strverscmp((*a)->d_name, (*b)->d_name);
}
