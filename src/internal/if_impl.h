#ifndef TRAPDOOR_IF_IMPL_H
#define TRAPDOOR_IF_IMPL_H

#define _DEFAULT_SOURCE 1
#include <net/if.h>
#include "libc.h"

hidden unsigned int __if_nametoindex(const char *name);

#endif
