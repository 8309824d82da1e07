#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "etc_impl.h"

int getspnam_r(const char *name, struct spwd *sp, char *buf, size_t size, struct spwd **result)
{
	struct __etc_buf b = { 0 };
	int found, e = __sp_search(name, &b, sp, &found);

	if (!e && found && b.len >= size)
		e = ERANGE;
	if (!e && found) {
		memcpy(buf, b.line, b.len + 1);
		sp->sp_namp = buf + (sp->sp_namp - b.line);
		sp->sp_pwdp = buf + (sp->sp_pwdp - b.line);
	}
	free(b.line);
	*result = !e && found ? sp : NULL;
	return e;
}
