/*
 * The kernel's struct rusage: two timevals of two longs, then fourteen
 * longs.  Where time_t is wider than long (32-bit arches, whose time_t is
 * 64-bit here) that is not our struct rusage, and getrusage and wait4 read
 * the kernel's into this and convert; elsewhere the kernel writes ours.
 */
#ifndef TRAPDOOR_RUSAGE_H
#define TRAPDOOR_RUSAGE_H

#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>

#define KERNEL_RUSAGE_DIFFERS (sizeof(time_t) > sizeof(long))

struct k_rusage {
	long utime_sec, utime_usec;
	long stime_sec, stime_usec;
	long rest[14];  /* ru_maxrss .. ru_nivcsw, longs in both */
};

/* Where the kernel should write: ours, or k when it has to be converted. */
static inline void *__rusage_buffer(struct rusage *ru, struct k_rusage *k)
{
	return ru && KERNEL_RUSAGE_DIFFERS ? (void *)k : (void *)ru;
}

/* After a successful call: convert k into ru if __rusage_buffer chose k. */
static inline void __rusage_convert(struct rusage *ru, const struct k_rusage *k)
{
	if (!ru || !KERNEL_RUSAGE_DIFFERS)
		return;
	ru->ru_utime = (struct timeval){ k->utime_sec, k->utime_usec };
	ru->ru_stime = (struct timeval){ k->stime_sec, k->stime_usec };
	memcpy(&ru->ru_maxrss, k->rest, sizeof k->rest);
}

#endif
