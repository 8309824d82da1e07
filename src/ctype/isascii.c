#define _DEFAULT_SOURCE
#include <ctype.h>
#undef isascii

int isascii(int c)
{
	return !(c & ~0x7f);
}
