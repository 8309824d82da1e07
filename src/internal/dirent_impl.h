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
	/*
	 * Where long is narrower than off_t (32-bit arches), telldir cannot
	 * return getdents64's 64-bit d_off, a hash cookie on most file systems:
	 * it returns an index into this table of the offsets it has handed out.
	 */
	off_t *cookies;
	long ncookies;
	/* Holds many records, and always one of the longest name (19 + 256 bytes). */
	_Alignas(8) char buf[4096];
};

hidden DIR *__opendir(const char *path);
hidden DIR *__fdopendir(int fd);
hidden struct dirent *__readdir(DIR *d);
hidden int __closedir(DIR *d);
hidden long __dir_cookie(DIR *d, off_t off);
hidden int __dir_offset(DIR *d, long cookie, off_t *off);

#endif
