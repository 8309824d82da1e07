#ifndef _PTY_H
#define _PTY_H

#include <features.h>
#include <bits/alltypes.h>
#include <sys/ioctl.h>
#include <termios.h>

__TD_BEGIN_DECLS

int openpty(int *master, int *slave, char *name, const struct termios *t,
	    const struct winsize *ws);
pid_t forkpty(int *master, char *name, const struct termios *t, const struct winsize *ws);

__TD_END_DECLS

#endif
