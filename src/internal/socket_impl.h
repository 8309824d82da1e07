/*
 * SO_RCVTIMEO and SO_SNDTIMEO on 32-bit arches: struct timeval has a 64-bit
 * tv_sec there, which the kernel reads only through the _NEW options (Linux
 * 5.1, the same numbers on every arch) as two 64-bit words; older kernels
 * take two longs under the old numbers.  This is the one place the value is
 * converted.
 */
#ifndef TRAPDOOR_SOCKET_IMPL_H
#define TRAPDOOR_SOCKET_IMPL_H

#include <sys/socket.h>
#include <sys/time.h>

#define KSO_RCVTIMEO_NEW 66
#define KSO_SNDTIMEO_NEW 67

/* True when optname at level needs the conversion on this arch. */
#define SOCKOPT_TIME32(level, name) \
	(sizeof(long) < sizeof(time_t) && (level) == SOL_SOCKET && \
	 ((name) == SO_RCVTIMEO || (name) == SO_SNDTIMEO))

#define SOCKOPT_NEW(name) ((name) == SO_RCVTIMEO ? KSO_RCVTIMEO_NEW : KSO_SNDTIMEO_NEW)

#endif
