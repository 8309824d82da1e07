#include <string.h>
#include "mntent_impl.h"

/*
 * The next entry, its strings in buf.  A line longer than buf is skipped
 * whole rather than cut (the caller's buffer cannot hold it).
 */
struct mntent *getmntent_r(FILE *f, struct mntent *mnt, char *buf, int size)
{
	int c;

	if (size < 2)
		return NULL;
	while (fgets(buf, size, f)) {
		if (!strchr(buf, '\n') && !feof(f)) {
			while ((c = getc(f)) != EOF && c != '\n')
				;
			continue;
		}
		if (!__mnt_parse(buf, mnt))
			return mnt;
	}
	return NULL;
}
