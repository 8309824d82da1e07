/*
 * remove, rename, renameat, renameat2, tmpfile, tmpnam, ctermid, the lock functions,
 * the _unlocked family and getw/putw.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "t.h"

/* No <sys/stat.h> yet: mkdir through the raw call. */
static int make_dir(const char *path)
{
	return syscall(SYS_mkdirat, AT_FDCWD, path, 0700);
}

static void make_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	/* Failing (a kernel without the calls), the cases that follow say so. */
	if (!f)
		return;
	fputs(text, f);
	fclose(f);
}

static void test_remove(void)
{
	char a[64], d[64];

	t_tmpname(a, "rm-file");
	t_tmpname(d, "rm-dir");
	make_file(a, "x");
	t_eq("remove_file", remove(a), 0);
	T_ERR("remove_file_gone", access(a, F_OK), ENOENT);
	T_ERR("remove_missing", remove(a), ENOENT);
	t_eq("mkdir_for_remove", make_dir(d), 0);
	t_eq("remove_empty_dir", remove(d), 0);
	T_ERR("remove_dir_gone", access(d, F_OK), ENOENT);
	make_dir(d);
	snprintf(a, sizeof a, "%s/f", d);
	make_file(a, "x");
	T_ERR("remove_full_dir", remove(d), ENOTEMPTY);
	remove(a);
	remove(d);
}

static void test_rename(void)
{
	char a[64], b[64], d[64], buf[8] = "";
	FILE *f;
	int dfd;

	t_tmpname(a, "ren-a");
	t_tmpname(b, "ren-b");
	t_tmpname(d, "ren-dir");
	make_file(a, "abc");
	t_eq("rename", rename(a, b), 0);
	T_ERR("rename_old_gone", access(a, F_OK), ENOENT);
	if ((f = fopen(b, "r"))) {
		fgets(buf, sizeof buf, f);
		fclose(f);
	}
	t_str("rename_content", buf, "abc");
	T_ERR("rename_missing", rename(a, b), ENOENT);
	make_dir(d);
	T_ERR("rename_file_over_dir", rename(b, d), EISDIR);
	dfd = open(d, O_RDONLY | O_DIRECTORY);
	t_eq("renameat_into_dir", renameat(AT_FDCWD, b, dfd, "moved"), 0);
	t_eq("renameat_rel_both", renameat(dfd, "moved", dfd, "again"), 0);
	snprintf(a, sizeof a, "%s/again", d);
	t_eq("renameat_result", access(a, F_OK), 0);
	T_ERR("renameat_badfd", renameat(-1, "again", dfd, "x"), EBADF);
	close(dfd);
	remove(a);
	remove(d);
}

static void read_back(const char *name, const char *path, const char *want)
{
	char buf[16] = "";
	FILE *f = fopen(path, "r");

	if (f) {
		fgets(buf, sizeof buf, f);
		fclose(f);
	}
	t_str(name, buf, want);
}

static void test_renameat2(void)
{
	char a[64], b[64];

	t_tmpname(a, "ren2-a");
	t_tmpname(b, "ren2-b");
	make_file(a, "one");
	make_file(b, "two");
	T_ERR("renameat2_noreplace_eexist", renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_NOREPLACE), EEXIST);
	read_back("renameat2_noreplace_kept", b, "two");
	T_ERR("renameat2_both_flags_einval",
	      renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_NOREPLACE | RENAME_EXCHANGE), EINVAL);
	T_ERR("renameat2_unknown_flag_einval", renameat2(AT_FDCWD, a, AT_FDCWD, b, 1u << 20), EINVAL);
	T_ERR("renameat2_exchange_missing", renameat2(AT_FDCWD, a, AT_FDCWD, "/nonexistent/x", RENAME_EXCHANGE),
	      ENOENT);
	if (renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) == -1 && errno == EINVAL) {
		t_skip("renameat2_exchange", "EINVAL: the scratch file system has no RENAME_EXCHANGE");
	} else {
		read_back("renameat2_exchange_a", a, "two");
		read_back("renameat2_exchange_b", b, "one");
	}
	remove(b);
	t_eq("renameat2_noreplace_free", renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_NOREPLACE), 0);
	T_ERR("renameat2_old_gone", access(a, F_OK), ENOENT);
	remove(b);
}

static void test_tmp(void)
{
	char name[L_tmpnam], buf[16] = "", *p;
	FILE *f = tmpfile();

	t_true("tmpfile", f != 0, "NULL");
	if (f) {
		t_eq("tmpfile_write", fputs("hello", f), 0);
		rewind(f);
		t_str("tmpfile_read_back", fgets(buf, sizeof buf, f), "hello");
		t_eq("tmpfile_close", fclose(f), 0);
	}
	p = tmpnam(name);
	t_true("tmpnam_buf", p == name && !strncmp(name, "/tmp/", 5) && strlen(name) < L_tmpnam,
	       "not a /tmp name in the buffer");
	T_ERR("tmpnam_unused", access(name, F_OK), ENOENT);
	p = tmpnam(0);
	t_true("tmpnam_static", p && strcmp(p, name) && !strncmp(p, "/tmp/", 5), "same name or NULL");
}

static void test_misc(void)
{
	char term[L_ctermid];
	char a[64];
	FILE *f;
	int c;

	t_str("ctermid_buf", ctermid(term), "/dev/tty");
	t_str("ctermid_static", ctermid(0), "/dev/tty");
	t_tmpname(a, "unlocked");
	f = fopen(a, "w+");
	flockfile(f);
	t_eq("ftrylockfile", ftrylockfile(f), 0);
	t_eq("putc_unlocked", putc_unlocked('A', f), 'A');
	t_eq("fputs_unlocked", fputs_unlocked("bc\n", f), 0);
	t_eq("fwrite_unlocked", fwrite_unlocked("de", 1, 2, f), 2);
	t_eq("putw", putw(0x12345678, f), 0);
	t_eq("putw_negative", putw(-1, f), 0);
	t_eq("fflush_unlocked", fflush_unlocked(f), 0);
	funlockfile(f);
	rewind(f);
	t_eq("getc_unlocked", getc_unlocked(f), 'A');
	t_str("fgets_unlocked", fgets_unlocked(term, sizeof term, f), "bc\n");
	c = getc_unlocked(f);
	t_eq("getc_unlocked_2", c, 'd');
	getc_unlocked(f);
	t_eq("getw", getw(f), 0x12345678);
	t_eq("getw_negative", getw(f), -1);
	t_eq("getw_eof", getw(f), EOF);
	t_true("getw_eof_flag", feof(f), "feof not set");
	fclose(f);
	remove(a);
	f = fopen("/dev/null", "r");
	t_eq("putw_readonly", putw(1, f), EOF);
	fclose(f);
}

int main(void)
{
	test_remove();
	test_rename();
	test_renameat2();
	test_tmp();
	test_misc();
	return t_done();
}
