#include <ctype.h>
#undef ispunct

int ispunct(int c)
{
	return __td_ispunct(c);
}
