/* pathconf fpathconf confstr sysconf names, ttyname, getlogin, tcgetpgrp, nice, brk/sbrk, daemon, getentropy, domain name, getdtablesize, chroot. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include "t.h"

static void path_conf(void)
{
	struct statfs fs;
	int fd = open("/", O_RDONLY | O_DIRECTORY);

	statfs("/", &fs);
	t_eq("pc_name_max", pathconf("/", _PC_NAME_MAX), (long long)fs.f_namelen);
	t_eq("pc_path_max", pathconf("/", _PC_PATH_MAX), 4096);
	t_eq("pc_pipe_buf", pathconf("/", _PC_PIPE_BUF), 4096);
	t_eq("pc_max_canon", pathconf("/", _PC_MAX_CANON), 255);
	t_eq("pc_chown_restricted", pathconf("/", _PC_CHOWN_RESTRICTED), 1);
	t_eq("pc_no_trunc", pathconf("/", _PC_NO_TRUNC), 1);
	t_eq("pc_vdisable", pathconf("/", _PC_VDISABLE), 0);
	t_eq("pc_filesizebits", pathconf("/", _PC_FILESIZEBITS), 64);
	t_eq("pc_xfer_align", pathconf("/", _PC_REC_XFER_ALIGN), (long long)fs.f_bsize);
	t_eq("pc_alloc_size_min", pathconf("/", _PC_ALLOC_SIZE_MIN), (long long)fs.f_frsize);
	t_eq("pc_2_symlinks", pathconf("/", _PC_2_SYMLINKS), 1);
	t_eq("pc_link_max", pathconf("/", _PC_LINK_MAX),
	     fs.f_type == 0xef53 ? 65000 : fs.f_type == 0x9123683e ? 65535 :
	     fs.f_type == 0x58465342 ? 2147483647 : 127);
	errno = 0;
	t_eq("pc_symlink_max_none", pathconf("/", _PC_SYMLINK_MAX), -1);
	t_eq("pc_none_errno_kept", errno, 0);
	t_eq("fpathconf_same", fpathconf(fd, _PC_NAME_MAX), (long long)fs.f_namelen);
	T_ERR("pc_bad_name", pathconf("/", 99), EINVAL);
	T_ERR("pc_negative_name", pathconf("/", -1), EINVAL);
	T_ERR("pc_enoent", pathconf("/nonexistent/trapdoor", _PC_NAME_MAX), ENOENT);
	T_ERR("fpathconf_ebadf", fpathconf(-1, _PC_PIPE_BUF), EBADF);
	close(fd);
}

static void conf_str(void)
{
	char buf[64];

	t_eq("confstr_path", (long long)confstr(_CS_PATH, buf, sizeof buf), 14);
	t_str("confstr_path_text", buf, "/bin:/usr/bin");
	t_eq("confstr_size_only", (long long)confstr(_CS_PATH, NULL, 0), 14);
	t_eq("confstr_cut", (long long)confstr(_CS_PATH, buf, 5), 14);
	t_str("confstr_cut_text", buf, "/bin");
	confstr(_CS_V7_WIDTH_RESTRICTED_ENVS, buf, sizeof buf);
	t_str("confstr_v7_env", buf, sizeof(long) == 4 ? "POSIX_V7_ILP32_OFFBIG" : "POSIX_V7_LP64_OFF64");
	t_eq("confstr_lfs_cflags", (long long)confstr(_CS_LFS_CFLAGS, buf, sizeof buf), 1);
	t_str("confstr_lfs_cflags_empty", buf, "");
	errno = 0;
	t_eq("confstr_gnu_version", (long long)confstr(_CS_GNU_LIBC_VERSION, buf, sizeof buf), 0);
	t_eq("confstr_gnu_version_einval", errno, EINVAL);
	errno = 0;
	t_eq("confstr_bad", (long long)confstr(99, buf, sizeof buf), 0);
	t_eq("confstr_bad_einval", errno, EINVAL);
}

static void sys_conf(void)
{
	int name, bad = 0, gap = 0;
	cpu_set_t set;

	/* Every number up to _SC_SIGSTKSZ outside glibc's unused range answers without EINVAL. */
	for (name = 0; name <= _SC_SIGSTKSZ; name++) {
		errno = 0;
		sysconf(name);
		if (name > _SC_LEVEL4_CACHE_LINESIZE && name < _SC_IPV6)
			gap += errno == EINVAL;
		else
			bad += errno != 0;
	}
	t_eq("sysconf_every_name", bad, 0);
	t_eq("sysconf_gap_einval", gap, _SC_IPV6 - _SC_LEVEL4_CACHE_LINESIZE - 1);
	T_ERR("sysconf_past_end", sysconf(_SC_SIGSTKSZ + 1), EINVAL);
	T_ERR("sysconf_negative", sysconf(-1), EINVAL);
	t_eq("sc_long_bit", sysconf(_SC_LONG_BIT), (long long)(8 * sizeof(long)));
	t_eq("sc_char_max", sysconf(_SC_CHAR_MAX), CHAR_MAX);
	t_eq("sc_ssize_max", sysconf(_SC_SSIZE_MAX), SSIZE_MAX);
	t_eq("sc_nzero", sysconf(_SC_NZERO), 20);
	t_true("sc_minsigstksz", sysconf(_SC_MINSIGSTKSZ) >= MINSIGSTKSZ, "below MINSIGSTKSZ");
	t_true("sc_sigstksz", sysconf(_SC_SIGSTKSZ) >= SIGSTKSZ && sysconf(_SC_SIGSTKSZ) >= 4 * sysconf(_SC_MINSIGSTKSZ),
	       "too small");
	t_eq("sc_spawn", sysconf(_SC_SPAWN), 200809);
	t_eq(sizeof(long) == 4 ? "sc_v7_ilp32_offbig" : "sc_v7_lp64_off64",
	     sysconf(sizeof(long) == 4 ? _SC_V7_ILP32_OFFBIG : _SC_V7_LP64_OFF64), 1);
	errno = 0;
	t_eq("sc_threads_absent", sysconf(_SC_THREADS), -1);
	t_eq("sc_absent_errno_kept", errno, 0);
	sched_getaffinity(0, sizeof set, &set);
	t_eq("sc_nprocessors_affinity", sysconf(_SC_NPROCESSORS_ONLN), CPU_COUNT(&set));
	t_eq("sc_page_size_alias", sysconf(_SC_PAGE_SIZE), sysconf(_SC_PAGESIZE));
}

