#include <ctype.h>
#undef isxdigit

int isxdigit(int c)
{
	return __td_isxdigit(c);
}
