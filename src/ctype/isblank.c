#include <ctype.h>
#undef isblank

int isblank(int c)
{
	return __td_isblank(c);
}
