/* Argument checks shared by the mmap family. */
#ifndef TRAPDOOR_MMAN_H
#define TRAPDOOR_MMAN_H

#include <stdint.h>

/*
 * The smallest page any Linux arch uses.  A larger real page size is checked
 * by the kernel; this catches the misaligned offset without a syscall.
 */
#define MMAP_MIN_PAGE 4096

/* Lengths the kernel would round past the end of the address space. */
#define MMAP_LEN_TOO_BIG(len) ((len) >= PTRDIFF_MAX)

#endif
