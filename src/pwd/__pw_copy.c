#include <errno.h>
#include <string.h>
#include "etc_impl.h"

#define MOVE(p) ((p) = buf + ((p) - b->line))

int __pw_copy(const struct __etc_buf *b, struct passwd *pw, char *buf, size_t size)
{
	if (b->len >= size)
		return ERANGE;
	memcpy(buf, b->line, b->len + 1);
	MOVE(pw->pw_name);
	MOVE(pw->pw_passwd);
	MOVE(pw->pw_gecos);
	MOVE(pw->pw_dir);
	MOVE(pw->pw_shell);
	return 0;
}
