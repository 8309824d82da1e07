#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <features.h>
#include <bits/ioctl.h>
#include <bits/ioc.h>

/* Request numbers from direction, type, number and argument size (the kernel's encoding). */
#define _IOC_NRBITS   8
#define _IOC_TYPEBITS 8
#define _IOC_NRSHIFT   0
#define _IOC_TYPESHIFT (_IOC_NRSHIFT + _IOC_NRBITS)
#define _IOC_SIZESHIFT (_IOC_TYPESHIFT + _IOC_TYPEBITS)
#define _IOC_DIRSHIFT  (_IOC_SIZESHIFT + _IOC_SIZEBITS)
#define _IOC_NRMASK   ((1U << _IOC_NRBITS) - 1)
#define _IOC_TYPEMASK ((1U << _IOC_TYPEBITS) - 1)
#define _IOC_SIZEMASK ((1U << _IOC_SIZEBITS) - 1)
#define _IOC_DIRMASK  ((1U << _IOC_DIRBITS) - 1)
#define _IOC(dir, type, nr, size) \
	((unsigned)(((dir) << _IOC_DIRSHIFT) | ((type) << _IOC_TYPESHIFT) | ((nr) << _IOC_NRSHIFT) | \
		    ((size) << _IOC_SIZESHIFT)))
#define _IO(type, nr)        _IOC(_IOC_NONE, (type), (nr), 0)
#define _IOR(type, nr, t)    _IOC(_IOC_READ, (type), (nr), sizeof(t))
#define _IOW(type, nr, t)    _IOC(_IOC_WRITE, (type), (nr), sizeof(t))
#define _IOWR(type, nr, t)   _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), sizeof(t))
#define _IOC_DIR(n)  (((n) >> _IOC_DIRSHIFT) & _IOC_DIRMASK)
#define _IOC_TYPE(n) (((n) >> _IOC_TYPESHIFT) & _IOC_TYPEMASK)
#define _IOC_NR(n)   (((n) >> _IOC_NRSHIFT) & _IOC_NRMASK)
#define _IOC_SIZE(n) (((n) >> _IOC_SIZESHIFT) & _IOC_SIZEMASK)

#define TIOCM_CD TIOCM_CAR
#define TIOCM_RI TIOCM_RNG

/* Packet-mode status bytes (TIOCPKT). */
#define TIOCPKT_DATA       0
#define TIOCPKT_FLUSHREAD  1
#define TIOCPKT_FLUSHWRITE 2
#define TIOCPKT_STOP       4
#define TIOCPKT_START      8
#define TIOCPKT_NOSTOP     16
#define TIOCPKT_DOSTOP     32
#define TIOCPKT_IOCTL      64

#define TIOCSER_TEMT 1

/* Line disciplines (TIOCSETD), the kernel's numbers. */
#define N_TTY          0
#define N_SLIP         1
#define N_MOUSE        2
#define N_PPP          3
#define N_STRIP        4
#define N_AX25         5
#define N_X25          6
#define N_6PACK        7
#define N_MASC         8
#define N_R3964        9
#define N_PROFIBUS_FDL 10
#define N_IRDA         11
#define N_SMSBLOCK     12
#define N_HDLC         13
#define N_SYNC_PPP     14
#define N_HCI          15

/* Interface and routing requests on a socket: the same on every arch. */
#define SIOCADDRT          0x890B
#define SIOCDELRT          0x890C
#define SIOCRTMSG          0x890D
#define SIOCGIFNAME        0x8910
#define SIOCSIFLINK        0x8911
#define SIOCGIFCONF        0x8912
#define SIOCGIFFLAGS       0x8913
#define SIOCSIFFLAGS       0x8914
#define SIOCGIFADDR        0x8915
#define SIOCSIFADDR        0x8916
#define SIOCGIFDSTADDR     0x8917
#define SIOCSIFDSTADDR     0x8918
#define SIOCGIFBRDADDR     0x8919
#define SIOCSIFBRDADDR     0x891a
#define SIOCGIFNETMASK     0x891b
#define SIOCSIFNETMASK     0x891c
#define SIOCGIFMETRIC      0x891d
#define SIOCSIFMETRIC      0x891e
#define SIOCGIFMEM         0x891f
#define SIOCSIFMEM         0x8920
#define SIOCGIFMTU         0x8921
#define SIOCSIFMTU         0x8922
#define SIOCSIFNAME        0x8923
#define SIOCGIFENCAP       0x8925
#define SIOCSIFENCAP       0x8926
#define SIOCGIFHWADDR      0x8927
#define SIOCGIFSLAVE       0x8929
#define SIOCSIFSLAVE       0x8930
#define SIOCADDMULTI       0x8931
#define SIOCDELMULTI       0x8932
#define SIOCGIFINDEX       0x8933
#define SIOCSIFPFLAGS      0x8934
#define SIOCGIFPFLAGS      0x8935
#define SIOCDIFADDR        0x8936
#define SIOCGIFCOUNT       0x8938
#define SIOCGIFBR          0x8940
#define SIOCSIFBR          0x8941
#define SIOCGIFTXQLEN      0x8942
#define SIOCSIFTXQLEN      0x8943
#define SIOCGIFMAP         0x8970
#define SIOCSIFMAP         0x8971
#define SIOCGIFVLAN        0x8982
#define SIOCSIFVLAN        0x8983
#define SIOCBRADDIF        0x89a2
#define SIOCBRDELIF        0x89a3

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

__TD_BEGIN_DECLS

int ioctl(int fd, unsigned long request, ...);

__TD_END_DECLS

#endif
