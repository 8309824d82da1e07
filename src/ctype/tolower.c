#include <ctype.h>
#undef tolower

int tolower(int c)
{
	return __td_tolower(c);
}
