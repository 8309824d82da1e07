#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

/* SYS_name and __NR_name, generated from arch/<arch>/syscall.tbl. */
#include <bits/syscall.h>

#endif
