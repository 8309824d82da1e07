#include <string.h>
#include "mntent_impl.h"

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The next field of *p, unescaped in place; NULL when there is none. */
static char *field(char **p)
{
	char *s = *p, *in, *out;

	while (blank(*s))
		s++;
	if (!*s)
		return NULL;
	for (in = out = s; *in && !blank(*in); in++) {
		if (in[0] == '\\' && in[1] >= '0' && in[1] <= '3' && in[2] >= '0' && in[2] <= '7' &&
		    in[3] >= '0' && in[3] <= '7') {
			*out++ = (char)((in[1] - '0') << 6 | (in[2] - '0') << 3 | (in[3] - '0'));
			in += 3;
		} else {
			*out++ = *in;
		}
	}
	*p = *in ? in + 1 : in;
	*out = 0;
	return s;
}

static int number(char **p)
{
	char *s = field(p);
	int v = 0;

	for (; s && *s >= '0' && *s <= '9' && v < 100000000; s++)
		v = v * 10 + (*s - '0');
	return v;
}

int __mnt_parse(char *line, struct mntent *mnt)
{
	char *p = line;

	mnt->mnt_fsname = field(&p);
	if (!mnt->mnt_fsname || *mnt->mnt_fsname == '#')
		return -1;
	mnt->mnt_dir = field(&p);
	if (!mnt->mnt_dir)
		return -1;
	if (!(mnt->mnt_type = field(&p)))
		mnt->mnt_type = p;
	if (!(mnt->mnt_opts = field(&p)))
		mnt->mnt_opts = p;
	mnt->mnt_freq = number(&p);
	mnt->mnt_passno = number(&p);
	return 0;
}
