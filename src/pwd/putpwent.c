#define _DEFAULT_SOURCE
#include <errno.h>
#include "etc_impl.h"

/* A field that would split the line or start another is refused (EINVAL), as glibc does. */
int putpwent(const struct passwd *pw, FILE *f)
{
	if (!pw || !f || !pw->pw_name || !__etc_field_ok(pw->pw_name, 0) ||
	    !__etc_field_ok(pw->pw_passwd, 0) || !__etc_field_ok(pw->pw_gecos, 0) ||
	    !__etc_field_ok(pw->pw_dir, 0) || !__etc_field_ok(pw->pw_shell, 0)) {
		errno = EINVAL;
		return -1;
	}
	return fprintf(f, "%s:%s:%u:%u:%s:%s:%s\n", pw->pw_name, pw->pw_passwd ? pw->pw_passwd : "",
		       (unsigned)pw->pw_uid, (unsigned)pw->pw_gid, pw->pw_gecos ? pw->pw_gecos : "",
		       pw->pw_dir ? pw->pw_dir : "", pw->pw_shell ? pw->pw_shell : "") < 0 ? -1 : 0;
}
