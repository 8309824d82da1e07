/* sysinfo, sysmacros, getrandom, unshare, setns, mount, umount, pivot_root, reboot. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/random.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include "t.h"

static void info(void)
{
	struct sysinfo si;

	memset(&si, 0xff, sizeof si);
	t_eq("sysinfo", sysinfo(&si), 0);
	/* qemu-user cuts the host's figures to 32 bits: free may then exceed total. */
	if (t_under_qemu() && sizeof(long) == 4 && si.freeram > si.totalram)
		t_skip("sysinfo_memory", "qemu-user truncates the host's memory figures to 32 bits");
	else
		t_true("sysinfo_memory", si.mem_unit >= 1 && si.totalram > 0 && si.freeram <= si.totalram,
		       "memory figures implausible");
	t_true("sysinfo_procs_uptime", si.procs >= 1 && si.uptime >= 0, "procs < 1 or negative uptime");
	T_ERR("sysinfo_efault", sysinfo((struct sysinfo *)8), EFAULT);
}

static void devnums(void)
{
	struct stat st;
	dev_t d = makedev(0x12345, 0xabcdef);

	t_eq("makedev_small", makedev(1, 3), 0x103);
	t_eq("makedev_wide", d, 0x1200abcd345efULL);
	t_eq("major_wide", major(d), 0x12345);
	t_eq("minor_wide", minor(d), 0xabcdef);
	t_eq("major_max", major(makedev(0xffffffffu, 0)), 0xffffffffu);
	t_eq("minor_max", minor(makedev(0, 0xffffffffu)), 0xffffffffu);
	stat("/dev/null", &st);
	t_eq("dev_null_major", major(st.st_rdev), 1);
	t_eq("dev_null_minor", minor(st.st_rdev), 3);
}

static void random_bytes(void)
{
	unsigned char a[32] = { 0 }, b[32] = { 0 };

	t_eq("getrandom", getrandom(a, sizeof a, 0), 32);
	t_eq("getrandom_nonblock", getrandom(b, sizeof b, GRND_NONBLOCK), 32);
	/* Equal by chance once in 2^256 runs. */
	t_true("getrandom_differs", memcmp(a, b, sizeof a) != 0, "two draws were equal");
	t_eq("getrandom_zero_len", getrandom(a, 0, 0), 0);
	T_ERR("getrandom_bad_flags_einval", getrandom(a, 1, 0x80), EINVAL);
	T_ERR("getrandom_efault", getrandom((void *)8, 4, 0), EFAULT);
}

/* In a child: a new UTS and mount namespace, a host name and a tmpfs of its own. */
static void in_namespaces(void)
{
	char dir[64], name[65], path[96];
	struct stat before, after;
	int fd;

	if (unshare(CLONE_NEWUTS | CLONE_NEWNS))
		_exit(errno == EPERM ? 77 : 1);
	if (sethostname("trapdoor-ns", 11) || gethostname(name, sizeof name) || strcmp(name, "trapdoor-ns"))
		_exit(2);
	if (mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL))
		_exit(3);
	mkdir(t_tmpname(dir, "mnt"), 0755);
	stat(dir, &before);
	if (mount("none", dir, "tmpfs", MS_NOSUID, "size=1m") || stat(dir, &after) ||
	    after.st_dev == before.st_dev)
		_exit(4);
	strcpy(path, dir);
	strcat(path, "/x");
	fd = open(path, O_WRONLY | O_CREAT, 0600);
	if (fd < 0)
		_exit(5);
	if (umount2(dir, 0) != -1 || errno != EBUSY)
		_exit(6);
	close(fd);
	if (mount(NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL) ||
	    open(path, O_WRONLY) != -1 || errno != EROFS)
		_exit(7);
	if (umount(dir) || stat(path, &after) != -1 || errno != ENOENT)
		_exit(8);
	if (mount("none", dir, "trapdoor-nosuchfs", 0, NULL) != -1 || errno != ENODEV)
		_exit(9);
	rmdir(dir);
	fd = open("/proc/self/ns/uts", O_RDONLY);
	if (fd < 0)
		_exit(77);
	if (setns(fd, CLONE_NEWUTS) || setns(fd, CLONE_NEWNET) != -1 || errno != EINVAL)
		_exit(10);
	_exit(0);
}

static void namespaces(void)
{
	char before[65], after[65];
	int status;
	pid_t pid;

	t_eq("unshare_nothing", unshare(0), 0);
	T_ERR("unshare_bad_flag_einval", unshare((int)0x80000000u), EINVAL);
	T_ERR("setns_ebadf", setns(-1, 0), EBADF);
	T_ERR("umount_missing_enoent", umount("/nonexistent/trapdoor"), geteuid() ? EPERM : ENOENT);
	T_ERR("umount2_bad_flag_einval", umount2("/", 0x100), EINVAL);
	T_ERR("pivot_root_missing", pivot_root("/nonexistent/a", "/nonexistent/b"), geteuid() ? EPERM : ENOENT);
	/* Not a command: refused before anything happens, even with CAP_SYS_BOOT. */
	T_ERR("reboot_bad_cmd", reboot(0x12345), geteuid() ? EPERM : EINVAL);
	if (geteuid() != 0) {
		T_ERR("mount_unprivileged_eperm", mount("none", "/tmp", "tmpfs", 0, NULL), EPERM);
		return;
	}
	gethostname(before, sizeof before);
	pid = fork();
	if (pid == 0)
		in_namespaces();
	status = t_wait(pid);
	if (status == 77 << 8)
		t_skip("namespaces_mount_umount", "no CAP_SYS_ADMIN here (unshare or /proc refused)");
	else
		T_EXITED("namespaces_mount_umount", status, 0);
	gethostname(after, sizeof after);
	t_str("host_name_unchanged_outside", after, before);
}

int main(void)
{
	info();
	devnums();
	random_bytes();
	namespaces();
	return t_done();
}
