/* <dirent.h> over getdents64: 10,000 entries, 255-byte names, d_type, seekdir, scandir. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "t.h"

#define FILES 10000

static char dir[64], seen[FILES];
static int dfd;

static void numbered(char *name, int i)
{
	int k;

	name[0] = 'f';
	for (k = 5; k >= 1; k--, i /= 10)
		name[k] = '0' + i % 10;
	name[6] = 0;
}

static void long_name(char *name, char c)
{
	memset(name, c, 255);
	name[255] = 0;
}

static int number_of(const char *name)
{
	int i, v = 0;

	if (name[0] != 'f' || strlen(name) != 6)
		return -1;
	for (i = 1; i < 6; i++)
		v = v * 10 + name[i] - '0';
	return v;
}

static void populate(void)
{
	char name[256];
	int i, fails = 0;

	mkdir(t_tmpname(dir, "dirent"), 0755);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	for (i = 0; i < FILES; i++) {
		numbered(name, i);
		fails += close(openat(dfd, name, O_WRONLY | O_CREAT, 0644)) != 0;
	}
	for (i = 0; i < 3; i++) {
		long_name(name, 'a' + i);
		fails += close(openat(dfd, name, O_WRONLY | O_CREAT, 0644)) != 0;
	}
	fails += mkdirat(dfd, "sub", 0755) != 0;
	fails += symlinkat("f00000", dfd, "lnk") != 0;
	fails += mkfifoat(dfd, "fifo", 0644) != 0;
	t_eq("populate", fails, 0);
}

static void read_all(void)
{
	char name[256];
	struct dirent *de;
	struct stat st;
	int n = 0, dups = 0, longs = 0, types = 0, bad_type = 0, i;
	DIR *d = opendir(dir);

	t_true("opendir", d != NULL, "opendir failed");
	if (!d)
		return;
	errno = 0;
	while ((de = readdir(d))) {
		n++;
		i = number_of(de->d_name);
		if (i >= 0 && i < FILES) {
			dups += seen[i]++;
			bad_type += de->d_type != DT_REG;
		} else if (strlen(de->d_name) == 255) {
			long_name(name, de->d_name[0]);
			longs += !strcmp(name, de->d_name) && de->d_type == DT_REG;
		} else if (!strcmp(de->d_name, "sub") || !strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) {
			types += de->d_type == DT_DIR;
		} else if (!strcmp(de->d_name, "lnk")) {
			types += de->d_type == DT_LNK;
		} else if (!strcmp(de->d_name, "fifo")) {
			types += de->d_type == DT_FIFO;
		}
		if (!strcmp(de->d_name, "f04242"))
			t_eq("d_ino_is_st_ino", de->d_ino, (fstatat(dfd, "f04242", &st, 0), st.st_ino));
	}
	t_eq("readdir_end_errno_zero", errno, 0);
	t_eq("readdir_count", n, FILES + 3 + 3 + 2);
	t_eq("readdir_no_duplicates", dups, 0);
	for (i = 0, n = 0; i < FILES; i++)
		n += seen[i] == 1;
	t_eq("readdir_every_file_once", n, FILES);
	t_eq("readdir_255_byte_names", longs, 3);
	t_eq("d_type_reg", bad_type, 0);
	t_eq("d_type_dir_lnk_fifo", types, 5);
	t_eq("readdir_after_end_null", readdir(d) == NULL, 1);
	t_eq("dirfd_is_dir", (fstat(dirfd(d), &st), S_ISDIR(st.st_mode)), 1);
	t_eq("dirfd_cloexec", fcntl(dirfd(d), F_GETFD), FD_CLOEXEC);
	rewinddir(d);
	for (n = 0; readdir(d); n++)
		;
	t_eq("rewinddir_count", n, FILES + 8);
	t_eq("closedir", closedir(d), 0);
}

static void positions(void)
{
	char name[256], again[256];
	struct dirent ent, *res;
	long at;
	int i, n = 0;
	DIR *d = opendir(dir);

	t_true("opendir_to_seek", d != NULL, "opendir failed");
	if (!d)
		return;
	t_eq("telldir_start", telldir(d), 0);
	for (i = 0; i < 5000; i++)
		readdir(d);
	at = telldir(d);
	strcpy(name, readdir(d)->d_name);
	for (i = 0; i < 3000; i++)
		readdir(d);
	seekdir(d, at);
	t_eq("seekdir_telldir", telldir(d), at);
	strcpy(again, readdir(d)->d_name);
	t_str("seekdir_same_entry", again, name);
	rewinddir(d);
	while (readdir_r(d, &ent, &res) == 0 && res == &ent)
		n++;
	t_eq("readdir_r_count", n, FILES + 8);
	t_true("readdir_r_end", res == NULL, "result not NULL at the end");
	closedir(d);
}

static int f0000x(const struct dirent *de)
{
	return !strncmp(de->d_name, "f0000", 5);
}

static void scan(void)
{
	struct dirent **list;
	char name[8];
	int i, n, order = 0;

	n = scandir(dir, &list, f0000x, alphasort);
	t_eq("scandir_filtered", n, 10);
	for (i = 0; i < n; i++) {
		numbered(name, i);
		order += !strcmp(list[i]->d_name, name);
		free(list[i]);
	}
	free(list);
	t_eq("scandir_alphasort_order", order, 10);
	n = scandir(dir, &list, NULL, NULL);
	t_eq("scandir_all", n, FILES + 8);
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
	n = scandir(dir, &list, f0000x, versionsort);
	for (i = 0, order = 0; i < n; i++) {
		numbered(name, i);
		order += !strcmp(list[i]->d_name, name);
		free(list[i]);
	}
	free(list);
	t_eq("scandir_versionsort_order", order, 10);
	T_ERR("scandir_missing_enoent", scandir("/nonexistent", &list, NULL, NULL), ENOENT);
}

static void errors(void)
{
	char path[128];
	int fd;

	errno = 0;
	t_true("opendir_missing_null", opendir("/nonexistent") == NULL, "not NULL");
	t_eq("opendir_missing_enoent", errno, ENOENT);
	strcpy(path, dir);
	strcat(path, "/f00001");
	errno = 0;
	t_true("opendir_file_null", opendir(path) == NULL, "not NULL");
	t_eq("opendir_file_enotdir", errno, ENOTDIR);
	fd = open(path, O_RDONLY);
	errno = 0;
	t_true("fdopendir_file_null", fdopendir(fd) == NULL, "not NULL");
	t_eq("fdopendir_file_enotdir", errno, ENOTDIR);
	close(fd);
	errno = 0;
	t_true("fdopendir_ebadf_null", fdopendir(-1) == NULL, "not NULL");
	t_eq("fdopendir_ebadf", errno, EBADF);
}

static void cleanup(void)
{
	char name[256];
	int i;

	for (i = 0; i < FILES; i++) {
		numbered(name, i);
		unlinkat(dfd, name, 0);
	}
	for (i = 0; i < 3; i++) {
		long_name(name, 'a' + i);
		unlinkat(dfd, name, 0);
	}
	unlinkat(dfd, "sub", AT_REMOVEDIR);
	unlinkat(dfd, "lnk", 0);
	unlinkat(dfd, "fifo", 0);
	close(dfd);
	t_eq("rmdir_emptied", rmdir(dir), 0);
}

int main(void)
{
	populate();
	read_all();
	positions();
	scan();
	errors();
	cleanup();
	return t_done();
}
