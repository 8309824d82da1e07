/* posix_fadvise advice; s390x numbers the last two 6 and 7. */
#ifndef _BITS_FADVISE_H
#define _BITS_FADVISE_H

#define POSIX_FADV_NORMAL     0
#define POSIX_FADV_RANDOM     1
#define POSIX_FADV_SEQUENTIAL 2
#define POSIX_FADV_WILLNEED   3
#define POSIX_FADV_DONTNEED   4
#define POSIX_FADV_NOREUSE    5

#endif
