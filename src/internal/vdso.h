/*
 * The kernel's vDSO: an ELF image the kernel maps into every process and
 * names in the auxiliary vector (AT_SYSINFO_EHDR).  Only what a symbol
 * lookup needs of the ELF format is here.
 */
#ifndef TRAPDOOR_VDSO_H
#define TRAPDOOR_VDSO_H

#include <stdint.h>
#include "libc.h"

#if __has_include("vdso_arch.h")
#include "vdso_arch.h"
#endif

#define PT_LOAD      1
#define PT_DYNAMIC   2
#define DT_NULL      0
#define DT_HASH      4
#define DT_STRTAB    5
#define DT_SYMTAB    6
#define DT_STRSZ     10
#define DT_GNU_HASH  0x6ffffef5
#define DT_VERSYM    0x6ffffff0
#define DT_VERDEF    0x6ffffffc
#define STT_FUNC     2
#define STB_GLOBAL   1
#define STB_WEAK     2
#define VER_FLG_BASE 1

/* The ELF header, symbols and dynamic entries of the target's own class (ELF64 or ELF32). */
typedef struct {
	unsigned char e_ident[16];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	uintptr_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Ehdr;

#if __SIZEOF_POINTER__ == 8
typedef struct {
	uint32_t st_name;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
	uint64_t st_value, st_size;
} Sym;
#else
typedef struct {
	uint32_t st_name, st_value, st_size;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
} Sym;
#endif

typedef struct {
	intptr_t d_tag;
	uintptr_t d_val;
} Dyn;

typedef struct {
	uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
	uint32_t vd_hash, vd_aux, vd_next;
} Verdef;

typedef struct {
	uint32_t vda_name, vda_next;
} Verdaux;

/* The address of the vDSO's function name of version ver, or 0 when there is none. */
hidden void *__vdso_sym(const char *name, const char *ver);

#endif
