#include <dirent.h>
#include <errno.h>
#include <string.h>
#include "dirent_impl.h"

int readdir_r(DIR *restrict d, struct dirent *restrict entry, struct dirent **restrict result)
{
	int saved = errno, err;
	struct dirent *de;

	errno = 0;
	de = __readdir(d);
	err = errno;
	errno = saved;
	if (err)
		return err;
	if (de)
		memcpy(entry, de, de->d_reclen < sizeof *entry ? de->d_reclen : sizeof *entry);
	*result = de ? entry : 0;
	return 0;
}
