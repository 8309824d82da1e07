#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/socket.h>

#ifndef __DEFINED_socklen_t
#define __DEFINED_socklen_t
typedef unsigned int socklen_t;
#endif
#ifndef __DEFINED_sa_family_t
#define __DEFINED_sa_family_t
typedef unsigned short sa_family_t;
#endif
#ifndef __DEFINED_struct_iovec
#define __DEFINED_struct_iovec
struct iovec {
	void *iov_base;
	size_t iov_len;
};
#endif

struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/* Large and aligned enough for any address family's sockaddr. */
struct sockaddr_storage {
	sa_family_t ss_family;
	char __ss_padding[128 - sizeof(long) - sizeof(sa_family_t)];
	unsigned long __ss_align;
};

/* The kernel's layout: the two lengths are size_t, as in glibc. */
struct msghdr {
	void *msg_name;
	socklen_t msg_namelen;
	struct iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;
	size_t msg_controllen;
	int msg_flags;
};

struct cmsghdr {
	size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

struct linger {
	int l_onoff;
	int l_linger;
};

#ifdef __TD_GNU
struct mmsghdr {
	struct msghdr msg_hdr;
	unsigned int msg_len;
};

struct ucred {
	pid_t pid;
	uid_t uid;
	gid_t gid;
};
#endif

/*
 * Control messages: each header is followed by its data, both aligned to
 * size_t.  CMSG_NXTHDR gives a null pointer rather than a header that would
 * run past msg_controllen or one whose cmsg_len is too short to step over.
 */
#define CMSG_ALIGN(len) (((len) + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1))
#define CMSG_SPACE(len) (CMSG_ALIGN(len) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_DATA(c) ((unsigned char *)(c) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_FIRSTHDR(m) \
	((m)->msg_controllen >= sizeof(struct cmsghdr) ? (struct cmsghdr *)(m)->msg_control \
						       : (struct cmsghdr *)0)
#define __CMSG_END(m) ((unsigned char *)(m)->msg_control + (m)->msg_controllen)
#define CMSG_NXTHDR(m, c) \
	((c)->cmsg_len < sizeof(struct cmsghdr) || \
			 CMSG_ALIGN((c)->cmsg_len) + sizeof(struct cmsghdr) > \
				 (size_t)(__CMSG_END(m) - (unsigned char *)(c)) \
		 ? (struct cmsghdr *)0 \
		 : (struct cmsghdr *)((unsigned char *)(c) + CMSG_ALIGN((c)->cmsg_len)))

#define SCM_RIGHTS      1
#define SCM_CREDENTIALS 2

#define SOCK_RAW       3
#define SOCK_RDM       4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP      6
#define SOCK_PACKET    10

#define AF_UNSPEC    0
#define AF_UNIX      1
#define AF_LOCAL     AF_UNIX
#define AF_INET      2
#define AF_INET6     10
#define AF_NETLINK   16
#define AF_PACKET    17
#define AF_VSOCK     40
#define PF_UNSPEC    AF_UNSPEC
#define PF_UNIX      AF_UNIX
#define PF_LOCAL     AF_LOCAL
#define PF_INET      AF_INET
#define PF_INET6     AF_INET6
#define PF_NETLINK   AF_NETLINK
#define PF_PACKET    AF_PACKET
#define PF_VSOCK     AF_VSOCK

#define MSG_OOB          0x1
#define MSG_PEEK         0x2
#define MSG_DONTROUTE    0x4
#define MSG_CTRUNC       0x8
#define MSG_PROXY        0x10
#define MSG_TRUNC        0x20
#define MSG_DONTWAIT     0x40
#define MSG_EOR          0x80
#define MSG_WAITALL      0x100
#define MSG_FIN          0x200
#define MSG_SYN          0x400
#define MSG_CONFIRM      0x800
#define MSG_RST          0x1000
#define MSG_ERRQUEUE     0x2000
#define MSG_NOSIGNAL     0x4000
#define MSG_MORE         0x8000
#define MSG_WAITFORONE   0x10000
#define MSG_BATCH        0x40000
#define MSG_ZEROCOPY     0x4000000
#define MSG_FASTOPEN     0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

#define SHUT_RD   0
#define SHUT_WR   1
#define SHUT_RDWR 2

#define SOMAXCONN 4096

#define SOL_IP     0
#define SOL_TCP    6
#define SOL_UDP    17
#define SOL_IPV6   41
#define SOL_RAW    255
#define SOL_PACKET 263

__TD_BEGIN_DECLS

int socket(int domain, int type, int protocol);
int socketpair(int domain, int type, int protocol, int sv[2]);
int bind(int fd, const struct sockaddr *addr, socklen_t len);
int listen(int fd, int backlog);
int accept(int fd, struct sockaddr *__restrict_arg addr, socklen_t *__restrict_arg len);
int connect(int fd, const struct sockaddr *addr, socklen_t len);
int shutdown(int fd, int how);
ssize_t send(int fd, const void *buf, size_t len, int flags);
ssize_t recv(int fd, void *buf, size_t len, int flags);
ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *addr,
	       socklen_t alen);
ssize_t recvfrom(int fd, void *__restrict_arg buf, size_t len, int flags,
		 struct sockaddr *__restrict_arg addr, socklen_t *__restrict_arg alen);
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags);
ssize_t recvmsg(int fd, struct msghdr *msg, int flags);
int getsockopt(int fd, int level, int name, void *__restrict_arg val,
	       socklen_t *__restrict_arg len);
int setsockopt(int fd, int level, int name, const void *val, socklen_t len);
int getsockname(int fd, struct sockaddr *__restrict_arg addr, socklen_t *__restrict_arg len);
int getpeername(int fd, struct sockaddr *__restrict_arg addr, socklen_t *__restrict_arg len);
int sockatmark(int fd);
#ifdef __TD_GNU
struct timespec;
int accept4(int fd, struct sockaddr *__restrict_arg addr, socklen_t *__restrict_arg len,
	    int flags);
int sendmmsg(int fd, struct mmsghdr *msgs, unsigned int n, int flags);
int recvmmsg(int fd, struct mmsghdr *msgs, unsigned int n, int flags, struct timespec *timeout);
#endif

__TD_END_DECLS

#endif
