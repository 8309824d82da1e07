#include <errno.h>
#include <string.h>
#include <unistd.h>

/* The programming environment: ILP32 with a 64-bit off_t, or LP64. */
#if __SIZEOF_LONG__ == 4
#define ENV "ILP32_OFFBIG"
#else
#define ENV "LP64_OFF64"
#endif

/* The length the value needs with its NUL; 0 with EINVAL for a name it does not know. */
size_t confstr(int name, char *buf, size_t len)
{
	const char *v = "";
	size_t n;

	switch (name) {
	case _CS_PATH: v = "/bin:/usr/bin"; break;
	case _CS_V6_WIDTH_RESTRICTED_ENVS: v = "POSIX_V6_" ENV; break;
	case _CS_V5_WIDTH_RESTRICTED_ENVS: v = "XBS5_" ENV; break;
	case _CS_V7_WIDTH_RESTRICTED_ENVS: v = "POSIX_V7_" ENV; break;
	default:
		/* The compiler and linker flags of each environment: none needed. */
		if (name < _CS_LFS_CFLAGS || name > _CS_V7_ENV) {
			errno = EINVAL;
			return 0;
		}
	}
	n = strlen(v) + 1;
	if (len) {
		size_t m = n < len ? n : len;

		memcpy(buf, v, m - 1);
		buf[m - 1] = 0;
	}
	return n;
}
