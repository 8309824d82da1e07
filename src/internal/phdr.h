/* An ELF program header of the target's own class, as AT_PHDR points at them. */
#ifndef TRAPDOOR_PHDR_H
#define TRAPDOOR_PHDR_H

#include <stdint.h>

#define PT_PHDR 6
#define PT_TLS 7

/* ELF64 moves p_flags up beside p_type so that the 64-bit fields stay aligned. */
#if __SIZEOF_POINTER__ == 8
typedef struct {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} Phdr;
#else
typedef struct {
	uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align;
} Phdr;
#endif

#endif
