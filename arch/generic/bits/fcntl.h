/* The open flags and fcntl commands whose values differ between Linux arches. */
#define O_CREAT    0100
#define O_EXCL     0200
#define O_NOCTTY   0400
#define O_TRUNC    01000
#define O_APPEND   02000
#define O_NONBLOCK 04000
#define O_DSYNC    010000
#define O_ASYNC    020000
#define O_SYNC     04010000
#define O_DIRECT    0040000
#define O_LARGEFILE 0100000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW  0400000

#define F_SETOWN        8
#define F_GETOWN        9
