/* The open flags whose values differ between Linux architectures (powerpc). */
#define O_DIRECTORY 0040000
#define O_NOFOLLOW  0100000
#define O_LARGEFILE 0200000
#define O_DIRECT    0400000
