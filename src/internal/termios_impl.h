/*
 * The kernel's struct termios, as TCGETS and TCSETS take it, and the one
 * place it is converted from and to the user's.  Its c_cc has __TD_KNCCS
 * entries (19, 23 on mips); powerpc puts c_cc before c_line and ends with two
 * speed words, which the kernel reads only for BOTHER (never set here).
 */
#ifndef TRAPDOOR_TERMIOS_IMPL_H
#define TRAPDOOR_TERMIOS_IMPL_H

#include <string.h>
#include <termios.h>
#include "libc.h"

struct ktermios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
#ifdef __TD_KTERMIOS_CC_FIRST
	cc_t c_cc[__TD_KNCCS];
	cc_t c_line;
	speed_t c_ispeed;
	speed_t c_ospeed;
#else
	cc_t c_line;
	cc_t c_cc[__TD_KNCCS];
#endif
};

static inline void __termios_from_k(struct termios *t, const struct ktermios *k)
{
	memset(t, 0, sizeof *t);
	t->c_iflag = k->c_iflag;
	t->c_oflag = k->c_oflag;
	t->c_cflag = k->c_cflag;
	t->c_lflag = k->c_lflag;
	t->c_line = k->c_line;
	memcpy(t->c_cc, k->c_cc, sizeof k->c_cc);
}

static inline void __termios_to_k(struct ktermios *k, const struct termios *t)
{
	memset(k, 0, sizeof *k);
	k->c_iflag = t->c_iflag;
	k->c_oflag = t->c_oflag;
	k->c_cflag = t->c_cflag;
	k->c_lflag = t->c_lflag;
	k->c_line = t->c_line;
	memcpy(k->c_cc, t->c_cc, sizeof k->c_cc);
}

hidden int __tcgetattr(int fd, struct termios *t);
hidden int __tcsetattr(int fd, int action, const struct termios *t);

#endif
