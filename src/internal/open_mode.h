#ifndef TRAPDOOR_OPEN_MODE_H
#define TRAPDOOR_OPEN_MODE_H

#include <fcntl.h>

/* open and openat take a mode argument only when the file may be created. */
#define OPEN_TAKES_MODE(flags) (((flags) & O_CREAT) || ((flags) & O_TMPFILE) == O_TMPFILE)

#endif
