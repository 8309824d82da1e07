#include <ctype.h>
#undef isupper

int isupper(int c)
{
	return __td_isupper(c);
}
