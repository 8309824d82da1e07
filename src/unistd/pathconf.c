#include <unistd.h>
#include "kstatfs.h"
#include "pathconf_impl.h"

/* The file must exist (ENOENT, EACCES ... otherwise), whatever the name asked. */
long pathconf(const char *path, int name)
{
	struct statfs fs;
	long r = __sys_statfs(path, &fs);

	return r ? __syscall_ret(r) : __pathconf_of(&fs, name);
}
