/* setmntent getmntent getmntent_r addmntent endmntent hasmntopt: escapes, comments, a round trip. */
#include <errno.h>
#include <mntent.h>
#include <stdlib.h>
#include "t.h"

static char path[64];

static void write_file(const char *text)
{
	FILE *f = fopen(path, "w");

	fputs(text, f);
	fclose(f);
}

static void reading(void)
{
	struct mntent *m, r;
	char buf[64], tiny[32];
	FILE *f;

	write_file("# comment line\n"
		   "\n"
		   "   \t  # indented comment\n"
		   "/dev/sda1 / ext4 rw,relatime,errors=remount-ro 0 1\n"
		   "onlyone\n"
		   "server:/export\\040dir /mnt/with\\040space\\011tab nfs ro,vers=4 \n"
		   "back\\134slash /b\\012n tmpfs\n"
		   "proc /proc\n"
		   "/dev/a-very-long-device-name-indeed /x ext2 defaults 1 2\n"
		   "last /l ext4 defaults 3 4");
	f = setmntent(path, "r");
	t_true("setmntent", f != NULL, "NULL");
	if (!f)
		return;
	m = getmntent(f);
	t_str("fsname", m ? m->mnt_fsname : NULL, "/dev/sda1");
	t_str("dir", m ? m->mnt_dir : NULL, "/");
	t_str("type", m ? m->mnt_type : NULL, "ext4");
	t_str("opts", m ? m->mnt_opts : NULL, "rw,relatime,errors=remount-ro");
	t_eq("freq", m ? m->mnt_freq : -1, 0);
	t_eq("passno", m ? m->mnt_passno : -1, 1);
	t_str("hasmntopt_errors", m ? hasmntopt(m, "errors") : NULL, "errors=remount-ro");
	t_str("hasmntopt_relatime", m ? hasmntopt(m, "relatime") : NULL, "relatime,errors=remount-ro");
	t_true("hasmntopt_prefix_only", m && !hasmntopt(m, "rel"), "matched a prefix");
	t_true("hasmntopt_ro_not_in_remount", m && !hasmntopt(m, "ro"), "matched inside a value");
	m = getmntent(f);
	t_str("escaped_space_fsname", m ? m->mnt_fsname : NULL, "server:/export dir");
	t_str("escaped_space_tab_dir", m ? m->mnt_dir : NULL, "/mnt/with space\ttab");
	t_eq("missing_freq_zero", m ? m->mnt_freq : -1, 0);
	t_str("hasmntopt_value", m ? hasmntopt(m, "vers") : NULL, "vers=4");
	m = getmntent(f);
	t_str("escaped_backslash", m ? m->mnt_fsname : NULL, "back\\slash");
	t_str("escaped_newline", m ? m->mnt_dir : NULL, "/b\nn");
	t_str("missing_opts_empty", m ? m->mnt_opts : NULL, "");
	m = getmntent_r(f, &r, buf, sizeof buf);
	t_str("getmntent_r", m ? m->mnt_fsname : NULL, "proc");
	t_true("getmntent_r_in_buf", m && m->mnt_dir >= buf && m->mnt_dir < buf + sizeof buf, "outside buf");
	t_str("missing_type_empty", m ? m->mnt_type : NULL, "");
	m = getmntent_r(f, &r, tiny, sizeof tiny);
	t_str("too_long_skipped", m ? m->mnt_fsname : NULL, "last");
	t_eq("last_freq", m ? m->mnt_freq : -1, 3);
	t_eq("last_passno", m ? m->mnt_passno : -1, 4);
	t_true("end", getmntent(f) == NULL, "entry past the end");
	t_eq("endmntent", endmntent(f), 1);
	errno = 0;
	t_true("setmntent_enoent", setmntent("/nonexistent/trapdoor/fstab", "r") == NULL && errno == ENOENT,
	       "not ENOENT");
}

static void round_trip(void)
{
	struct mntent in = { "my disk\\x", "/mnt/a b\tc\nd", "ext4", "rw,noatime", 2, 3 }, *m;
	FILE *f;
	char text[256];
	size_t n;

	write_file("first / ext4 defaults 0 0\n");
	f = setmntent(path, "a+");
	t_eq("addmntent", addmntent(f, &in), 0);
	endmntent(f);
	f = fopen(path, "r");
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = 0;
	fclose(f);
	t_str("addmntent_text", text,
	      "first / ext4 defaults 0 0\nmy\\040disk\\134x /mnt/a\\040b\\011c\\012d ext4 rw,noatime 2 3\n");
	f = setmntent(path, "r");
	m = getmntent(f);
	m = getmntent(f);
	t_str("round_trip_fsname", m ? m->mnt_fsname : NULL, in.mnt_fsname);
	t_str("round_trip_dir", m ? m->mnt_dir : NULL, in.mnt_dir);
	t_str("round_trip_opts", m ? m->mnt_opts : NULL, in.mnt_opts);
	t_eq("round_trip_passno", m ? m->mnt_passno : -1, 3);
	endmntent(f);
	f = setmntent(path, "r");
	t_eq("addmntent_read_only_fails", addmntent(f, &in), 1);
	endmntent(f);
	remove(path);
}

static void long_line(void)
{
	size_t n = 100000;
	char *text = malloc(n + 32);
	struct mntent *m;
	FILE *f;

	memset(text, 'd', n);
	memcpy(text + n, " /long ext4 ro 0 0\n", 20);
	write_file(text);
	f = setmntent(path, "r");
	m = getmntent(f);
	t_eq("getmntent_long_line", m ? (long long)strlen(m->mnt_fsname) : -1, (long long)n);
	endmntent(f);
	free(text);
	remove(path);
}

static void proc_mounts(void)
{
	FILE *f = setmntent("/proc/self/mounts", "r");
	struct mntent *m;
	int root = 0;

	if (!f) {
		t_skip("proc_mounts_root", "/proc not mounted");
		return;
	}
	while ((m = getmntent(f)))
		root |= !strcmp(m->mnt_dir, "/");
	endmntent(f);
	t_eq("proc_mounts_root", root, 1);
}

int main(void)
{
	t_tmpname(path, "mtab");
	reading();
	round_trip();
	long_line();
	proc_mounts();
	return t_done();
}
