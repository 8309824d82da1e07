#include <limits.h>
#include <stdio.h>
#include "etc_impl.h"

/* Set only by the test hook below; a program cannot redirect it otherwise. */
static const char *etc_dir;

FILE *__etc_open(const char *name)
{
	char path[PATH_MAX];

	if (snprintf(path, sizeof path, "%s/%s", etc_dir ? etc_dir : "/etc", name) >= (int)sizeof path)
		return NULL;
	return fopen(path, "re");
}

void __trapdoor_test_etc(const char *dir)
{
	etc_dir = dir;
}
