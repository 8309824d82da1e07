#include <ctype.h>
#undef isupper

int isupper(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_UPPER;
}
