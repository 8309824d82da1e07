/*
 * <pwd.h> <grp.h> <shadow.h> over scratch files with malformed lines (through
 * the test hook), and the stream forms fgetpwent/putpwent and the like.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "t.h"

static char dir[64];

static const char passwd[] =
	"root:x:0:0:root:/root:/bin/sh\n"
	"short:x:1:1\n"
	"toomany:x:2:2:g:/h:/s:extra\n"
	"badid:x:12a:3::/:/bin/sh\n"
	"neg:x:-1:3::/:/bin/sh\n"
	"big:x:4294967296:3::/:/bin/sh\n"
	":x:5:5::/:/bin/sh\n"
	"emptyuid:x::5::/:/bin/sh\n"
	"\n"
	"+\n"
	"nul:x:6:6:a\0b:/:/bin/sh\n"
	"max:x:4294967295:7::/nonexistent:\n"
	"alice:*:1000:100:Alice A,,,:/home/alice:/bin/bash\n"
	"dup:x:1000:1::/:\n"
	"last:x:42:42:no newline:/l:/bin/false";

static const char group[] =
	"root:x:0:\n"
	"users:x:100:alice,bob\n"
	"bad:x:abc:alice\n"
	"fields:x:7\n"
	"wheel:x:10:bob,alice,,carol\n"
	"solo:x:11:alice\n"
	"again:x:100:alice\n"
	"empty::12:\n";

static const char shadow[] =
	"root:$6$salt$hash:19000:0:99999:7:::\n"
	"short:x:1:2\n"
	"bad:x:abc:0:0:0:0:0:\n"
	"alice:!:18000:1:2:3:4:5:6\n";

static void put(const char *name, const char *text, size_t len)
{
	char path[128];
	int fd;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	t_eq(name, write(fd, text, len), (long long)len);
	close(fd);
}

static void test_getpwnam(void)
{
	struct passwd *pw = getpwnam("alice");

	t_true("getpwnam_alice", pw != NULL, "not found");
	if (!pw)
		return;
	t_str("pw_name", pw->pw_name, "alice");
	t_str("pw_passwd", pw->pw_passwd, "*");
	t_eq("pw_uid", pw->pw_uid, 1000);
	t_eq("pw_gid", pw->pw_gid, 100);
	t_str("pw_gecos", pw->pw_gecos, "Alice A,,,");
	t_str("pw_dir", pw->pw_dir, "/home/alice");
	t_str("pw_shell", pw->pw_shell, "/bin/bash");
	pw = getpwnam("max");
	t_eq("uid_max", pw ? (long long)pw->pw_uid : -1, 4294967295LL);
	t_str("empty_shell", pw ? pw->pw_shell : NULL, "");
	pw = getpwnam("last");
	t_str("no_newline", pw ? pw->pw_gecos : NULL, "no newline");
	errno = 0;
	t_true("short_skipped", getpwnam("short") == NULL, "found");
	t_true("toomany_skipped", getpwnam("toomany") == NULL, "found");
	t_true("badid_skipped", getpwnam("badid") == NULL, "found");
	t_true("neg_skipped", getpwnam("neg") == NULL, "found");
	t_true("big_skipped", getpwnam("big") == NULL, "found");
	t_true("emptyuid_skipped", getpwnam("emptyuid") == NULL, "found");
	t_true("nul_skipped", getpwnam("nul") == NULL, "found");
	t_true("plus_skipped", getpwnam("+") == NULL, "found");
	t_true("empty_name", getpwnam("") == NULL, "found");
	t_eq("notfound_errno", errno, 0);
}

static void test_getpwuid(void)
{
	struct passwd *pw = getpwuid(1000);

	t_str("getpwuid_first", pw ? pw->pw_name : NULL, "alice");
	pw = getpwuid(0);
	t_str("getpwuid_0", pw ? pw->pw_name : NULL, "root");
	t_true("getpwuid_5", getpwuid(5) == NULL, "found a malformed line");
	t_true("getpwuid_none", getpwuid(999) == NULL, "found");
}

static void test_r(void)
{
	struct passwd pw, *res = &pw;
	char buf[256], small[8];

	t_eq("getpwnam_r", getpwnam_r("alice", &pw, buf, sizeof buf, &res), 0);
	t_true("getpwnam_r_result", res == &pw, "result not pw");
	t_str("getpwnam_r_dir", pw.pw_dir, "/home/alice");
	t_true("getpwnam_r_in_buf", pw.pw_shell >= buf && pw.pw_shell < buf + sizeof buf, "outside buf");
	t_eq("getpwnam_r_erange", getpwnam_r("alice", &pw, small, sizeof small, &res), ERANGE);
	t_true("getpwnam_r_erange_null", res == NULL, "result set");
	res = &pw;
	t_eq("getpwnam_r_none", getpwnam_r("nobody", &pw, buf, sizeof buf, &res), 0);
	t_true("getpwnam_r_none_null", res == NULL, "result set");
	t_eq("getpwuid_r", getpwuid_r(42, &pw, buf, sizeof buf, &res), 0);
	t_str("getpwuid_r_name", res ? res->pw_name : NULL, "last");
	/* Exactly the line and its NUL fit; one byte less does not. */
	t_eq("getpwuid_r_exact", getpwuid_r(42, &pw, buf, 38, &res), 0);
	t_eq("getpwuid_r_short", getpwuid_r(42, &pw, buf, 37, &res), ERANGE);
}

