/* fcntl record locks (F_GETLK sees a child's lock, above 4 GiB too), OFD locks, flock, creat, posix_fadvise, fallocate. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include "t.h"

#define GIB5 (5LL << 30)

static char path[64];
static int to_child[2], to_parent[2];

static int lock(int fd, int cmd, short type, off_t start, off_t len)
{
	struct flock fl;

	memset(&fl, 0, sizeof fl);
	fl.l_type = type;
	fl.l_whence = SEEK_SET;
	fl.l_start = start;
	fl.l_len = len;
	return fcntl(fd, cmd, &fl);
}

/* Child: lock [100, 200) and 10 bytes at 5 GiB, flock the file, then wait. */
static void holder(void)
{
	int fd = open(path, O_RDWR), fd2 = open(path, O_RDONLY);
	char c;

	if (lock(fd, F_SETLK, F_WRLCK, 100, 100) || lock(fd, F_SETLKW, F_RDLCK, GIB5, 10) ||
	    flock(fd2, LOCK_EX | LOCK_NB))
		_exit(1);
	if (write(to_parent[1], "L", 1) != 1 || read(to_child[0], &c, 1) != 1)
		_exit(2);
	_exit(0);
}

static void record_locks(void)
{
	struct flock fl;
	pid_t pid;
	int fd, fd2, status;
	char c = 0;

	close(open(t_tmpname(path, "lock"), O_RDWR | O_CREAT | O_TRUNC, 0600));
	if (pipe(to_child) || pipe(to_parent))
		return;
	pid = fork();
	if (pid == 0)
		holder();
	t_eq("child_locked", read(to_parent[0], &c, 1), 1);
	fd = open(path, O_RDWR);
	memset(&fl, 0, sizeof fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 0;
	fl.l_len = 1000;
	t_eq("getlk", fcntl(fd, F_GETLK, &fl), 0);
	t_eq("getlk_type", fl.l_type, F_WRLCK);
	t_eq("getlk_start", fl.l_start, 100);
	t_eq("getlk_len", fl.l_len, 100);
	t_eq("getlk_pid", fl.l_pid, pid);
	t_eq("getlk_whence", fl.l_whence, SEEK_SET);
	fl.l_type = F_WRLCK;
	fl.l_start = GIB5 + 5;
	fl.l_len = 0;
	t_eq("getlk_5gib", fcntl(fd, F_GETLK, &fl), 0);
	t_eq("getlk_5gib_type", fl.l_type, F_RDLCK);
	t_eq("getlk_5gib_start", fl.l_start, GIB5);
	t_eq("getlk_5gib_len", fl.l_len, 10);
	fl.l_type = F_RDLCK;
	fl.l_start = GIB5;
	fl.l_len = 10;
	t_eq("getlk_shared_free", fcntl(fd, F_GETLK, &fl), 0);
	t_eq("getlk_shared_unlck", fl.l_type, F_UNLCK);
	T_ERR("setlk_conflict_eagain", lock(fd, F_SETLK, F_RDLCK, 150, 1), EAGAIN);
	T_ERR("setlk_5gib_conflict", lock(fd, F_SETLK, F_WRLCK, GIB5 + 9, 1), EAGAIN);
	t_eq("setlk_free_range", lock(fd, F_SETLK, F_WRLCK, 0, 100), 0);
	t_eq("setlk64_is_setlk", F_SETLK64, F_SETLK);
	fd2 = open(path, O_RDONLY);
	T_ERR("flock_held_ewouldblock", flock(fd2, LOCK_EX | LOCK_NB), EWOULDBLOCK);
	t_eq("flock_shared_blocked_too", flock(fd2, LOCK_SH | LOCK_NB), -1);
	t_eq("release_child", write(to_child[1], "G", 1), 1);
	status = t_wait(pid);
	T_EXITED("child_status", status, 0);
	fl.l_type = F_WRLCK;
	fl.l_start = 100;
	fl.l_len = 0;
	t_eq("getlk_after_exit", fcntl(fd, F_GETLK, &fl), 0);
	t_eq("getlk_after_exit_unlck", fl.l_type, F_UNLCK);
	t_eq("flock_after_exit", flock(fd2, LOCK_EX | LOCK_NB), 0);
	t_eq("flock_unlock", flock(fd2, LOCK_UN), 0);
	T_ERR("flock_bad_op_einval", flock(fd2, 0), EINVAL);
	T_ERR("flock_ebadf", flock(-1, LOCK_SH), EBADF);
	T_ERR("setlk_bad_type_einval", lock(fd, F_SETLK, 7, 0, 1), EINVAL);
	T_ERR("setlk_ebadf", lock(-1, F_SETLK, F_RDLCK, 0, 1), EBADF);
	T_ERR("setlk_write_on_rdonly_ebadf", lock(fd2, F_SETLK, F_WRLCK, 0, 1), EBADF);
	T_ERR("setlk_negative_einval", lock(fd, F_SETLK, F_RDLCK, -1, 1), EINVAL);
	close(fd);
	close(fd2);
}

/* OFD locks belong to the open file description, so one process conflicts with itself. */
static void ofd_locks(void)
{
	int fd = open(path, O_RDWR), fd2 = open(path, O_RDWR);
	struct flock fl;

	t_eq("ofd_setlk", lock(fd, F_OFD_SETLK, F_WRLCK, GIB5, 1), 0);
	memset(&fl, 0, sizeof fl);
	fl.l_type = F_RDLCK;
	fl.l_start = GIB5;
	fl.l_len = 1;
	t_eq("ofd_getlk", fcntl(fd2, F_OFD_GETLK, &fl), 0);
	t_eq("ofd_getlk_type", fl.l_type, F_WRLCK);
	t_eq("ofd_getlk_pid", fl.l_pid, -1);
	t_eq("ofd_getlk_start", fl.l_start, GIB5);
	T_ERR("ofd_conflict_eagain", lock(fd2, F_OFD_SETLK, F_RDLCK, GIB5, 1), EAGAIN);
	T_ERR("ofd_pid_einval", (fl.l_pid = 1, fl.l_type = F_RDLCK, fcntl(fd2, F_OFD_SETLK, &fl)), EINVAL);
	t_eq("ofd_unlock", lock(fd, F_OFD_SETLK, F_UNLCK, GIB5, 1), 0);
	t_eq("ofd_now_free", lock(fd2, F_OFD_SETLK, F_RDLCK, GIB5, 1), 0);
	close(fd);
	close(fd2);
}

static void creat_file(void)
{
	struct stat st;
	mode_t old = umask(022);
	int fd = creat(path, 0666);

	t_true("creat", fd >= 0, "failed");
	t_eq("creat_wronly", fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
	t_eq("creat_truncates", fstat(fd, &st) == 0 ? st.st_size : -1, 0);
	close(fd);
	unlink(path);
	fd = creat(path, 0666);
	t_eq("creat_new_mode", fstat(fd, &st) == 0 ? (long long)(st.st_mode & 0777) : -1, 0644);
	close(fd);
	umask(old);
	T_ERR("creat_enoent", creat("/nonexistent/trapdoor/x", 0600), ENOENT);
}

static void advise_allocate(void)
{
	int fd = open(path, O_RDWR), p[2], e, r;
	struct stat st;

	t_eq("fadvise_willneed", posix_fadvise(fd, 0, 4096, POSIX_FADV_WILLNEED), 0);
	t_eq("fadvise_dontneed_5gib", posix_fadvise(fd, GIB5, 1LL << 33, POSIX_FADV_DONTNEED), 0);
	t_eq("fadvise_noreuse", posix_fadvise(fd, 0, 0, POSIX_FADV_NOREUSE), 0);
	errno = 0;
	t_eq("fadvise_bad_advice", posix_fadvise(fd, 0, 0, 99), EINVAL);
	t_eq("fadvise_errno_untouched", errno, 0);
	t_eq("fadvise_negative_len", posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL), EINVAL);
	t_eq("fadvise_ebadf", posix_fadvise(-1, 0, 0, POSIX_FADV_NORMAL), EBADF);
	if (pipe(p) == 0) {
		t_eq("fadvise_pipe_espipe", posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE);
		t_eq("fallocate_pipe_espipe", posix_fallocate(p[1], 0, 1), ESPIPE);
		close(p[0]);
		close(p[1]);
	}
	r = posix_fallocate(fd, GIB5, 4096);
	if (r == EOPNOTSUPP) {
		t_skip("posix_fallocate_5gib", "the file system of /tmp has no fallocate");
	} else {
		t_eq("posix_fallocate_5gib", r, 0);
		t_eq("posix_fallocate_size", fstat(fd, &st) == 0 ? st.st_size : -1, GIB5 + 4096);
		t_eq("fallocate_keep_size", fallocate(fd, FALLOC_FL_KEEP_SIZE, GIB5 + 4096, 8192), 0);
		t_eq("fallocate_kept_size", fstat(fd, &st) == 0 ? st.st_size : -1, GIB5 + 4096);
		e = fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, GIB5, 4096) ? errno : 0;
		t_true("fallocate_punch_hole", e == 0 || e == EOPNOTSUPP, "unexpected errno");
	}
	t_eq("posix_fallocate_zero_len", posix_fallocate(fd, 0, 0), EINVAL);
	t_eq("posix_fallocate_ebadf", posix_fallocate(-1, 0, 1), EBADF);
	T_ERR("fallocate_negative_einval", fallocate(fd, 0, -1, 1), EINVAL);
	T_ERR("fallocate_bad_mode", fallocate(fd, 0x4000, 0, 1), EOPNOTSUPP);
	close(fd);
	unlink(path);
}

int main(void)
{
	record_locks();
	ofd_locks();
	creat_file();
	advise_allocate();
	return t_done();
}
