#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

#define GRND_NONBLOCK 1
#define GRND_RANDOM   2
#define GRND_INSECURE 4

__TD_BEGIN_DECLS

ssize_t getrandom(void *buf, size_t len, unsigned int flags);
int getentropy(void *buf, size_t len);

__TD_END_DECLS

#endif
