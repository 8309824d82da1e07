#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fcntl_impl.h"
#include "stat_impl.h"
#include "syscall.h"
#include "unistd_impl.h"

/*
 * Fork, the parent exits, the child leaves its session and terminal,
 * goes to / and points 0, 1, 2 at /dev/null (which must be that device,
 * not a file left in its place).  One fork, as glibc.
 */
int daemon(int nochdir, int noclose)
{
	struct stat st;
	int fd, i;

	switch (__fork()) {
	case -1: return -1;
	case 0: break;
	default: _exit(0);
	}
	if (__syscall_ret(__syscall(SYS_setsid)) < 0)
		return -1;
	if (!nochdir && __syscall_ret(__syscall(SYS_chdir, "/")))
		return -1;
	if (noclose)
		return 0;
	fd = __open("/dev/null", O_RDWR);
	if (fd < 0)
		return -1;
	if (__fstat(fd, &st) || !S_ISCHR(st.st_mode)) {
		__close(fd);
		return __syscall_ret(-ENODEV);
	}
	for (i = 0; i <= 2; i++)
		if (i != fd && __dup3(fd, i, 0) < 0)
			return -1;
	return fd > 2 ? __close(fd) : 0;
}
