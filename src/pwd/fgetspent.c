#include "etc_impl.h"

struct spwd *fgetspent(FILE *f)
{
	static struct __etc_buf b;
	static struct spwd sp;

	return __sp_next(f, &b, &sp) > 0 ? &sp : NULL;
}
