/*
 * inotify on a scratch directory: a file created, written and removed gives
 * IN_CREATE, IN_CLOSE_WRITE and IN_DELETE records with its name, in order;
 * removing the watch gives IN_IGNORED; and the errors.  pidfd_open and
 * pidfd_send_signal on a child blocked in a pipe read.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/pidfd.h>
#include <sys/stat.h>
#include "t.h"

/* The next event from fd into e (with room for a name); its mask, or 0. */
static unsigned next_event(int fd, char *buf, size_t size, size_t *off, size_t *len, char **name)
{
	struct inotify_event *e;

	if (*off >= *len) {
		ssize_t n = read(fd, buf, size);
		if (n <= 0)
			return 0;
		*len = n;
		*off = 0;
	}
	e = (struct inotify_event *)(buf + *off);
	*off += sizeof *e + e->len;
	*name = e->len ? e->name : (char *)"";
	return e->mask;
}

static void test_inotify(void)
{
	char dir[64], path[96], buf[4096] __attribute__((aligned(8))), *name;
	size_t off = 0, len = 0;
	int fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK), wd, f;

	t_true("inotify_init1", fd >= 0, "no descriptor");
	t_eq("inotify_cloexec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	t_tmpname(dir, "inotify");
	mkdir(dir, 0700);
	wd = inotify_add_watch(fd, dir, IN_CREATE | IN_CLOSE_WRITE | IN_DELETE);
	t_true("inotify_add_watch", wd > 0, "no watch");
	T_ERR("inotify_empty_eagain", read(fd, buf, sizeof buf), EAGAIN);
	strcpy(path, dir);
	strcat(path, "/file");
	f = open(path, O_WRONLY | O_CREAT, 0600);
	write(f, "x", 1);
	close(f);
	unlink(path);
	t_eq("event_create", next_event(fd, buf, sizeof buf, &off, &len, &name), IN_CREATE);
	t_str("event_create_name", name, "file");
	t_eq("event_close_write", next_event(fd, buf, sizeof buf, &off, &len, &name), IN_CLOSE_WRITE);
	t_eq("event_delete", next_event(fd, buf, sizeof buf, &off, &len, &name), IN_DELETE);
	t_str("event_delete_name", name, "file");
	t_eq("inotify_rm_watch", inotify_rm_watch(fd, wd), 0);
	t_eq("event_ignored", next_event(fd, buf, sizeof buf, &off, &len, &name), IN_IGNORED);
	T_ERR("inotify_rm_watch_einval", inotify_rm_watch(fd, wd), EINVAL);
	T_ERR("inotify_add_watch_enoent", inotify_add_watch(fd, "/nonexistent/x", IN_CREATE), ENOENT);
	T_ERR("inotify_add_watch_ebadf", inotify_add_watch(-1, dir, IN_CREATE), EBADF);
	T_ERR("inotify_init1_einval", inotify_init1(0x7fffffff & ~(IN_CLOEXEC | IN_NONBLOCK)), EINVAL);
	close(fd);
	fd = inotify_init();
	t_eq("inotify_init_no_cloexec", fcntl(fd, F_GETFD), 0);
	close(fd);
	rmdir(dir);
}

static void test_pidfd(void)
{
	int p[2], fd;
	char c;
	pid_t pid;
	struct pollfd pf;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		_exit(7);
	}
	close(p[0]);
	fd = pidfd_open(pid, 0);
	if (fd < 0 && errno == ENOSYS) {
		close(p[1]);
		T_EXITED("pidfd_child", t_wait(pid), 7);
		return t_skip("pidfd_open", "the kernel (or qemu-user) has no pidfd_open");
	}
	t_true("pidfd_open", fd >= 0, "no descriptor");
	t_eq("pidfd_cloexec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	pf = (struct pollfd){ fd, POLLIN, 0 };
	t_eq("pidfd_not_ready", poll(&pf, 1, 0), 0);
	T_ERR("pidfd_send_signal_einval", pidfd_send_signal(fd, SIGKILL, 0, 0x40000000), EINVAL);
	t_eq("pidfd_send_signal", pidfd_send_signal(fd, SIGKILL, 0, 0), 0);
	T_KILLED("pidfd_signal_killed", t_wait(pid), SIGKILL);
	T_ERR("pidfd_send_signal_esrch", pidfd_send_signal(fd, SIGKILL, 0, 0), ESRCH);
	close(fd);
	close(p[1]);
	T_ERR("pidfd_open_einval", pidfd_open(getpid(), 0x40000000), EINVAL);
	T_ERR("pidfd_open_esrch", pidfd_open(pid, 0), ESRCH);
	T_ERR("pidfd_send_signal_ebadf", pidfd_send_signal(-1, 0, 0, 0), EBADF);
}

int main(void)
{
	test_inotify();
	test_pidfd();
	return t_done();
}
