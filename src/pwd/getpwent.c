#include "etc_impl.h"

struct passwd *getpwent(void)
{
	static struct __etc_buf b;
	static struct passwd pw;

	if (!__pwent_file && !(__pwent_file = __etc_open("passwd")))
		return NULL;
	return __pw_next(__pwent_file, &b, &pw) > 0 ? &pw : NULL;
}
