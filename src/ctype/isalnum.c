#include <ctype.h>
#undef isalnum

int isalnum(int c)
{
	return __td_isalnum(c);
}
