#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <features.h>
#include <stdint.h>
#include <sys/socket.h>

typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

struct in_addr {
	in_addr_t s_addr;
};

struct in6_addr {
	union {
		uint8_t __s6_addr[16];
		uint16_t __s6_addr16[8];
		uint32_t __s6_addr32[4];
	} __in6_union;
};
#define s6_addr __in6_union.__s6_addr
#ifdef __TD_MISC
#define s6_addr16 __in6_union.__s6_addr16
#define s6_addr32 __in6_union.__s6_addr32
#endif

struct sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

struct sockaddr_in6 {
	sa_family_t sin6_family;
	in_port_t sin6_port;
	uint32_t sin6_flowinfo;
	struct in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	unsigned int ipv6mr_interface;
};

struct ip_mreq {
	struct in_addr imr_multiaddr;
	struct in_addr imr_interface;
};

struct ip_mreqn {
	struct in_addr imr_multiaddr;
	struct in_addr imr_address;
	int imr_ifindex;
};

#define INET_ADDRSTRLEN  16
#define INET6_ADDRSTRLEN 46

/* Host-order address constants; use them through htonl. */
#define INADDR_ANY       ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE      ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK  ((in_addr_t)0x7f000001)
#define INADDR_UNSPEC_GROUP    ((in_addr_t)0xe0000000)
#define INADDR_ALLHOSTS_GROUP  ((in_addr_t)0xe0000001)
#define INADDR_ALLRTRS_GROUP   ((in_addr_t)0xe0000002)
#define INADDR_MAX_LOCAL_GROUP ((in_addr_t)0xe00000ff)

#define IN6ADDR_ANY_INIT      { { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 } } }
#define IN6ADDR_LOOPBACK_INIT { { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 } } }
extern const struct in6_addr in6addr_any, in6addr_loopback;

#define IPPROTO_IP       0
#define IPPROTO_HOPOPTS  0
#define IPPROTO_ICMP     1
#define IPPROTO_IGMP     2
#define IPPROTO_IPIP     4
#define IPPROTO_TCP      6
#define IPPROTO_EGP      8
#define IPPROTO_PUP      12
#define IPPROTO_UDP      17
#define IPPROTO_IDP      22
#define IPPROTO_TP       29
#define IPPROTO_DCCP     33
#define IPPROTO_IPV6     41
#define IPPROTO_ROUTING  43
#define IPPROTO_FRAGMENT 44
#define IPPROTO_RSVP     46
#define IPPROTO_GRE      47
#define IPPROTO_ESP      50
#define IPPROTO_AH       51
#define IPPROTO_ICMPV6   58
#define IPPROTO_NONE     59
#define IPPROTO_DSTOPTS  60
#define IPPROTO_MTP      92
#define IPPROTO_ENCAP    98
#define IPPROTO_PIM      103
#define IPPROTO_COMP     108
#define IPPROTO_SCTP     132
#define IPPROTO_UDPLITE  136
#define IPPROTO_MPLS     137
#define IPPROTO_RAW      255
#define IPPROTO_MAX      256

#define IP_TOS              1
#define IP_TTL              2
#define IP_HDRINCL          3
#define IP_OPTIONS          4
#define IP_RECVOPTS         6
#define IP_RETOPTS          7
#define IP_PKTINFO          8
#define IP_MTU_DISCOVER     10
#define IP_RECVERR          11
#define IP_RECVTTL          12
#define IP_RECVTOS          13
#define IP_MTU              14
#define IP_FREEBIND         15
#define IP_TRANSPARENT      19
#define IP_BIND_ADDRESS_NO_PORT 24
#define IP_MULTICAST_IF     32
#define IP_MULTICAST_TTL    33
#define IP_MULTICAST_LOOP   34
#define IP_ADD_MEMBERSHIP   35
#define IP_DROP_MEMBERSHIP  36

