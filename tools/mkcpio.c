/*
 * mkcpio: writes a newc ("070701") cpio archive, the format the kernel
 * unpacks an initramfs from, to standard output.  Built for the host.
 *
 * It reads a list on standard input, one entry a line:
 *
 *   dir   PATH MODE
 *   file  PATH MODE SOURCE
 *   nod   PATH MODE c|b MAJOR MINOR
 *   slink PATH MODE TARGET
 *
 * PATH is the name inside the archive, MODE octal permission bits.  Owners
 * are root and times zero, so the same inputs give the same bytes; device
 * nodes need no root, as they are only headers here.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long next_ino = 1;

static void pad4(unsigned long n)
{
	while (n++ % 4)
		putchar(0);
}

/* The header is 110 bytes of 13 hex fields; name and data pad to 4. */
static void header(const char *name, unsigned long mode, unsigned long size,
		   unsigned long rmajor, unsigned long rminor)
{
	const char *n = name[0] == '/' ? name + 1 : name;
	unsigned long namesize = strlen(n) + 1;

	printf("070701%08lX%08lX%08lX%08lX%08lX%08lX%08lX%08lX%08lX%08lX%08lX%08lX%08lX",
	       next_ino++, mode, 0ul, 0ul, S_ISDIR(mode) ? 2ul : 1ul, 0ul, size,
	       0ul, 0ul, rmajor, rminor, namesize, 0ul);
	fwrite(n, 1, namesize, stdout);
	pad4(110 + namesize);
}

static int copy_file(const char *name, unsigned long mode, const char *src)
{
	char buf[65536];
	long size;
	size_t got;
	FILE *f = fopen(src, "rb");

	if (!f || fseek(f, 0, SEEK_END) < 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) < 0) {
		fprintf(stderr, "mkcpio: %s: %s\n", src, strerror(errno));
		return -1;
	}
	header(name, S_IFREG | mode, (unsigned long)size, 0, 0);
	while ((got = fread(buf, 1, sizeof buf, f)) > 0)
		fwrite(buf, 1, got, stdout);
	fclose(f);
	pad4((unsigned long)size);
	return 0;
}

static int entry(char *line, int lineno)
{
	char kind[8], path[256], arg[256], type = 0;
	unsigned long mode, major = 0, minor = 0;
	int n = sscanf(line, "%7s %255s %lo %255s", kind, path, &mode, arg);

	if (n < 3 || mode > 07777)
		goto bad;
	if (!strcmp(kind, "dir") && n == 3) {
		header(path, S_IFDIR | mode, 0, 0, 0);
	} else if (!strcmp(kind, "file") && n == 4) {
		return copy_file(path, mode, arg);
	} else if (!strcmp(kind, "nod") &&
		   sscanf(line, "%*s %*s %*o %c %lu %lu", &type, &major, &minor) == 3 &&
		   (type == 'c' || type == 'b')) {
		header(path, (type == 'c' ? S_IFCHR : S_IFBLK) | mode, 0, major, minor);
	} else if (!strcmp(kind, "slink") && n == 4) {
		header(path, S_IFLNK | mode, strlen(arg), 0, 0);
		fputs(arg, stdout);
		pad4(strlen(arg));
	} else {
		goto bad;
	}
	return 0;
bad:
	fprintf(stderr, "mkcpio: line %d: cannot read \"%s\"\n", lineno, strtok(line, "\n"));
	return -1;
}

int main(void)
{
	char line[1024];
	int lineno = 0;

	while (fgets(line, sizeof line, stdin)) {
		lineno++;
		if (line[0] == '#' || line[strspn(line, " \t\n")] == 0)
			continue;
		if (entry(line, lineno) < 0)
			return 1;
	}
	header("TRAILER!!!", 0, 0, 0, 0);
	return fflush(stdout) == 0 ? 0 : 1;
}
