#include "stdio_impl.h"

/* Unbuffered: room for ungetc and nothing more. */
static unsigned char buf[UNGET + 1];
static FILE f = {
	.fd = 2, .flags = F_NORD, .lbf = EOF, .buf = buf + UNGET, .size = 0,
};
FILE *const stderr = &f;
hidden FILE *const __stderr_used = &f;
