#include "stdio_impl.h"

static unsigned char buf[UNGET + BUFSIZ];
static FILE f = {
	.fd = 0, .flags = F_NOWR, .lbf = EOF, .buf = buf + UNGET, .size = BUFSIZ,
};
FILE *const stdin = &f;
