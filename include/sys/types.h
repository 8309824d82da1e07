#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

/* Also in <stdint.h>: C99 forbids a second typedef of the same name. */
#ifndef __TD_INTN_T
#define __TD_INTN_T
typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
#endif

#ifdef __TD_MISC
/* The BSD and System V spellings that older programs still use. */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef __UINT8_TYPE__ u_int8_t;
typedef __UINT16_TYPE__ u_int16_t;
typedef __UINT32_TYPE__ u_int32_t;
typedef __UINT64_TYPE__ u_int64_t;
typedef long long quad_t;
typedef unsigned long long u_quad_t;
typedef char *caddr_t;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
#endif

#endif
