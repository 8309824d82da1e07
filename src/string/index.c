#define _DEFAULT_SOURCE 1
#include <string.h>
#include <strings.h>
#include "string_impl.h"

/*
 * Defined weak through a reserved name like the library's own helpers: the
 * archive also holds malloc's index.o, and a program may define index.
 */
char *__index(const char *s, int c)
{
	return strchr(s, c);
}

weak_alias(__index, index);
