#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

/*
 * glibc's 64-bit dev_t encoding: minor bits 0-7 and 20-43, major bits 8-19
 * and 44-63; the kernel's 32-bit numbers are its low word.
 */
#define major(d) ((unsigned int)((((d) >> 32) & 0xfffff000u) | (((d) >> 8) & 0xfffu)))
#define minor(d) ((unsigned int)((((d) >> 12) & 0xffffff00u) | ((d) & 0xffu)))
#define makedev(x, y) \
	((((__UINT64_TYPE__)(x) & 0xfffff000u) << 32) | (((__UINT64_TYPE__)(x) & 0xfffu) << 8) | \
	 (((__UINT64_TYPE__)(y) & 0xffffff00u) << 12) | ((__UINT64_TYPE__)(y) & 0xffu))

#endif
