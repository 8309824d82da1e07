#include <errno.h>
#include <string.h>
#include "etc_impl.h"

int __pw_search(const char *name, uid_t uid, struct __etc_buf *b, struct passwd *pw, int *found)
{
	int r, e = errno;
	FILE *f = __etc_open("passwd");

	*found = 0;
	if (!f)
		return errno == ENOENT ? (errno = e, 0) : errno;
	while ((r = __pw_next(f, b, pw)) > 0)
		if (name ? !strcmp(name, pw->pw_name) : uid == pw->pw_uid)
			break;
	e = r < 0 ? errno : 0;
	fclose(f);
	*found = r > 0;
	return e;
}
