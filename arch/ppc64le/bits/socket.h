/*
 * Socket types and options on powerpc: its own numbers for the low-water
 * marks, the timeouts and the credentials.
 */
#define SOCK_STREAM    1
#define SOCK_DGRAM     2
#define SOCK_NONBLOCK  04000
#define SOCK_CLOEXEC   02000000

#define SOL_SOCKET     1

#define SO_DEBUG     1
#define SO_REUSEADDR 2
#define SO_TYPE      3
#define SO_ERROR     4
#define SO_DONTROUTE 5
#define SO_BROADCAST 6
#define SO_SNDBUF    7
#define SO_RCVBUF    8
#define SO_KEEPALIVE 9
#define SO_OOBINLINE 10
#define SO_NO_CHECK  11
#define SO_PRIORITY  12
#define SO_LINGER    13
#define SO_BSDCOMPAT 14
#define SO_REUSEPORT 15
#define SO_RCVLOWAT  16
#define SO_SNDLOWAT  17
#define SO_PASSCRED  20
#define SO_PEERCRED  21
#define SO_BINDTODEVICE 25
#define SO_ATTACH_FILTER 26
#define SO_DETACH_FILTER 27
#define SO_PEERNAME  28
#define SO_ACCEPTCONN 30
#define SO_SNDBUFFORCE 32
#define SO_RCVBUFFORCE 33
#define SO_MARK      36
#define SO_PROTOCOL  38
#define SO_DOMAIN    39
#define SO_RXQ_OVFL  40
#define SO_WIFI_STATUS 41
#define SO_PEEK_OFF  42
#define SO_NOFCS     43
#define SO_LOCK_FILTER 44
#define SO_SELECT_ERR_QUEUE 45
#define SO_BUSY_POLL 46
#define SO_MAX_PACING_RATE 47
#define SO_BPF_EXTENSIONS 48
#define SO_INCOMING_CPU 49
#define SO_ATTACH_BPF 50
#define SO_ATTACH_REUSEPORT_CBPF 51
#define SO_ATTACH_REUSEPORT_EBPF 52
#define SO_CNX_ADVICE 53
#define SO_MEMINFO   55
#define SO_INCOMING_NAPI_ID 56
#define SO_COOKIE    57
#define SO_PEERGROUPS 59
#define SO_ZEROCOPY  60
#define SO_TXTIME    61
#define SO_BINDTOIFINDEX 62
#define SO_DETACH_REUSEPORT_BPF 68
#define SO_PREFER_BUSY_POLL 69
#define SO_BUSY_POLL_BUDGET 70
#define SO_NETNS_COOKIE 71
#define SO_BUF_LOCK  72
#define SO_RESERVE_MEM 73
#define SO_TXREHASH  74
#define SO_RCVMARK   75
#define SO_PEERSEC   31
#define SO_PASSSEC   34

/*
 * On 32-bit arches setsockopt and getsockopt convert SO_RCVTIMEO and
 * SO_SNDTIMEO to the kernel's 64-bit-time forms (socket_impl.h); SO_TIMESTAMP*
 * control messages come in the old 32-bit form there.
 */
#define SO_RCVTIMEO  18
#define SO_SNDTIMEO  19
#define SO_TIMESTAMP 29
#define SO_TIMESTAMPNS 35
#define SO_TIMESTAMPING 37