static void test_pwent(void)
{
	struct passwd *pw;
	char names[256] = "";

	setpwent();
	while ((pw = getpwent()))
		if (strlen(names) + strlen(pw->pw_name) + 2 < sizeof names)
			strcat(strcat(names, pw->pw_name), " ");
	t_str("getpwent_all", names, "root max alice dup last ");
	setpwent();
	pw = getpwent();
	t_str("setpwent_rewinds", pw ? pw->pw_name : NULL, "root");
	endpwent();
	pw = getpwent();
	t_str("endpwent_reopens", pw ? pw->pw_name : NULL, "root");
	endpwent();
}

static void test_long_line(void)
{
	size_t n = 200000;
	char *text = malloc(n + 64), *p;
	struct passwd *pw;

	memcpy(text, "long:x:77:77:", 13);
	memset(text + 13, 'g', n);
	p = text + 13 + n;
	memcpy(p, ":/l:/bin/sh\nafter:x:78:78::/a:\n", 32);
	put("passwd", text, strlen(text));
	pw = getpwnam("long");
	t_eq("long_gecos", pw ? (long long)strlen(pw->pw_gecos) : -1, (long long)n);
	pw = getpwnam("after");
	t_eq("after_long", pw ? (long long)pw->pw_uid : -1, 78);
	free(text);
	put("passwd", passwd, sizeof passwd - 1);
}

static void test_group(void)
{
	struct group *gr = getgrnam("users"), g, *res;
	char buf[256], tiny[24];

	t_true("getgrnam", gr != NULL, "not found");
	if (gr) {
		t_eq("gr_gid", gr->gr_gid, 100);
		t_str("gr_mem0", gr->gr_mem[0], "alice");
		t_str("gr_mem1", gr->gr_mem[1], "bob");
		t_true("gr_mem_end", gr->gr_mem[2] == NULL, "no NULL end");
	}
	gr = getgrnam("wheel");
	t_str("empty_member_skipped", gr ? gr->gr_mem[2] : NULL, "carol");
	gr = getgrnam("root");
	t_true("no_members", gr && gr->gr_mem[0] == NULL, "members");
	t_true("bad_gid_skipped", getgrnam("bad") == NULL, "found");
	t_true("fields_skipped", getgrnam("fields") == NULL, "found");
	gr = getgrgid(12);
	t_str("getgrgid", gr ? gr->gr_name : NULL, "empty");
	t_str("getgrgid_passwd", gr ? gr->gr_passwd : NULL, "");
	t_eq("getgrgid_r", getgrgid_r(10, &g, buf, sizeof buf, &res), 0);
	t_true("getgrgid_r_res", res == &g, "no result");
	t_str("getgrgid_r_mem", res && g.gr_mem[1] ? g.gr_mem[1] : NULL, "alice");
	t_true("getgrgid_r_in_buf", (char *)g.gr_mem >= buf && (char *)g.gr_mem < buf + sizeof buf, "outside");
	t_eq("getgrnam_r_erange", getgrnam_r("wheel", &g, tiny, sizeof tiny, &res), ERANGE);
	t_true("getgrnam_r_erange_null", res == NULL, "result");
	t_eq("getgrnam_r_none", getgrnam_r("none", &g, buf, sizeof buf, &res), 0);
	t_true("getgrnam_r_none_null", res == NULL, "result");
}

