#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include "ksigaction.h"
#include "process.h"
#include "spawn.h"
#include "syscall.h"
#include "signal_impl.h"

/*
 * The child runs in the parent's memory (CLONE_VM) while the parent sleeps
 * until it execs or exits (CLONE_VFORK): no page table is copied, so the
 * cost does not grow with the parent's size.  Its stack is a block of the
 * parent's own frame, free while the parent sleeps: a mapping made and
 * unmapped per call measured 20 µs more (the unmap flushes the TLB of a
 * memory the child ran in).  The deepest path is posix_spawnp's search,
 * whose path buffer is PATH_MAX + NAME_MAX; 4 KiB covers the frames.
 */
#define CHILD_STACK_SIZE (4096 + PATH_MAX + NAME_MAX)

struct spawn_args {
	const char *file;
	char *const *argv;
	char *const *envp;
	const posix_spawn_file_actions_t *fa;
	const posix_spawnattr_t *attr;
	spawn_exec_fn exec;
	sigset_t oldmask;
	int errfd, errfd_read;
};

/*
 * No handler of the parent may run in the child: it would run in the
 * parent's memory.  Only signals sigaction ever gave a handler can have one
 * (an ignored signal stays ignored across exec, as it must).
 */
static void reset_signals(const posix_spawnattr_t *attr)
{
	struct k_sigaction dfl = { .handler = SIG_DFL }, old;
	int setdef = attr && (attr->__flags & POSIX_SPAWN_SETSIGDEF);

	for (int s = 1; s < _NSIG; s++) {
		unsigned long w = SIGSET_WORD(s), b = SIGSET_BIT(s);

		if (s == SIGKILL || s == SIGSTOP)
			continue;
		if (setdef && (attr->__sigdefault.__bits[w] & b)) {
			__syscall(SYS_rt_sigaction, s, &dfl, 0, KSIGSET_SIZE);
			continue;
		}
		if (!(__sig_handlers[w] & b))
			continue;
		if (__syscall(SYS_rt_sigaction, s, 0, &old, KSIGSET_SIZE))
			continue;
		if (old.handler != SIG_DFL && old.handler != SIG_IGN)
			__syscall(SYS_rt_sigaction, s, &dfl, 0, KSIGSET_SIZE);
	}
}

static long do_attr(const posix_spawnattr_t *attr)
{
	long r;

	if (attr->__flags & POSIX_SPAWN_SETSID) {
		r = __syscall(SYS_setsid);
		if (r < 0)
			return r;
	}
	if (attr->__flags & POSIX_SPAWN_SETPGROUP) {
		r = __syscall(SYS_setpgid, 0, attr->__pgrp);
		if (r)
			return r;
	}
	if (attr->__flags & POSIX_SPAWN_RESETIDS) {
		/* The effective ids become the real ones; -1 leaves an id as it is. */
		r = __syscall(SYS_setresgid, -1, __syscall(SYS_getgid), -1);
		if (r)
			return r;
		r = __syscall(SYS_setresuid, -1, __syscall(SYS_getuid), -1);
		if (r)
			return r;
	}
	return 0;
}

static long do_op(const struct fa_op *o)
{
	long r, d;

	switch (o->op) {
	case FA_CLOSE:
		/* A descriptor that is not open is ignored, as glibc and musl do. */
		__syscall(SYS_close, o->fd);
		return 0;
	case FA_DUP2:
		/* Same descriptor: POSIX wants it to survive the exec. */
		if (o->srcfd == o->fd) {
			r = __syscall(SYS_fcntl, o->fd, F_GETFD);
			return r < 0 ? r : __syscall(SYS_fcntl, o->fd, F_SETFD, r & ~FD_CLOEXEC);
		}
		r = __syscall(SYS_dup3, o->srcfd, o->fd, 0);
		return r < 0 ? r : 0;
	case FA_OPEN:
		r = __syscall(SYS_openat, AT_FDCWD, o->path, o->oflag | O_LARGEFILE, o->mode);
		if (r < 0 || r == o->fd)
			return r < 0 ? r : 0;
		d = __syscall(SYS_dup3, r, o->fd, 0);
		__syscall(SYS_close, r);
		return d < 0 ? d : 0;
	case FA_CHDIR:
		return __syscall(SYS_chdir, o->path);
	default:
		return __syscall(SYS_fchdir, o->fd);
	}
}

static long do_file_actions(const posix_spawn_file_actions_t *fa, int *errfd)
{
	const char *p = fa->__actions, *end = p + fa->__used;

	for (; p < end; p += ((const struct fa_op *)p)->size) {
		const struct fa_op *o = (const void *)p;
		long r;

		/*
		 * The error pipe must not be a descriptor an action names, target or
		 * source: move it, so that a source it occupied reads as closed.
		 */
		if (o->fd == *errfd || (o->op == FA_DUP2 && o->srcfd == *errfd)) {
			r = __syscall(SYS_fcntl, *errfd, F_DUPFD_CLOEXEC, 0);
			if (r < 0)
				return r;
			__syscall(SYS_close, *errfd);
			*errfd = r;
		}
		r = do_op(o);
		if (r)
			return r;
	}
	return 0;
}

static int child(void *p)
{
	struct spawn_args *a = p;
	long r = 0;
	int err;

	/* The read end is the parent's: a file action naming its number finds it closed. */
	__syscall(SYS_close, a->errfd_read);
	reset_signals(a->attr);
	if (a->attr)
		r = do_attr(a->attr);
	if (!r && a->fa)
		r = do_file_actions(a->fa, &a->errfd);
	if (!r) {
		int setmask = a->attr && (a->attr->__flags & POSIX_SPAWN_SETSIGMASK);

		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, setmask ? &a->attr->__sigmask : &a->oldmask,
			  0, KSIGSET_SIZE);
		r = a->exec(a->file, a->argv, a->envp);
	}
	/* Still here: the parent learns why through the close-on-exec pipe. */
	err = -r;
	__syscall(SYS_write, a->errfd, &err, sizeof err);
	_Exit(127);
}

int __spawn(pid_t *restrict pid, const char *restrict file,
	    const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
	    char *const argv[], char *const envp[], spawn_exec_fn exec)
{
	struct spawn_args a = { file, argv, envp, fa, attr, exec, { { 0 } }, -1, -1 };
	sigset_t all;
	int p[2], err = 0;
	long r;
	_Alignas(16) char stack[CHILD_STACK_SIZE];

	r = __syscall(SYS_pipe2, p, O_CLOEXEC);
	if (r)
		return -r;
	a.errfd = p[1];
	a.errfd_read = p[0];
	/*
	 * Every signal is held off across the clone: a handler must not run in
	 * the child before it has reset the handlers, nor in the parent while
	 * the child borrows its memory.
	 */
	__sigfillset(&all);
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &a.oldmask, KSIGSET_SIZE);
	r = __clone(child, stack + sizeof stack, CLONE_VM | CLONE_VFORK | SIGCHLD, &a);
	__syscall(SYS_close, p[1]);
	if (r > 0) {
		/* End of file: the exec closed the pipe.  A number: the child failed, reap it. */
		if (__syscall(SYS_read, p[0], &err, sizeof err) == sizeof err)
			__syscall(SYS_wait4, r, 0, 0, 0);
		else
			err = 0;
	} else {
		err = -r;
	}
	__syscall(SYS_close, p[0]);
	__syscall(SYS_rt_sigprocmask, SIG_SETMASK, &a.oldmask, 0, KSIGSET_SIZE);
	if (!err && pid)
		*pid = r;
	return err;
}