static void table_size(void)
{
	struct rlimit rl, low;

	getrlimit(RLIMIT_NOFILE, &rl);
	t_eq("getdtablesize", getdtablesize(), rl.rlim_cur > INT_MAX ? INT_MAX : (long long)rl.rlim_cur);
	low = rl;
	low.rlim_cur = 77;
	setrlimit(RLIMIT_NOFILE, &low);
	t_eq("getdtablesize_lowered", getdtablesize(), 77);
	t_eq("sc_open_max_lowered", sysconf(_SC_OPEN_MAX), 77);
	setrlimit(RLIMIT_NOFILE, &rl);
}

/* Opens a pty pair; 0, or -1 when this system has none. */
static int open_pty(int *master, int *slave, char *name)
{
	unsigned n;
	int unlock = 0;

	*master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (*master < 0)
		return -1;
	if (ioctl(*master, TIOCSPTLCK, &unlock) || ioctl(*master, TIOCGPTN, &n)) {
		close(*master);
		return -1;
	}
	snprintf(name, 32, "/dev/pts/%u", n);
	*slave = open(name, O_RDWR | O_NOCTTY);
	return *slave < 0 ? (close(*master), -1) : 0;
}

/* Child: a session of its own, the pty its controlling terminal, the group in the foreground. */
static int ctty_slave;

static void controlling(void)
{
	if (setsid() < 0 || ioctl(ctty_slave, TIOCSCTTY, 0))
		_exit(1);
	if (tcgetpgrp(ctty_slave) != getpid())
		_exit(2);
	if (tcsetpgrp(ctty_slave, getpid()))
		_exit(3);
	if (tcsetpgrp(ctty_slave, 0x3ffffff0) != -1 || (errno != EPERM && errno != ESRCH))
		_exit(4);
	_exit(0);
}

/* Child (root): /proc unmounted in a mount namespace of its own, the name comes from the device number. */
static char pty_name[32];

