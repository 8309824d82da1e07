/* The poll bits whose values differ by arch (mips values). */
#define POLLWRNORM 0x004
#define POLLWRBAND 0x100
