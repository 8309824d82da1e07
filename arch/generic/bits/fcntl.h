/* The open flags whose values differ between Linux architectures. */
#define O_DIRECT    0040000
#define O_LARGEFILE 0100000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW  0400000
