#define _DEFAULT_SOURCE
#include <stdio.h>

int putw(int x, FILE *f)
{
	return fwrite(&x, sizeof x, 1, f) == 1 ? 0 : EOF;
}
