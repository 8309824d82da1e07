/* The open flags whose values differ between Linux architectures. */
#define O_DIRECTORY 0040000
#define O_NOFOLLOW  0100000
#define O_DIRECT    0200000
#define O_LARGEFILE 0400000
