/*
 * probe: what a process started by init sees -- the hostname init set, and
 * which file systems are mounted on /proc, /sys, /dev and /run.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const wanted[] = { "/proc", "/sys", "/dev", "/run" };
#define NWANTED (sizeof wanted / sizeof wanted[0])

int main(void)
{
	char host[65] = "", line[512], dev[128], dir[128], type[64];
	const char *found[NWANTED] = { 0 };
	struct stat st;
	FILE *f;

	gethostname(host, sizeof host - 1);
	printf("probe: hostname %s\n", host);
	f = fopen("/proc/self/mounts", "r");
	if (!f) {
		perror("probe: /proc/self/mounts");
		return 1;
	}
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "%127s %127s %63s", dev, dir, type) == 3)
			for (size_t i = 0; i < NWANTED; i++)
				if (!strcmp(dir, wanted[i]) && !found[i])
					found[i] = strdup(type);
	fclose(f);
	for (size_t i = 0; i < NWANTED; i++)
		printf("probe: %s is %s\n", wanted[i], found[i] ? found[i] : "not mounted");
	if (stat("/dev/null", &st) < 0 || !S_ISCHR(st.st_mode)) {
		printf("probe: /dev/null missing\n");
		return 1;
	}
	for (size_t i = 0; i < NWANTED; i++)
		if (!found[i])
			return 1;
	return 0;
}
