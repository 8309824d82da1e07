#ifndef _NETINET_IP_H
#define _NETINET_IP_H

#include <features.h>
#include <stdint.h>
#include <netinet/in.h>

/*
 * The IPv4 header.  The version and header length share the first byte,
 * whose halves bit-fields would order by the target's endianness.
 */
struct iphdr {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	unsigned int version : 4;
	unsigned int ihl : 4;
#else
	unsigned int ihl : 4;
	unsigned int version : 4;
#endif
	uint8_t tos;
	uint16_t tot_len;
	uint16_t id;
	uint16_t frag_off;
	uint8_t ttl;
	uint8_t protocol;
	uint16_t check;
	uint32_t saddr;
	uint32_t daddr;
};

#define IPVERSION  4
#define IP_MAXPACKET 65535

#define IPTOS_TOS_MASK    0x1e
#define IPTOS_LOWDELAY    0x10
#define IPTOS_THROUGHPUT  0x08
#define IPTOS_RELIABILITY 0x04
#define IPTOS_MINCOST     0x02

#define IP_RF      0x8000
#define IP_DF      0x4000
#define IP_MF      0x2000
#define IP_OFFMASK 0x1fff

#endif