static void test_grent(void)
{
	struct group *gr;
	char names[256] = "";

	while ((gr = getgrent()))
		strcat(strcat(names, gr->gr_name), " ");
	endgrent();
	t_str("getgrent_all", names, "root users wheel solo again empty ");
}

static void test_grouplist(void)
{
	gid_t g[8];
	int n = 8;

	t_eq("getgrouplist", getgrouplist("alice", 500, g, &n), 4);
	t_eq("getgrouplist_n", n, 4);
	t_eq("getgrouplist_0", g[0], 500);
	t_eq("getgrouplist_1", g[1], 100);
	t_eq("getgrouplist_2", g[2], 10);
	t_eq("getgrouplist_3", g[3], 11);
	n = 2;
	t_eq("getgrouplist_small", getgrouplist("alice", 500, g, &n), -1);
	t_eq("getgrouplist_needed", n, 4);
	n = 8;
	t_eq("getgrouplist_dup_primary", getgrouplist("bob", 100, g, &n), 2);
	t_eq("getgrouplist_dup_1", g[1], 10);
	n = 8;
	t_eq("getgrouplist_nobody", getgrouplist("nobody", 9, g, &n), 1);
}

/* Child (root): the groups of alice from the scratch group file become its supplementary groups. */
static void init_groups(void)
{
	gid_t g[8];

	if (initgroups("alice", 500))
		_exit(1);
	/* The kernel keeps the list sorted. */
	if (getgroups(8, g) != 4 || g[0] != 10 || g[1] != 11 || g[2] != 100 || g[3] != 500)
		_exit(2);
	if (setgroups(0, NULL) || getgroups(8, g) != 0)
		_exit(3);
	_exit(0);
}

static void test_initgroups(void)
{
	gid_t g = 1;

	if (geteuid() != 0) {
		T_ERR("setgroups_eperm", setgroups(1, &g), EPERM);
		t_skip("initgroups", "not root: setgroups needs CAP_SETGID");
		return;
	}
	T_EXITED("initgroups", t_in_child(init_groups), 0);
	T_ERR("setgroups_efault", setgroups(1, (gid_t *)8), EFAULT);
}

static void test_shadow(void)
{
	struct spwd *sp = getspnam("root"), s, *res;
	char buf[128];

	t_str("getspnam", sp ? sp->sp_pwdp : NULL, "$6$salt$hash");
	if (sp) {
		t_eq("sp_lstchg", sp->sp_lstchg, 19000);
		t_eq("sp_max", sp->sp_max, 99999);
		t_eq("sp_warn", sp->sp_warn, 7);
		t_eq("sp_inact_empty", sp->sp_inact, -1);
		t_eq("sp_expire_empty", sp->sp_expire, -1);
		t_eq("sp_flag_empty", (long long)sp->sp_flag, (long long)(unsigned long)-1);
	}
	t_true("short_skipped", getspnam("short") == NULL, "found");
	t_true("bad_skipped", getspnam("bad") == NULL, "found");
	t_eq("getspnam_r", getspnam_r("alice", &s, buf, sizeof buf, &res), 0);
	t_eq("getspnam_r_flag", res ? (long long)res->sp_flag : -1, 6);
	t_eq("getspnam_r_expire", res ? res->sp_expire : 0, 5);
	t_eq("getspnam_r_erange", getspnam_r("alice", &s, buf, 4, &res), ERANGE);
}

static void test_missing(void)
{
	struct passwd pw, *res = &pw;
	char buf[64];

	__trapdoor_test_etc("/nonexistent-trapdoor");
	errno = 0;
	t_true("missing_getpwnam", getpwnam("root") == NULL, "found");
	t_eq("missing_errno", errno, 0);
	t_eq("missing_r", getpwnam_r("root", &pw, buf, sizeof buf, &res), 0);
	t_true("missing_r_null", res == NULL, "result");
	__trapdoor_test_etc(dir);
}

static void test_spent(void)
{
	struct spwd *sp;
	int n = 0;

	setspent();
	while ((sp = getspent()))
		n++;
	t_eq("getspent_well_formed", n, 2);
	setspent();
	sp = getspent();
	t_str("setspent_rewinds", sp ? sp->sp_namp : NULL, "root");
	endspent();
	sp = getspent();
	t_str("endspent_reopens", sp ? sp->sp_namp : NULL, "root");
	endspent();
}

