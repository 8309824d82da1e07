#ifndef _TERMIOS_H
#define _TERMIOS_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/termios.h>

typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;

/*
 * One layout on every arch; the kernel's own struct termios (its order and
 * its NCCS differ on powerpc and mips) is converted in tcgetattr and
 * tcsetattr.  The speeds live in c_cflag (CBAUD, CIBAUD), as the kernel keeps
 * them; the two words at the end are reserved.
 */
#define NCCS 32

struct termios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	cc_t c_line;
	cc_t c_cc[NCCS];
	speed_t __c_ispeed;
	speed_t __c_ospeed;
};

/* tcsetattr's actions */
#define TCSANOW   0
#define TCSADRAIN 1
#define TCSAFLUSH 2

/* tcflush's queues */
#define TCIFLUSH  0
#define TCOFLUSH  1
#define TCIOFLUSH 2

/* tcflow's actions */
#define TCOOFF 0
#define TCOON  1
#define TCIOFF 2
#define TCION  3

__TD_BEGIN_DECLS

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int action, const struct termios *t);
speed_t cfgetispeed(const struct termios *t);
speed_t cfgetospeed(const struct termios *t);
int cfsetispeed(struct termios *t, speed_t speed);
int cfsetospeed(struct termios *t, speed_t speed);
int tcflush(int fd, int queue);
int tcdrain(int fd);
int tcflow(int fd, int action);
int tcsendbreak(int fd, int duration);
pid_t tcgetsid(int fd);
#ifdef __TD_MISC
void cfmakeraw(struct termios *t);
int cfsetspeed(struct termios *t, speed_t speed);
#endif

__TD_END_DECLS

#endif
