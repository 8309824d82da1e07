#include <glob.h>
#include <stdlib.h>

void globfree(glob_t *pglob)
{
	size_t i;

	if (pglob->gl_pathv)
		for (i = 0; i < pglob->gl_pathc; i++)
			free(pglob->gl_pathv[pglob->gl_offs + i]);
	free(pglob->gl_pathv);
	pglob->gl_pathv = 0;
	pglob->gl_pathc = 0;
}
