#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <features.h>

#ifndef __DEFINED_sa_family_t
#define __DEFINED_sa_family_t
typedef unsigned short sa_family_t;
#endif

struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[108];
};

#ifdef __TD_GNU
/* The length of an address whose path is a string (not an abstract name). */
#define SUN_LEN(a) (__builtin_offsetof(struct sockaddr_un, sun_path) + __builtin_strlen((a)->sun_path))
#endif

#endif
