#include <ctype.h>
#undef isupper

int isupper(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_UPPER : 0;
}