#define IPV6_ADDRFORM        1
#define IPV6_2292PKTINFO     2
#define IPV6_CHECKSUM        7
#define IPV6_NEXTHOP         9
#define IPV6_UNICAST_HOPS    16
#define IPV6_MULTICAST_IF    17
#define IPV6_MULTICAST_HOPS  18
#define IPV6_MULTICAST_LOOP  19
#define IPV6_JOIN_GROUP      20
#define IPV6_LEAVE_GROUP     21
#define IPV6_ROUTER_ALERT    22
#define IPV6_MTU_DISCOVER    23
#define IPV6_MTU             24
#define IPV6_RECVERR         25
#define IPV6_V6ONLY          26
#define IPV6_RECVPKTINFO     49
#define IPV6_PKTINFO         50
#define IPV6_RECVHOPLIMIT    51
#define IPV6_HOPLIMIT        52
#define IPV6_TCLASS          67
#define IPV6_ADD_MEMBERSHIP  IPV6_JOIN_GROUP
#define IPV6_DROP_MEMBERSHIP IPV6_LEAVE_GROUP

#define IN_CLASSA(a) (((in_addr_t)(a) & 0x80000000) == 0)
#define IN_CLASSB(a) (((in_addr_t)(a) & 0xc0000000) == 0x80000000)
#define IN_CLASSC(a) (((in_addr_t)(a) & 0xe0000000) == 0xc0000000)
#define IN_MULTICAST(a) (((in_addr_t)(a) & 0xf0000000) == 0xe0000000)
#define IN_LOOPBACKNET 127

#define IN6_IS_ADDR_UNSPECIFIED(a) \
	((a)->__in6_union.__s6_addr32[0] == 0 && (a)->__in6_union.__s6_addr32[1] == 0 && \
	 (a)->__in6_union.__s6_addr32[2] == 0 && (a)->__in6_union.__s6_addr32[3] == 0)
#define IN6_IS_ADDR_LOOPBACK(a) \
	((a)->__in6_union.__s6_addr32[0] == 0 && (a)->__in6_union.__s6_addr32[1] == 0 && \
	 (a)->__in6_union.__s6_addr32[2] == 0 && (a)->s6_addr[12] == 0 && (a)->s6_addr[13] == 0 && \
	 (a)->s6_addr[14] == 0 && (a)->s6_addr[15] == 1)
#define IN6_IS_ADDR_MULTICAST(a) ((a)->s6_addr[0] == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) ((a)->s6_addr[0] == 0xfe && ((a)->s6_addr[1] & 0xc0) == 0x80)
#define IN6_IS_ADDR_SITELOCAL(a) ((a)->s6_addr[0] == 0xfe && ((a)->s6_addr[1] & 0xc0) == 0xc0)
#define IN6_IS_ADDR_V4MAPPED(a) \
	((a)->__in6_union.__s6_addr32[0] == 0 && (a)->__in6_union.__s6_addr32[1] == 0 && \
	 (a)->s6_addr[8] == 0 && (a)->s6_addr[9] == 0 && (a)->s6_addr[10] == 0xff && \
	 (a)->s6_addr[11] == 0xff)
#define IN6_IS_ADDR_V4COMPAT(a) \
	((a)->__in6_union.__s6_addr32[0] == 0 && (a)->__in6_union.__s6_addr32[1] == 0 && \
	 (a)->__in6_union.__s6_addr32[2] == 0 && (a)->s6_addr[15] > 1)
#define IN6_ARE_ADDR_EQUAL(a, b) (__builtin_memcmp((a), (b), sizeof(struct in6_addr)) == 0)

__TD_BEGIN_DECLS

uint32_t htonl(uint32_t v);
uint16_t htons(uint16_t v);
uint32_t ntohl(uint32_t v);
uint16_t ntohs(uint16_t v);

__TD_END_DECLS

/* The functions exist for a program that takes their address; calls go inline. */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define htonl(v) ((uint32_t)(v))
#define htons(v) ((uint16_t)(v))
#else
#define htonl(v) __builtin_bswap32(v)
#define htons(v) __builtin_bswap16(v)
#endif
#define ntohl(v) htonl(v)
#define ntohs(v) htons(v)

#endif
