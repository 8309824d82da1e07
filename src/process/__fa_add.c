#include <errno.h>
#include <stdalign.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include "process.h"
#include "syscall.h"
#include "mman.h"

/* The first mapping; each growth doubles it, so adding n actions costs O(n). */
#define FA_MAP_MIN 4096

struct fa_op *__fa_add(posix_spawn_file_actions_t *fa, int op, int fd, const char *path)
{
	size_t plen = path ? strlen(path) + 1 : 0;
	size_t need = (sizeof(struct fa_op) + plen + alignof(struct fa_op) - 1) &
		      -alignof(struct fa_op);
	struct fa_op *o;

	if (fa->__size - fa->__used < need) {
		size_t size = fa->__size ? fa->__size : FA_MAP_MIN;
		void *m;

		while (size - fa->__used < need)
			size *= 2;
		/* mmap, not malloc: the process area does not lean on the heap. */
		if (fa->__actions)
			m = __mremap(fa->__actions, fa->__size, size, MREMAP_MAYMOVE);
		else
			m = __mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			return 0;
		fa->__actions = m;
		fa->__size = size;
	}
	o = (struct fa_op *)((char *)fa->__actions + fa->__used);
	memset(o, 0, sizeof *o);
	o->op = op;
	o->fd = fd;
	o->size = need;
	if (path)
		memcpy(o->path, path, plen);
	fa->__used += need;
	return o;
}

int __fa_bad_fd(int fd)
{
	struct rlimit rl;

	if (fd < 0)
		return 1;
	return !__syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, &rl) && (rlim_t)fd >= rl.rlim_cur;
}
