/* The directory stream behind DIR, and reserved names of <dirent.h>. */
#ifndef TRAPDOOR_DIRENT_IMPL_H
#define TRAPDOOR_DIRENT_IMPL_H

#include <dirent.h>
#include "libc.h"

struct __dirstream {
	int fd;
	int pos, end;
	/* The d_off of the last record returned: where telldir says we are. */
	off_t tell;
	/* Holds many records, and always one of the longest name (19 + 256 bytes). */
	_Alignas(8) char buf[4096];
};

hidden DIR *__opendir(const char *path);
hidden DIR *__fdopendir(int fd);
hidden struct dirent *__readdir(DIR *d);
hidden int __closedir(DIR *d);

#endif
