/*
 * sysif DIR CASE: creates DIR with 1,000 empty files, then runs one workload
 * from a function named bench_CASE (for callgrind's --toggle-collect):
 * stat of each of the 1,000 files, or one opendir/readdir/closedir pass over
 * the directory.  CASE "none" is the stat loop's own work alone.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FILES 1000

static char names[FILES][64];
static volatile long sink;

__attribute__((noinline)) static int nothing(const char *path, struct stat *st)
{
	__asm__ volatile("" : : "r"(path), "r"(st) : "memory");
	return 0;
}

__attribute__((noinline)) void bench_none(void)
{
	struct stat st;

	for (int i = 0; i < FILES; i++)
		sink += nothing(names[i], &st);
}

__attribute__((noinline)) void bench_stat(void)
{
	struct stat st;

	for (int i = 0; i < FILES; i++)
		sink += stat(names[i], &st) + (long)st.st_size;
}

__attribute__((noinline)) void bench_readdir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	while ((e = readdir(d)))
		sink += e->d_name[0];
	closedir(d);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp/sysif-bench";
	const char *c = argc > 2 ? argv[2] : "none";

	mkdir(dir, 0755);
	for (int i = 0; i < FILES; i++) {
		snprintf(names[i], sizeof names[i], "%s/file%04d", dir, i);
		close(open(names[i], O_WRONLY | O_CREAT, 0644));
	}
	if (!strcmp(c, "stat"))
		bench_stat();
	else if (!strcmp(c, "readdir"))
		bench_readdir(dir);
	else
		bench_none();
	return 0;
}