/* The whole of a scratch file, read back. */
static const char *slurp(FILE *f)
{
	static char text[512];
	size_t n;

	rewind(f);
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = 0;
	return text;
}

static void test_fgetent(void)
{
	char path[128];
	FILE *f;
	struct passwd *pw;
	struct group *gr;
	struct spwd *sp;

	snprintf(path, sizeof path, "%s/passwd", dir);
	f = fopen(path, "r");
	/* A kernel table without open (ENOSYS above) has no file to read. */
	t_true("fgetent_open", f != NULL, strerror(errno));
	if (!f)
		return;
	pw = fgetpwent(f);
	t_str("fgetpwent_first", pw ? pw->pw_name : NULL, "root");
	pw = fgetpwent(f);
	t_str("fgetpwent_skips_malformed", pw ? pw->pw_name : NULL, "max");
	fclose(f);
	snprintf(path, sizeof path, "%s/group", dir);
	if (!(f = fopen(path, "r")))
		return;
	fgetgrent(f);
	gr = fgetgrent(f);
	t_str("fgetgrent_members", gr && gr->gr_mem[0] && gr->gr_mem[1] ? gr->gr_mem[1] : NULL, "bob");
	fclose(f);
	snprintf(path, sizeof path, "%s/shadow", dir);
	if (!(f = fopen(path, "r")))
		return;
	fgetspent(f);
	sp = fgetspent(f);
	t_eq("fgetspent_skips_malformed", sp ? sp->sp_expire : 0, 5);
	t_true("fgetspent_end", fgetspent(f) == NULL, "an entry past the end");
	fclose(f);
}

static void test_putent(void)
{
	struct passwd pw = { "bob", "x", 1001, 100, "Bob B", "/home/bob", "/bin/sh" };
	char *mem[] = { "alice", "bob", NULL };
	struct group gr = { "staff", "", 50, mem };
	struct spwd sp = { "bob", "!", 19500, -1, 99999, 7, -1, -1, (unsigned long)-1 };
	FILE *f = tmpfile();

	t_true("putent_tmpfile", f != NULL, strerror(errno));
	if (!f)
		return;
	t_eq("putpwent", putpwent(&pw, f), 0);
	t_eq("putgrent", putgrent(&gr, f), 0);
	t_eq("putspent", putspent(&sp, f), 0);
	t_str("put_lines", slurp(f),
	      "bob:x:1001:100:Bob B:/home/bob:/bin/sh\nstaff::50:alice,bob\nbob:!:19500::99999:7:::\n");
	rewind(f);
	t_str("putpwent_reads_back", fgetpwent(f) ? "bob" : NULL, "bob");
	fclose(f);
	if (!(f = tmpfile()))
		return;
	pw.pw_gecos = "two:fields";
	T_ERR("putpwent_colon_einval", putpwent(&pw, f), EINVAL);
	pw.pw_gecos = "new\nline";
	T_ERR("putpwent_newline_einval", putpwent(&pw, f), EINVAL);
	T_ERR("putpwent_null_einval", putpwent(NULL, f), EINVAL);
	mem[1] = "b,c";
	T_ERR("putgrent_comma_member_einval", putgrent(&gr, f), EINVAL);
	sp.sp_namp = "a:b";
	T_ERR("putspent_colon_einval", putspent(&sp, f), EINVAL);
	t_str("refused_wrote_nothing", slurp(f), "");
	fclose(f);
}

int main(void)
{
	/* A kernel table without mkdir (ENOSYS) skips what follows. */
	t_eq("scratch_etc_dir", mkdir(t_tmpname(dir, "etc"), 0700), 0);
	put("passwd", passwd, sizeof passwd - 1);
	put("group", group, sizeof group - 1);
	put("shadow", shadow, sizeof shadow - 1);
	__trapdoor_test_etc(dir);
	test_getpwnam();
	test_getpwuid();
	test_r();
	test_pwent();
	test_long_line();
	test_group();
	test_grent();
	test_grouplist();
	test_initgroups();
	test_shadow();
	test_spent();
	test_fgetent();
	test_putent();
	test_missing();
	return t_done();
}
