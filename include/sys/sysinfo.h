#ifndef _SYS_SYSINFO_H
#define _SYS_SYSINFO_H

#include <features.h>

/*
 * The kernel's struct sysinfo: the memory figures are in units of mem_unit
 * bytes, and _f pads the structure to 64 bytes where long is 32-bit.
 */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
	char _f[20 - 2 * sizeof(long) - sizeof(int) > 0 ? 20 - 2 * sizeof(long) - sizeof(int) : 1];
};

#define SI_LOAD_SHIFT 16

__TD_BEGIN_DECLS

int sysinfo(struct sysinfo *info);
/* From sysconf: the CPUs this process may run on (both), memory in pages. */
int get_nprocs(void);
int get_nprocs_conf(void);
long get_phys_pages(void);
long get_avphys_pages(void);

__TD_END_DECLS

#endif
