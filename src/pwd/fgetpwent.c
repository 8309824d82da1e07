#define _DEFAULT_SOURCE
#include "etc_impl.h"

struct passwd *fgetpwent(FILE *f)
{
	static struct __etc_buf b;
	static struct passwd pw;

	return __pw_next(f, &b, &pw) > 0 ? &pw : NULL;
}
