#include <libgen.h>
#include <string.h>

/* "/usr/lib/" → "lib", "/" → "/", "" and NULL → ".". */
char *__xpg_basename(char *path)
{
	size_t n;

	if (!path || !*path)
		return ".";
	n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		path[--n] = 0;
	while (n > 0 && path[n - 1] != '/')
		n--;
	return path + (path[n] ? n : 0);
}
