#include <stdio.h>

ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f)
{
	return getdelim(line, n, '\n', f);
}
