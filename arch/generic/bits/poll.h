/* The poll bits whose values differ by arch (mips and sparc move these). */
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200
