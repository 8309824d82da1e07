#include <libgen.h>
#include <string.h>

/*
 * "/usr/lib/" → "/usr", "usr" → ".", "/" → "/".  POSIX leaves a leading
 * "//" to the implementation; as glibc, exactly two leading slashes are
 * kept ("//x" → "//"), three or more are one.
 */
char *dirname(char *path)
{
	size_t n;

	if (!path || !*path)
		return ".";
	n = strlen(path) - 1;
	while (n && path[n] == '/')
		n--;
	while (n && path[n] != '/')
		n--;
	if (path[n] != '/')
		return ".";
	while (n && path[n - 1] == '/')
		n--;
	if (!n)
		n = path[1] == '/' && path[2] != '/' ? 2 : 1;
	path[n] = 0;
	return path;
}
