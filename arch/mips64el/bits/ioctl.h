/*
 * Terminal ioctl requests on mips: TCGETS/TCSETS and FIONREAD in mips' own
 * numbering, the process-group and window-size requests _IOR/_IOW encoded
 * with mips' direction bits.
 */
#define TCGETS     0x540d
#define TCSETS     0x540e
#define TIOCGPGRP  0x40047477
#define TIOCSPGRP  0x80047476
#define TIOCGWINSZ 0x40087468
#define TIOCSWINSZ 0x80087467
#define FIONREAD   0x467f
#define FIONBIO    0x667e