static void without_proc(void)
{
	if (unshare(CLONE_NEWNS) || mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL))
		_exit(77);
	if (umount2("/proc", MNT_DETACH))
		_exit(77);
	if (!ttyname(ctty_slave) || strcmp(ttyname(ctty_slave), pty_name))
		_exit(1);
	_exit(0);
}

static void terminals(void)
{
	int master, slave, p[2];
	char name[32], buf[64], tiny[4];

	T_ERR("ttyname_ebadf", ttyname(-1) ? 0 : -1, EBADF);
	if (pipe(p) == 0) {
		T_ERR("ttyname_pipe_enotty", ttyname(p[0]) ? 0 : -1, ENOTTY);
		t_eq("ttyname_r_pipe", ttyname_r(p[0], buf, sizeof buf), ENOTTY);
		T_ERR("tcgetpgrp_pipe_enotty", tcgetpgrp(p[0]), ENOTTY);
		close(p[0]);
		close(p[1]);
	}
	if (open_pty(&master, &slave, name)) {
		t_skip("ttyname_pty", "no /dev/ptmx and /dev/pts here");
		return;
	}
	t_str("ttyname_pty", ttyname(slave), name);
	t_eq("ttyname_r_pty", ttyname_r(slave, buf, sizeof buf), 0);
	t_str("ttyname_r_pty_name", buf, name);
	t_eq("ttyname_r_erange", ttyname_r(slave, tiny, sizeof tiny), ERANGE);
	T_ERR("tcgetpgrp_not_controlling", tcgetpgrp(slave), ENOTTY);
	ctty_slave = slave;
	T_EXITED("tcgetpgrp_tcsetpgrp_controlling", t_in_child(controlling), 0);
	strcpy(pty_name, name);
	if (geteuid() != 0) {
		t_skip("ttyname_without_proc", "not root: cannot unmount /proc in a namespace");
	} else {
		int status = t_in_child(without_proc);

		if (status == 77 << 8)
			t_skip("ttyname_without_proc", "unshare(CLONE_NEWNS) or umount of /proc refused here");
		else
			T_EXITED("ttyname_without_proc", status, 0);
	}
	close(slave);
	close(master);
}

static void login_name(void)
{
	char buf[16], tiny[3];

	setenv("LOGNAME", "alice", 1);
	t_str("getlogin", getlogin(), "alice");
	t_eq("getlogin_r", getlogin_r(buf, sizeof buf), 0);
	t_str("getlogin_r_name", buf, "alice");
	t_eq("getlogin_r_erange", getlogin_r(tiny, sizeof tiny), ERANGE);
	unsetenv("LOGNAME");
	T_ERR("getlogin_unset_enxio", getlogin() ? 0 : -1, ENXIO);
	t_eq("getlogin_r_unset", getlogin_r(buf, sizeof buf), ENXIO);
}

/* Child: raise its nice value, past the top, then lower it (root only); 77 when it runs niced already. */
static void niceness(void)
{
	errno = 0;
	if (nice(0) != 0 || errno)
		_exit(77);
	if (nice(3) != 3)
		_exit(1);
	if (nice(100) != 19)
		_exit(2);
	errno = 0;
	if (geteuid() == 0 ? nice(-4) != 15 : nice(-4) != -1 || errno != EPERM)
		_exit(3);
	_exit(0);
}

static void heap_break(void)
{
	char *b = sbrk(0), *p;

	t_true("sbrk0", b != (char *)-1, "failed");
	p = sbrk(8192);
	t_true("sbrk_grow_returns_old", p == b, "not the old break");
	t_true("sbrk_grown", sbrk(0) == b + 8192, "break not moved");
	if (sbrk(0) != b + 8192)
		return;
	memset(b, 0x5a, 8192);
	t_eq("sbrk_memory_usable", b[8191], 0x5a);
	t_true("sbrk_shrink", sbrk(-4096) == b + 8192 && sbrk(0) == b + 4096, "shrink failed");
	t_eq("brk_set", brk(b + 12288), 0);
	t_true("brk_moved", sbrk(0) == b + 12288, "brk did not move the break");
	t_eq("brk_back", brk(b), 0);
	t_true("brk_back_moved", sbrk(0) == b, "break not restored");
	T_ERR("sbrk_below_heap_enomem", sbrk(-((intptr_t)16 << 20)) == (void *)-1 ? -1 : 0, ENOMEM);
	t_true("sbrk_failed_kept", sbrk(0) == b, "break moved by a failed call");
}

