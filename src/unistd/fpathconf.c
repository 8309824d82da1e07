#include <unistd.h>
#include "kstatfs.h"
#include "pathconf_impl.h"

long fpathconf(int fd, int name)
{
	struct statfs fs;
	long r = __sys_fstatfs(fd, &fs);

	return r ? __syscall_ret(r) : __pathconf_of(&fs, name);
}
