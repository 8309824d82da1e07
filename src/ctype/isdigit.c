#include <ctype.h>
#undef isdigit

int isdigit(int c)
{
	return __td_isdigit(c);
}
