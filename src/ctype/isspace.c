#include <ctype.h>
#undef isspace

int isspace(int c)
{
	return __td_isspace(c);
}
