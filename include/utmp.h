#ifndef _UTMP_H
#define _UTMP_H

#include <features.h>

/* Only login_tty: trapdoor keeps no login records. */
__TD_BEGIN_DECLS

int login_tty(int fd);

__TD_END_DECLS

#endif
