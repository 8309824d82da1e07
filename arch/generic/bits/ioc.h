/*
 * How an ioctl request number is laid out: 8 bits of number, 8 of type,
 * then the argument's size and the direction (asm-generic: 14 size bits,
 * 2 direction bits, write 1, read 2).
 */
#define _IOC_SIZEBITS 14
#define _IOC_DIRBITS  2
#define _IOC_NONE     0U
#define _IOC_WRITE    1U
#define _IOC_READ     2U
