#include <ctype.h>
#undef isgraph

int isgraph(int c)
{
	return __td_isgraph(c);
}
