/* Argument checks shared by the mmap family, and its reserved names. */
#ifndef TRAPDOOR_MMAN_H
#define TRAPDOOR_MMAN_H

#include <stdint.h>
#include <sys/mman.h>
#include "libc.h"

/*
 * The smallest page any Linux arch uses.  A larger real page size is checked
 * by the kernel; this catches the misaligned offset without a syscall.
 */
#define MMAP_MIN_PAGE 4096

/* mmap2's offset unit, 4096 bytes on every arch that has the call. */
#define MMAP2_UNIT 4096

/* Lengths the kernel would round past the end of the address space. */
#define MMAP_LEN_TOO_BIG(len) ((len) >= PTRDIFF_MAX)

/* Reserved names of the <sys/mman.h> functions the library calls itself. */
hidden void *__mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset);
hidden int __munmap(void *addr, size_t len);
hidden int __mprotect(void *addr, size_t len, int prot);
hidden void *__mremap(void *old_addr, size_t old_len, size_t new_len, int flags, ...);
hidden int __madvise(void *addr, size_t len, int advice);
hidden int __mincore(void *addr, size_t len, unsigned char *vec);

#endif
