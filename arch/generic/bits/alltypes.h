/*
 * The basic POSIX types, derived from the compiler's own description of the
 * target so that they are right on any Linux architecture: file offsets and
 * times are 64-bit everywhere, as on every current Linux ABI.
 */
#ifndef _BITS_ALLTYPES_H
#define _BITS_ALLTYPES_H

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ssize_t;
typedef __INT64_TYPE__ off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int id_t;
typedef unsigned int mode_t;
typedef __INT64_TYPE__ time_t;
typedef long suseconds_t;
typedef long clock_t;
typedef int clockid_t;
typedef __UINT64_TYPE__ dev_t;
typedef __UINT64_TYPE__ ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef __INT64_TYPE__ blkcnt_t;
typedef __INT64_TYPE__ off64_t;
typedef unsigned int useconds_t;

#endif
