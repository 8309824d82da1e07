#include <fcntl.h>
#include "fcntl_impl.h"

int creat(const char *path, mode_t mode)
{
	return __open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}
