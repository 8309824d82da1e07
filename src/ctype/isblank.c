#include <ctype.h>
#undef isblank

int isblank(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_BLANK : 0;
}
