#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>
#include <bits/mman.h>

#define MAP_FAILED ((void *)-1)

#define PROT_NONE      0
#define PROT_READ      1
#define PROT_WRITE     2
#define PROT_EXEC      4
#define PROT_GROWSDOWN 0x01000000
#define PROT_GROWSUP   0x02000000

#define MREMAP_MAYMOVE   1
#define MREMAP_FIXED     2
#define MREMAP_DONTUNMAP 4

#define MADV_NORMAL     0
#define MADV_RANDOM     1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED   3
#define MADV_DONTNEED   4
#define MADV_FREE       8
#define MADV_REMOVE     9
#define MADV_DONTFORK   10
#define MADV_DOFORK     11
#define MADV_MERGEABLE  12
#define MADV_UNMERGEABLE 13
#define MADV_HUGEPAGE   14
#define MADV_NOHUGEPAGE 15
#define MADV_DONTDUMP   16
#define MADV_DODUMP     17
#define MADV_WIPEONFORK 18
#define MADV_KEEPONFORK 19
#define MADV_COLD       20
#define MADV_PAGEOUT    21

#define MS_ASYNC      1
#define MS_INVALIDATE 2
#define MS_SYNC       4

__TD_BEGIN_DECLS

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);
void *mremap(void *old_addr, size_t old_len, size_t new_len, int flags, ...);
int madvise(void *addr, size_t len, int advice);
#ifdef __TD_MISC
int mincore(void *addr, size_t len, unsigned char *vec);
#endif

__TD_END_DECLS

#endif
