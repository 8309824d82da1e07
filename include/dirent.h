#ifndef _DIRENT_H
#define _DIRENT_H

#include <features.h>
#include <bits/alltypes.h>

typedef struct __dirstream DIR;

/* The kernel's linux_dirent64: readdir returns records in place. */
struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};

#define _DIRENT_HAVE_D_RECLEN
#define _DIRENT_HAVE_D_OFF
#define _DIRENT_HAVE_D_TYPE

#if defined(__TD_MISC) || defined(__TD_XOPEN)
#define DT_UNKNOWN 0
#define DT_FIFO    1
#define DT_CHR     2
#define DT_DIR     4
#define DT_BLK     6
#define DT_REG     8
#define DT_LNK     10
#define DT_SOCK    12
#define DT_WHT     14
#define IFTODT(mode)    (((mode) & 0170000) >> 12)
#define DTTOIF(dirtype) ((dirtype) << 12)
#endif

__TD_BEGIN_DECLS

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int readdir_r(DIR *__restrict_arg d, struct dirent *__restrict_arg entry, struct dirent **__restrict_arg result);
int closedir(DIR *d);
void rewinddir(DIR *d);
void seekdir(DIR *d, long loc);
long telldir(DIR *d);
int dirfd(DIR *d);
int scandir(const char *path, struct dirent ***list, int (*filter)(const struct dirent *),
	    int (*compar)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **a, const struct dirent **b);
#ifdef __TD_GNU
int versionsort(const struct dirent **a, const struct dirent **b);
#endif

__TD_END_DECLS

#endif