static int report[2];

/* The daemon (grandchild) checks its state and writes one letter per check. */
static void become_daemon(void)
{
	struct stat st;
	char cwd[8] = "", r[4];
	int i;

	close(report[0]);
	if (report[1] < 3)
		_exit(9);
	if (daemon(0, 0))
		_exit(8);
	r[0] = getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/") ? 'C' : 'c';
	r[1] = getsid(0) == getpid() ? 'S' : 's';
	r[2] = 'N';
	for (i = 0; i <= 2; i++)
		if (fstat(i, &st) || !S_ISCHR(st.st_mode) || st.st_rdev != makedev(1, 3))
			r[2] = 'n';
	r[3] = '\n';
	write(report[1], r, 4);
	_exit(0);
}

static void daemonize(void)
{
	char buf[16];

	if (pipe(report))
		return;
	T_EXITED("daemon_parent_exits", t_in_child(become_daemon), 0);
	close(report[1]);
	t_read_all(report[0], buf, sizeof buf);
	close(report[0]);
	t_str("daemon_state", buf, "CSN\n");
}

static void entropy(void)
{
	unsigned char a[256], b[256];

	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	errno = 0;
	t_eq("getentropy_256", getentropy(a, sizeof a), 0);
	t_eq("getentropy_errno_kept", errno, 0);
	getentropy(b, sizeof b);
	t_true("getentropy_differs", memcmp(a, b, sizeof a) != 0, "two draws alike");
	t_eq("getentropy_zero", getentropy(a, 0), 0);
	T_ERR("getentropy_257_eio", getentropy(a, 257), EIO);
	T_ERR("getentropy_efault", getentropy((void *)8, 16), EFAULT);
}

static void in_uts_namespace(void)
{
	char buf[64];

	if (unshare(CLONE_NEWUTS))
		_exit(77);
	if (setdomainname("trapdoor.test", 13))
		_exit(1);
	if (getdomainname(buf, sizeof buf) || strcmp(buf, "trapdoor.test"))
		_exit(2);
	if (getdomainname(buf, 13) != -1 || errno != EINVAL)
		_exit(3);
	if (getdomainname(buf, 14) || strcmp(buf, "trapdoor.test"))
		_exit(4);
	if (setdomainname("x", 65) != -1 || errno != EINVAL)
		_exit(5);
	_exit(0);
}

static void domain_name(void)
{
	struct utsname u;
	char buf[65];
	int status;

	uname(&u);
	t_eq("getdomainname", getdomainname(buf, sizeof buf), 0);
	t_str("getdomainname_uname", buf, u.domainname);
	if (geteuid() != 0) {
		T_ERR("setdomainname_eperm", setdomainname("x", 1), EPERM);
		return;
	}
	status = t_in_child(in_uts_namespace);
	if (status == 77 << 8)
		t_skip("domainname_namespace", "unshare(CLONE_NEWUTS) refused here");
	else
		T_EXITED("domainname_namespace", status, 0);
}

static char tree[64];

static void in_chroot(void)
{
	if (chroot(tree) || chdir("/"))
		_exit(1);
	if (access("/inside", F_OK))
		_exit(2);
	if (access(tree, F_OK) != -1 || errno != ENOENT)
		_exit(3);
	_exit(0);
}

static void change_root(void)
{
	char inside[80];

	mkdir(t_tmpname(tree, "root"), 0755);
	strcpy(inside, tree);
	strcat(inside, "/inside");
	mkdir(inside, 0755);
	if (geteuid() != 0)
		t_skip("chroot_scratch_tree", "not root: chroot needs CAP_SYS_CHROOT");
	else
		T_EXITED("chroot_scratch_tree", t_in_child(in_chroot), 0);
	rmdir(inside);
	rmdir(tree);
}

int main(void)
{
	int i;

	path_conf();
	conf_str();
	sys_conf();
	table_size();
	terminals();
	login_name();
	i = t_in_child(niceness);
	if (i == 77 << 8)
		t_skip("nice", "the test runs niced already");
	else
		T_EXITED("nice", i, 0);
	heap_break();
	daemonize();
	entropy();
	domain_name();
	change_root();
	return t_done();
}
