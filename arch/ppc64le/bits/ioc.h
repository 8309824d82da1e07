/*
 * How an ioctl request number is laid out here: 13 size bits and 3
 * direction bits, with "none" a direction of its own (1), read 2, write 4.
 */
#define _IOC_SIZEBITS 13
#define _IOC_DIRBITS  3
#define _IOC_NONE     1U
#define _IOC_READ     2U
#define _IOC_WRITE    4U
