/*
 * Socket types and options on mips: SOCK_STREAM and SOCK_DGRAM swapped,
 * SOL_SOCKET 0xffff and its own option numbers.
 */
#define SOCK_STREAM    2
#define SOCK_DGRAM     1
#define SOCK_NONBLOCK  0200
#define SOCK_CLOEXEC   02000000

#define SOL_SOCKET     65535

#define SO_DEBUG     1
#define SO_REUSEADDR 4
#define SO_TYPE      4104
#define SO_ERROR     4103
#define SO_DONTROUTE 16
#define SO_BROADCAST 32
#define SO_SNDBUF    4097
#define SO_RCVBUF    4098
#define SO_KEEPALIVE 8
#define SO_OOBINLINE 256
#define SO_NO_CHECK  11
#define SO_PRIORITY  12
#define SO_LINGER    128
#define SO_BSDCOMPAT 14
#define SO_REUSEPORT 512
#define SO_PASSCRED  17
#define SO_PEERCRED  18
#define SO_RCVLOWAT  4100
#define SO_SNDLOWAT  4099
#define SO_BINDTODEVICE 25
#define SO_ATTACH_FILTER 26
#define SO_DETACH_FILTER 27
#define SO_PEERNAME  28
#define SO_ACCEPTCONN 4105
#define SO_SNDBUFFORCE 31
#define SO_RCVBUFFORCE 33
#define SO_MARK      36
#define SO_PROTOCOL  4136
#define SO_DOMAIN    4137
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
#define SO_PEERSEC   30
#define SO_PASSSEC   34

/*
 * On 32-bit arches setsockopt and getsockopt convert SO_RCVTIMEO and
 * SO_SNDTIMEO to the kernel's 64-bit-time forms (socket_impl.h); SO_TIMESTAMP*
 * control messages come in the old 32-bit form there.
 */
#define SO_RCVTIMEO  4102
#define SO_SNDTIMEO  4101
#define SO_TIMESTAMP 29
#define SO_TIMESTAMPNS 35
#define SO_TIMESTAMPING 37
