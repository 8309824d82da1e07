#include "stdio_impl.h"

static unsigned char buf[UNGET + BUFSIZ];
static FILE f = {
	.fd = 1, .flags = F_NORD, .lbf = LBF_UNSET, .buf = buf + UNGET, .size = BUFSIZ,
};
FILE *const stdout = &f;
hidden FILE *const __stdout_used = &f;
