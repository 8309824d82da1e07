#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "etc_impl.h"

#define MOVE(p) ((p) = buf + ((p) - b->line))

/* buf holds the member pointers first (aligned), then the line. */
int __gr_copy(const struct __etc_buf *b, struct group *gr, char *buf, size_t size)
{
	size_t n = 0, i, pad = -(uintptr_t)buf % sizeof(char *);
	char **mem;

	while (gr->gr_mem[n])
		n++;
	if (size < pad || (size - pad) / sizeof(char *) < n + 1 ||
	    size - pad - (n + 1) * sizeof(char *) <= b->len)
		return ERANGE;
	mem = (char **)(void *)(buf + pad);
	buf += pad + (n + 1) * sizeof(char *);
	memcpy(buf, b->line, b->len + 1);
	for (i = 0; i < n; i++)
		mem[i] = MOVE(gr->gr_mem[i]);
	mem[n] = NULL;
	MOVE(gr->gr_name);
	MOVE(gr->gr_passwd);
	gr->gr_mem = mem;
	return 0;
}
