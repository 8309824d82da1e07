#include <stdio.h>
#include "mntent_impl.h"

/* s with the blanks and backslashes that would end or change a field as \ooo. */
static int put(FILE *f, const char *s)
{
	for (; *s; s++) {
		int r = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\\'
			? fprintf(f, "\\%03o", (unsigned char)*s) : putc(*s, f);

		if (r < 0)
			return -1;
	}
	return putc(' ', f) < 0 ? -1 : 0;
}

/* Appends the entry: 0, or 1 when it could not be written (as glibc). */
int addmntent(FILE *f, const struct mntent *mnt)
{
	if (fseek(f, 0, SEEK_END) || put(f, mnt->mnt_fsname) || put(f, mnt->mnt_dir) ||
	    put(f, mnt->mnt_type) || put(f, mnt->mnt_opts) ||
	    fprintf(f, "%d %d\n", mnt->mnt_freq, mnt->mnt_passno) < 0 || fflush(f))
		return 1;
	return 0;
}
