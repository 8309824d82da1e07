#include <dirent.h>
#include <stdlib.h>
#include "dirent_impl.h"
#include "syscall.h"

int __closedir(DIR *d)
{
	int fd = d->fd;

	free(d->cookies);
	free(d);
	return __syscall_ret(__syscall(SYS_close, fd));
}

weak_alias(__closedir, closedir);
