#include <asm/ioctls.h>
#include <asm/termios.h>
#include <asm/socket.h>
#include <asm/sockios.h>
#include <linux/sockios.h>
typedef int pid_t;
struct serial_rs485 { int x[8]; };
#define SOCK_DGRAM 1
#define SOCK_STREAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP 6
#define SOCK_PACKET 10
#define SOCK_NONBLOCK 0x80
#define SOCK_CLOEXEC 02000000
#ifdef VINTR
long long v_VINTR = (long long)(VINTR);
#else
long long u_VINTR = 1;
#endif
#ifdef VQUIT
long long v_VQUIT = (long long)(VQUIT);
#else
long long u_VQUIT = 1;
#endif
#ifdef VERASE
long long v_VERASE = (long long)(VERASE);
#else
long long u_VERASE = 1;
#endif
#ifdef VKILL
long long v_VKILL = (long long)(VKILL);
#else
long long u_VKILL = 1;
#endif
#ifdef VEOF
long long v_VEOF = (long long)(VEOF);
#else
long long u_VEOF = 1;
#endif
#ifdef VTIME
long long v_VTIME = (long long)(VTIME);
#else
long long u_VTIME = 1;
#endif
#ifdef VMIN
long long v_VMIN = (long long)(VMIN);
#else
long long u_VMIN = 1;
#endif
#ifdef VSTART
long long v_VSTART = (long long)(VSTART);
#else
long long u_VSTART = 1;
#endif
#ifdef VSTOP
long long v_VSTOP = (long long)(VSTOP);
#else
long long u_VSTOP = 1;
#endif
#ifdef VSUSP
long long v_VSUSP = (long long)(VSUSP);
#else
long long u_VSUSP = 1;
#endif
#ifdef VEOL
long long v_VEOL = (long long)(VEOL);
#else
long long u_VEOL = 1;
#endif
#ifdef IGNBRK
long long v_IGNBRK = (long long)(IGNBRK);
#else
long long u_IGNBRK = 1;
#endif
#ifdef BRKINT
long long v_BRKINT = (long long)(BRKINT);
#else
long long u_BRKINT = 1;
#endif
#ifdef IGNPAR
long long v_IGNPAR = (long long)(IGNPAR);
#else
long long u_IGNPAR = 1;
#endif
#ifdef PARMRK
long long v_PARMRK = (long long)(PARMRK);
#else
long long u_PARMRK = 1;
#endif
#ifdef INPCK
long long v_INPCK = (long long)(INPCK);
#else
long long u_INPCK = 1;
#endif
#ifdef ISTRIP
long long v_ISTRIP = (long long)(ISTRIP);
#else
long long u_ISTRIP = 1;
#endif
#ifdef INLCR
long long v_INLCR = (long long)(INLCR);
#else
long long u_INLCR = 1;
#endif
#ifdef IGNCR
long long v_IGNCR = (long long)(IGNCR);
#else
long long u_IGNCR = 1;
#endif
#ifdef ICRNL
long long v_ICRNL = (long long)(ICRNL);
#else
long long u_ICRNL = 1;
#endif
#ifdef IXON
long long v_IXON = (long long)(IXON);
#else
long long u_IXON = 1;
#endif
#ifdef IXANY
long long v_IXANY = (long long)(IXANY);
#else
long long u_IXANY = 1;
#endif
#ifdef IXOFF
long long v_IXOFF = (long long)(IXOFF);
#else
long long u_IXOFF = 1;
#endif
#ifdef OPOST
long long v_OPOST = (long long)(OPOST);
#else
long long u_OPOST = 1;
#endif
#ifdef ONLCR
long long v_ONLCR = (long long)(ONLCR);
#else
long long u_ONLCR = 1;
#endif
#ifdef OCRNL
long long v_OCRNL = (long long)(OCRNL);
#else
long long u_OCRNL = 1;
#endif
#ifdef ONOCR
long long v_ONOCR = (long long)(ONOCR);
#else
long long u_ONOCR = 1;
#endif
#ifdef ONLRET
long long v_ONLRET = (long long)(ONLRET);
#else
long long u_ONLRET = 1;
#endif
#ifdef OFILL
long long v_OFILL = (long long)(OFILL);
#else
long long u_OFILL = 1;
#endif
#ifdef OFDEL
long long v_OFDEL = (long long)(OFDEL);
#else
long long u_OFDEL = 1;
#endif
#ifdef NLDLY
long long v_NLDLY = (long long)(NLDLY);
#else
long long u_NLDLY = 1;
#endif
#ifdef NL0
long long v_NL0 = (long long)(NL0);
#else
long long u_NL0 = 1;
#endif
#ifdef NL1
long long v_NL1 = (long long)(NL1);
#else
long long u_NL1 = 1;
#endif
#ifdef CRDLY
long long v_CRDLY = (long long)(CRDLY);
#else
long long u_CRDLY = 1;
#endif
#ifdef CR0
long long v_CR0 = (long long)(CR0);
#else
long long u_CR0 = 1;
#endif
#ifdef CR1
long long v_CR1 = (long long)(CR1);
#else
long long u_CR1 = 1;
#endif
#ifdef CR2
long long v_CR2 = (long long)(CR2);
#else
long long u_CR2 = 1;
#endif
#ifdef CR3
long long v_CR3 = (long long)(CR3);
#else
long long u_CR3 = 1;
#endif
#ifdef TABDLY
long long v_TABDLY = (long long)(TABDLY);
#else
long long u_TABDLY = 1;
#endif
#ifdef TAB0
long long v_TAB0 = (long long)(TAB0);
#else
long long u_TAB0 = 1;
#endif
#ifdef TAB1
long long v_TAB1 = (long long)(TAB1);
#else
long long u_TAB1 = 1;
#endif
#ifdef TAB2
long long v_TAB2 = (long long)(TAB2);
#else
long long u_TAB2 = 1;
#endif
#ifdef TAB3
long long v_TAB3 = (long long)(TAB3);
#else
long long u_TAB3 = 1;
#endif
#ifdef BSDLY
long long v_BSDLY = (long long)(BSDLY);
#else
long long u_BSDLY = 1;
#endif
#ifdef BS0
long long v_BS0 = (long long)(BS0);
#else
long long u_BS0 = 1;
#endif
#ifdef BS1
long long v_BS1 = (long long)(BS1);
#else
long long u_BS1 = 1;
#endif
#ifdef VTDLY
long long v_VTDLY = (long long)(VTDLY);
#else
long long u_VTDLY = 1;
#endif
#ifdef VT0
long long v_VT0 = (long long)(VT0);
#else
long long u_VT0 = 1;
#endif
#ifdef VT1
long long v_VT1 = (long long)(VT1);
#else
long long u_VT1 = 1;
#endif
#ifdef FFDLY
long long v_FFDLY = (long long)(FFDLY);
#else
long long u_FFDLY = 1;
#endif
#ifdef FF0
long long v_FF0 = (long long)(FF0);
#else
long long u_FF0 = 1;
#endif
#ifdef FF1
long long v_FF1 = (long long)(FF1);
#else
long long u_FF1 = 1;
#endif
#ifdef CSIZE
long long v_CSIZE = (long long)(CSIZE);
#else
long long u_CSIZE = 1;
#endif
#ifdef CS5
long long v_CS5 = (long long)(CS5);
#else
long long u_CS5 = 1;
#endif
#ifdef CS6
long long v_CS6 = (long long)(CS6);
#else
long long u_CS6 = 1;
#endif
#ifdef CS7
long long v_CS7 = (long long)(CS7);
#else
long long u_CS7 = 1;
#endif
#ifdef CS8
long long v_CS8 = (long long)(CS8);
#else
long long u_CS8 = 1;
#endif
#ifdef CSTOPB
long long v_CSTOPB = (long long)(CSTOPB);
#else
long long u_CSTOPB = 1;
#endif
#ifdef CREAD
long long v_CREAD = (long long)(CREAD);
#else
long long u_CREAD = 1;
#endif
#ifdef PARENB
long long v_PARENB = (long long)(PARENB);
#else
long long u_PARENB = 1;
#endif
#ifdef PARODD
long long v_PARODD = (long long)(PARODD);
#else
long long u_PARODD = 1;
#endif
#ifdef HUPCL
long long v_HUPCL = (long long)(HUPCL);
#else
long long u_HUPCL = 1;
#endif
#ifdef CLOCAL
long long v_CLOCAL = (long long)(CLOCAL);
#else
long long u_CLOCAL = 1;
#endif
#ifdef ISIG
long long v_ISIG = (long long)(ISIG);
#else
long long u_ISIG = 1;
#endif
#ifdef ICANON
long long v_ICANON = (long long)(ICANON);
#else
long long u_ICANON = 1;
#endif
#ifdef ECHO
long long v_ECHO = (long long)(ECHO);
#else
long long u_ECHO = 1;
#endif
#ifdef ECHOE
long long v_ECHOE = (long long)(ECHOE);
#else
long long u_ECHOE = 1;
#endif
#ifdef ECHOK
long long v_ECHOK = (long long)(ECHOK);
#else
long long u_ECHOK = 1;
#endif
#ifdef ECHONL
long long v_ECHONL = (long long)(ECHONL);
#else
long long u_ECHONL = 1;
#endif
#ifdef NOFLSH
long long v_NOFLSH = (long long)(NOFLSH);
#else
long long u_NOFLSH = 1;
#endif
#ifdef TOSTOP
long long v_TOSTOP = (long long)(TOSTOP);
#else
long long u_TOSTOP = 1;
#endif
#ifdef IEXTEN
long long v_IEXTEN = (long long)(IEXTEN);
#else
long long u_IEXTEN = 1;
#endif
#ifdef B0
long long v_B0 = (long long)(B0);
#else
long long u_B0 = 1;
#endif
#ifdef B50
long long v_B50 = (long long)(B50);
#else
long long u_B50 = 1;
#endif
#ifdef B75
long long v_B75 = (long long)(B75);
#else
long long u_B75 = 1;
#endif
#ifdef B110
long long v_B110 = (long long)(B110);
#else
long long u_B110 = 1;
#endif
#ifdef B134
long long v_B134 = (long long)(B134);
#else
long long u_B134 = 1;
#endif
#ifdef B150
long long v_B150 = (long long)(B150);
#else
long long u_B150 = 1;
#endif
#ifdef B200
long long v_B200 = (long long)(B200);
#else
long long u_B200 = 1;
#endif
#ifdef B300
long long v_B300 = (long long)(B300);
#else
long long u_B300 = 1;
#endif
#ifdef B600
long long v_B600 = (long long)(B600);
#else
long long u_B600 = 1;
#endif
#ifdef B1200
long long v_B1200 = (long long)(B1200);
#else
long long u_B1200 = 1;
#endif
#ifdef B1800
long long v_B1800 = (long long)(B1800);
#else
long long u_B1800 = 1;
#endif
#ifdef B2400
long long v_B2400 = (long long)(B2400);
#else
long long u_B2400 = 1;
#endif
#ifdef B4800
long long v_B4800 = (long long)(B4800);
#else
long long u_B4800 = 1;
#endif
#ifdef B9600
long long v_B9600 = (long long)(B9600);
#else
long long u_B9600 = 1;
#endif
#ifdef B19200
long long v_B19200 = (long long)(B19200);
#else
long long u_B19200 = 1;
#endif
#ifdef B38400
long long v_B38400 = (long long)(B38400);
#else
long long u_B38400 = 1;
#endif
#ifdef VSWTC
long long v_VSWTC = (long long)(VSWTC);
#else
long long u_VSWTC = 1;
#endif
#ifdef VREPRINT
long long v_VREPRINT = (long long)(VREPRINT);
#else
long long u_VREPRINT = 1;
#endif
#ifdef VDISCARD
long long v_VDISCARD = (long long)(VDISCARD);
#else
long long u_VDISCARD = 1;
#endif
#ifdef VWERASE
long long v_VWERASE = (long long)(VWERASE);
#else
long long u_VWERASE = 1;
#endif
#ifdef VLNEXT
long long v_VLNEXT = (long long)(VLNEXT);
#else
long long u_VLNEXT = 1;
#endif
#ifdef VEOL2
long long v_VEOL2 = (long long)(VEOL2);
#else
long long u_VEOL2 = 1;
#endif
#ifdef IUCLC
long long v_IUCLC = (long long)(IUCLC);
#else
long long u_IUCLC = 1;
#endif
#ifdef IMAXBEL
long long v_IMAXBEL = (long long)(IMAXBEL);
#else
long long u_IMAXBEL = 1;
#endif
#ifdef IUTF8
long long v_IUTF8 = (long long)(IUTF8);
#else
long long u_IUTF8 = 1;
#endif
#ifdef OLCUC
long long v_OLCUC = (long long)(OLCUC);
#else
long long u_OLCUC = 1;
#endif
#ifdef XTABS
long long v_XTABS = (long long)(XTABS);
#else
long long u_XTABS = 1;
#endif
#ifdef CBAUD
long long v_CBAUD = (long long)(CBAUD);
#else
long long u_CBAUD = 1;
#endif
#ifdef CBAUDEX
long long v_CBAUDEX = (long long)(CBAUDEX);
#else
long long u_CBAUDEX = 1;
#endif
#ifdef CIBAUD
long long v_CIBAUD = (long long)(CIBAUD);
#else
long long u_CIBAUD = 1;
#endif
#ifdef IBSHIFT
long long v_IBSHIFT = (long long)(IBSHIFT);
#else
long long u_IBSHIFT = 1;
#endif
#ifdef BOTHER
long long v_BOTHER = (long long)(BOTHER);
#else
long long u_BOTHER = 1;
#endif
#ifdef CMSPAR
long long v_CMSPAR = (long long)(CMSPAR);
#else
long long u_CMSPAR = 1;
#endif
#ifdef CRTSCTS
long long v_CRTSCTS = (long long)(CRTSCTS);
#else
long long u_CRTSCTS = 1;
#endif
#ifdef ADDRB
long long v_ADDRB = (long long)(ADDRB);
#else
long long u_ADDRB = 1;
#endif
#ifdef EXTA
long long v_EXTA = (long long)(EXTA);
#else
long long u_EXTA = 1;
#endif
#ifdef EXTB
long long v_EXTB = (long long)(EXTB);
#else
long long u_EXTB = 1;
#endif
#ifdef XCASE
long long v_XCASE = (long long)(XCASE);
#else
long long u_XCASE = 1;
#endif
#ifdef ECHOCTL
long long v_ECHOCTL = (long long)(ECHOCTL);
#else
long long u_ECHOCTL = 1;
#endif
#ifdef ECHOPRT
long long v_ECHOPRT = (long long)(ECHOPRT);
#else
long long u_ECHOPRT = 1;
#endif
#ifdef ECHOKE
long long v_ECHOKE = (long long)(ECHOKE);
#else
long long u_ECHOKE = 1;
#endif
#ifdef FLUSHO
long long v_FLUSHO = (long long)(FLUSHO);
#else
long long u_FLUSHO = 1;
#endif
#ifdef PENDIN
long long v_PENDIN = (long long)(PENDIN);
#else
long long u_PENDIN = 1;
#endif
#ifdef EXTPROC
long long v_EXTPROC = (long long)(EXTPROC);
#else
long long u_EXTPROC = 1;
#endif
#ifdef B57600
long long v_B57600 = (long long)(B57600);
#else
long long u_B57600 = 1;
#endif
#ifdef B115200
long long v_B115200 = (long long)(B115200);
#else
long long u_B115200 = 1;
#endif
#ifdef B230400
long long v_B230400 = (long long)(B230400);
#else
long long u_B230400 = 1;
#endif
#ifdef B460800
long long v_B460800 = (long long)(B460800);
#else
long long u_B460800 = 1;
#endif
#ifdef B500000
long long v_B500000 = (long long)(B500000);
#else
long long u_B500000 = 1;
#endif
#ifdef B576000
long long v_B576000 = (long long)(B576000);
#else
long long u_B576000 = 1;
#endif
#ifdef B921600
long long v_B921600 = (long long)(B921600);
#else
long long u_B921600 = 1;
#endif
#ifdef B1000000
long long v_B1000000 = (long long)(B1000000);
#else
long long u_B1000000 = 1;
#endif
#ifdef B1152000
long long v_B1152000 = (long long)(B1152000);
#else
long long u_B1152000 = 1;
#endif
#ifdef B1500000
long long v_B1500000 = (long long)(B1500000);
#else
long long u_B1500000 = 1;
#endif
#ifdef B2000000
long long v_B2000000 = (long long)(B2000000);
#else
long long u_B2000000 = 1;
#endif
#ifdef B2500000
long long v_B2500000 = (long long)(B2500000);
#else
long long u_B2500000 = 1;
#endif
#ifdef B3000000
long long v_B3000000 = (long long)(B3000000);
#else
long long u_B3000000 = 1;
#endif
#ifdef B3500000
long long v_B3500000 = (long long)(B3500000);
#else
long long u_B3500000 = 1;
#endif
#ifdef B4000000
long long v_B4000000 = (long long)(B4000000);
#else
long long u_B4000000 = 1;
#endif
