#include <ctype.h>
#undef toupper

int toupper(int c)
{
	return __td_toupper(c);
}
