#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H

#include <features.h>
#include <bits/alltypes.h>

__TD_BEGIN_DECLS

ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count);

__TD_END_DECLS

#endif
