/*
 * Terminal ioctl requests on powerpc: _IOR/_IOW encoded, with powerpc's
 * direction bits and its own 44-byte kernel struct termios in TCGETS/TCSETS.
 */
#define TCGETS     0x402c7413
#define TCSETS     0x802c7414
#define TIOCGPGRP  0x40047477
#define TIOCSPGRP  0x80047476
#define TIOCGWINSZ 0x40087468
#define TIOCSWINSZ 0x80087467
#define FIONREAD   0x4004667f
#define FIONBIO    0x8004667e
