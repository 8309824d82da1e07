#include <ctype.h>
#undef tolower

int tolower(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_lower[i] : c;
}
