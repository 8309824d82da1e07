#include <stdio.h>
#include "stdio_impl.h"

ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f)
{
	return __getdelim(line, n, '\n', f);
}
