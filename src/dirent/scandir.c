#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dirent_impl.h"
#include "sort.h"

typedef int (*dirent_cmp)(const struct dirent **, const struct dirent **);

static int by_compar(const void *a, const void *b, void *compar)
{
	return (*(dirent_cmp *)compar)((const struct dirent **)a, (const struct dirent **)b);
}

static void free_list(struct dirent **list, size_t n)
{
	while (n)
		free(list[--n]);
	free(list);
}

int scandir(const char *path, struct dirent ***out, int (*filter)(const struct dirent *),
	    int (*compar)(const struct dirent **, const struct dirent **))
{
	struct dirent **list = 0, **grown, *de, *copy;
	size_t n = 0, cap = 0;
	int saved = errno;
	DIR *d = __opendir(path);

	if (!d)
		return -1;
	errno = 0;
	while ((de = __readdir(d))) {
		if (filter && !filter(de))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			grown = n < 0x7fffffff ? realloc(list, cap * sizeof *list) : 0;
			if (!grown)
				break;
			list = grown;
		}
		copy = malloc(de->d_reclen);
		if (!copy)
			break;
		memcpy(copy, de, de->d_reclen);
		list[n++] = copy;
	}
	__closedir(d);
	if (de || errno) {
		if (!errno)
			errno = n >= 0x7fffffff ? EOVERFLOW : ENOMEM;
		free_list(list, n);
		return -1;
	}
	errno = saved;
	if (compar)
		__qsort_r(list, n, sizeof *list, by_compar, &compar);
	*out = list;
	return (int)n;
}
