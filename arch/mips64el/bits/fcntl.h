/* The open flags and fcntl commands whose values differ between arches (mips). */
#define O_CREAT    0x0100
#define O_EXCL     0x0400
#define O_NOCTTY   0x0800
#define O_TRUNC    0x0200
#define O_APPEND   0x0008
#define O_NONBLOCK 0x0080
#define O_DSYNC    0x0010
#define O_ASYNC    0x1000
#define O_SYNC     0x4010
#define O_DIRECT    0x8000
#define O_LARGEFILE 0x2000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW  0400000

#define F_SETOWN        24
#define F_GETOWN        23
