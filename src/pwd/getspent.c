#include "etc_impl.h"

struct spwd *getspent(void)
{
	static struct __etc_buf b;
	static struct spwd sp;

	if (!__spent_file && !(__spent_file = __etc_open("shadow")))
		return NULL;
	return __sp_next(__spent_file, &b, &sp) > 0 ? &sp : NULL;
}
