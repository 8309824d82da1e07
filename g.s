	.file	1 "g.c"
	.section .mdebug.abi64
	.previous
	.nan	legacy
	.module	fp=64
	.module	oddspreg
	.module	arch=mips64r2
	.abicalls
	.text
	.globl	v_VINTR
	.section	.bss,"aw",@nobits
	.align	3
	.type	v_VINTR, @object
	.size	v_VINTR, 8
v_VINTR:
	.space	8
	.globl	v_VQUIT
	.data
	.align	3
	.type	v_VQUIT, @object
	.size	v_VQUIT, 8
v_VQUIT:
	.dword	1
	.globl	v_VERASE
	.align	3
	.type	v_VERASE, @object
	.size	v_VERASE, 8
v_VERASE:
	.dword	2
	.globl	v_VKILL
	.align	3
	.type	v_VKILL, @object
	.size	v_VKILL, 8
v_VKILL:
	.dword	3
	.globl	v_VEOF
	.align	3
	.type	v_VEOF, @object
	.size	v_VEOF, 8
v_VEOF:
	.dword	16
	.globl	v_VTIME
	.align	3
	.type	v_VTIME, @object
	.size	v_VTIME, 8
v_VTIME:
	.dword	5
	.globl	v_VMIN
	.align	3
	.type	v_VMIN, @object
	.size	v_VMIN, 8
v_VMIN:
	.dword	4
	.globl	v_VSTART
	.align	3
	.type	v_VSTART, @object
	.size	v_VSTART, 8
v_VSTART:
	.dword	8
	.globl	v_VSTOP
	.align	3
	.type	v_VSTOP, @object
	.size	v_VSTOP, 8
v_VSTOP:
	.dword	9
	.globl	v_VSUSP
	.align	3
	.type	v_VSUSP, @object
	.size	v_VSUSP, 8
v_VSUSP:
	.dword	10
	.globl	v_VEOL
	.align	3
	.type	v_VEOL, @object
	.size	v_VEOL, 8
v_VEOL:
	.dword	17
	.globl	v_IGNBRK
	.align	3
	.type	v_IGNBRK, @object
	.size	v_IGNBRK, 8
v_IGNBRK:
	.dword	1
	.globl	v_BRKINT
	.align	3
	.type	v_BRKINT, @object
	.size	v_BRKINT, 8
v_BRKINT:
	.dword	2
	.globl	v_IGNPAR
	.align	3
	.type	v_IGNPAR, @object
	.size	v_IGNPAR, 8
v_IGNPAR:
	.dword	4
	.globl	v_PARMRK
	.align	3
	.type	v_PARMRK, @object
	.size	v_PARMRK, 8
v_PARMRK:
	.dword	8
	.globl	v_INPCK
	.align	3
	.type	v_INPCK, @object
	.size	v_INPCK, 8
v_INPCK:
	.dword	16
	.globl	v_ISTRIP
	.align	3
	.type	v_ISTRIP, @object
	.size	v_ISTRIP, 8
v_ISTRIP:
	.dword	32
	.globl	v_INLCR
	.align	3
	.type	v_INLCR, @object
	.size	v_INLCR, 8
v_INLCR:
	.dword	64
	.globl	v_IGNCR
	.align	3
	.type	v_IGNCR, @object
	.size	v_IGNCR, 8
v_IGNCR:
	.dword	128
	.globl	v_ICRNL
	.align	3
	.type	v_ICRNL, @object
	.size	v_ICRNL, 8
v_ICRNL:
	.dword	256
	.globl	v_IXON
	.align	3
	.type	v_IXON, @object
	.size	v_IXON, 8
v_IXON:
	.dword	1024
	.globl	v_IXANY
	.align	3
	.type	v_IXANY, @object
	.size	v_IXANY, 8
v_IXANY:
	.dword	2048
	.globl	v_IXOFF
	.align	3
	.type	v_IXOFF, @object
	.size	v_IXOFF, 8
v_IXOFF:
	.dword	4096
	.globl	v_OPOST
	.align	3
	.type	v_OPOST, @object
	.size	v_OPOST, 8
v_OPOST:
	.dword	1
	.globl	v_ONLCR
	.align	3
	.type	v_ONLCR, @object
	.size	v_ONLCR, 8
v_ONLCR:
	.dword	4
	.globl	v_OCRNL
	.align	3
	.type	v_OCRNL, @object
	.size	v_OCRNL, 8
v_OCRNL:
	.dword	8
	.globl	v_ONOCR
	.align	3
	.type	v_ONOCR, @object
	.size	v_ONOCR, 8
v_ONOCR:
	.dword	16
	.globl	v_ONLRET
	.align	3
	.type	v_ONLRET, @object
	.size	v_ONLRET, 8
v_ONLRET:
	.dword	32
	.globl	v_OFILL
	.align	3
	.type	v_OFILL, @object
	.size	v_OFILL, 8
v_OFILL:
	.dword	64
	.globl	v_OFDEL
	.align	3
	.type	v_OFDEL, @object
	.size	v_OFDEL, 8
v_OFDEL:
	.dword	128
	.globl	v_NLDLY
	.align	3
	.type	v_NLDLY, @object
	.size	v_NLDLY, 8
v_NLDLY:
	.dword	256
	.globl	v_NL0
	.section	.bss
	.align	3
	.type	v_NL0, @object
	.size	v_NL0, 8
v_NL0:
	.space	8
	.globl	v_NL1
	.data
	.align	3
	.type	v_NL1, @object
	.size	v_NL1, 8
v_NL1:
	.dword	256
	.globl	v_CRDLY
	.align	3
	.type	v_CRDLY, @object
	.size	v_CRDLY, 8
v_CRDLY:
	.dword	1536
	.globl	v_CR0
	.section	.bss
	.align	3
	.type	v_CR0, @object
	.size	v_CR0, 8
v_CR0:
	.space	8
	.globl	v_CR1
	.data
	.align	3
	.type	v_CR1, @object
	.size	v_CR1, 8
v_CR1:
	.dword	512
	.globl	v_CR2
	.align	3
	.type	v_CR2, @object
	.size	v_CR2, 8
v_CR2:
	.dword	1024
	.globl	v_CR3
	.align	3
	.type	v_CR3, @object
	.size	v_CR3, 8
v_CR3:
	.dword	1536
	.globl	v_TABDLY
	.align	3
	.type	v_TABDLY, @object
	.size	v_TABDLY, 8
v_TABDLY:
	.dword	6144
	.globl	v_TAB0
	.section	.bss
	.align	3
	.type	v_TAB0, @object
	.size	v_TAB0, 8
v_TAB0:
	.space	8
	.globl	v_TAB1
	.data
	.align	3
	.type	v_TAB1, @object
	.size	v_TAB1, 8
v_TAB1:
	.dword	2048
	.globl	v_TAB2
	.align	3
	.type	v_TAB2, @object
	.size	v_TAB2, 8
v_TAB2:
	.dword	4096
	.globl	v_TAB3
	.align	3
	.type	v_TAB3, @object
	.size	v_TAB3, 8
v_TAB3:
	.dword	6144
	.globl	v_BSDLY
	.align	3
	.type	v_BSDLY, @object
	.size	v_BSDLY, 8
v_BSDLY:
	.dword	8192
	.globl	v_BS0
	.section	.bss
	.align	3
	.type	v_BS0, @object
	.size	v_BS0, 8
v_BS0:
	.space	8
	.globl	v_BS1
	.data
	.align	3
	.type	v_BS1, @object
	.size	v_BS1, 8
v_BS1:
	.dword	8192
	.globl	v_VTDLY
	.align	3
	.type	v_VTDLY, @object
	.size	v_VTDLY, 8
v_VTDLY:
	.dword	16384
	.globl	v_VT0
	.section	.bss
	.align	3
	.type	v_VT0, @object
	.size	v_VT0, 8
v_VT0:
	.space	8
	.globl	v_VT1
	.data
	.align	3
	.type	v_VT1, @object
	.size	v_VT1, 8
v_VT1:
	.dword	16384
	.globl	v_FFDLY
	.align	3
	.type	v_FFDLY, @object
	.size	v_FFDLY, 8
v_FFDLY:
	.dword	32768
	.globl	v_FF0
	.section	.bss
	.align	3
	.type	v_FF0, @object
	.size	v_FF0, 8
v_FF0:
	.space	8
	.globl	v_FF1
	.data
	.align	3
	.type	v_FF1, @object
	.size	v_FF1, 8
v_FF1:
	.dword	32768
	.globl	v_CSIZE
	.align	3
	.type	v_CSIZE, @object
	.size	v_CSIZE, 8
v_CSIZE:
	.dword	48
	.globl	v_CS5
	.section	.bss
	.align	3
	.type	v_CS5, @object
	.size	v_CS5, 8
v_CS5:
	.space	8
	.globl	v_CS6
	.data
	.align	3
	.type	v_CS6, @object
	.size	v_CS6, 8
v_CS6:
	.dword	16
	.globl	v_CS7
	.align	3
	.type	v_CS7, @object
	.size	v_CS7, 8
v_CS7:
	.dword	32
	.globl	v_CS8
	.align	3
	.type	v_CS8, @object
	.size	v_CS8, 8
v_CS8:
	.dword	48
	.globl	v_CSTOPB
	.align	3
	.type	v_CSTOPB, @object
	.size	v_CSTOPB, 8
v_CSTOPB:
	.dword	64
	.globl	v_CREAD
	.align	3
	.type	v_CREAD, @object
	.size	v_CREAD, 8
v_CREAD:
	.dword	128
	.globl	v_PARENB
	.align	3
	.type	v_PARENB, @object
	.size	v_PARENB, 8
v_PARENB:
	.dword	256
	.globl	v_PARODD
	.align	3
	.type	v_PARODD, @object
	.size	v_PARODD, 8
v_PARODD:
	.dword	512
	.globl	v_HUPCL
	.align	3
	.type	v_HUPCL, @object
	.size	v_HUPCL, 8
v_HUPCL:
	.dword	1024
	.globl	v_CLOCAL
	.align	3
	.type	v_CLOCAL, @object
	.size	v_CLOCAL, 8
v_CLOCAL:
	.dword	2048
	.globl	v_ISIG
	.align	3
	.type	v_ISIG, @object
	.size	v_ISIG, 8
v_ISIG:
	.dword	1
	.globl	v_ICANON
	.align	3
	.type	v_ICANON, @object
	.size	v_ICANON, 8
v_ICANON:
	.dword	2
	.globl	v_ECHO
	.align	3
	.type	v_ECHO, @object
	.size	v_ECHO, 8
v_ECHO:
	.dword	8
	.globl	v_ECHOE
	.align	3
	.type	v_ECHOE, @object
	.size	v_ECHOE, 8
v_ECHOE:
	.dword	16
	.globl	v_ECHOK
	.align	3
	.type	v_ECHOK, @object
	.size	v_ECHOK, 8
v_ECHOK:
	.dword	32
	.globl	v_ECHONL
	.align	3
	.type	v_ECHONL, @object
	.size	v_ECHONL, 8
v_ECHONL:
	.dword	64
	.globl	v_NOFLSH
	.align	3
	.type	v_NOFLSH, @object
	.size	v_NOFLSH, 8
v_NOFLSH:
	.dword	128
	.globl	v_TOSTOP
	.align	3
	.type	v_TOSTOP, @object
	.size	v_TOSTOP, 8
v_TOSTOP:
	.dword	32768
	.globl	v_IEXTEN
	.align	3
	.type	v_IEXTEN, @object
	.size	v_IEXTEN, 8
v_IEXTEN:
	.dword	256
	.globl	v_B0
	.section	.bss
	.align	3
	.type	v_B0, @object
	.size	v_B0, 8
v_B0:
	.space	8
	.globl	v_B50
	.data
	.align	3
	.type	v_B50, @object
	.size	v_B50, 8
v_B50:
	.dword	1
	.globl	v_B75
	.align	3
	.type	v_B75, @object
	.size	v_B75, 8
v_B75:
	.dword	2
	.globl	v_B110
	.align	3
	.type	v_B110, @object
	.size	v_B110, 8
v_B110:
	.dword	3
	.globl	v_B134
	.align	3
	.type	v_B134, @object
	.size	v_B134, 8
v_B134:
	.dword	4
	.globl	v_B150
	.align	3
	.type	v_B150, @object
	.size	v_B150, 8
v_B150:
	.dword	5
	.globl	v_B200
	.align	3
	.type	v_B200, @object
	.size	v_B200, 8
v_B200:
	.dword	6
	.globl	v_B300
	.align	3
	.type	v_B300, @object
	.size	v_B300, 8
v_B300:
	.dword	7
	.globl	v_B600
	.align	3
	.type	v_B600, @object
	.size	v_B600, 8
v_B600:
	.dword	8
	.globl	v_B1200
	.align	3
	.type	v_B1200, @object
	.size	v_B1200, 8
v_B1200:
	.dword	9
	.globl	v_B1800
	.align	3
	.type	v_B1800, @object
	.size	v_B1800, 8
v_B1800:
	.dword	10
	.globl	v_B2400
	.align	3
	.type	v_B2400, @object
	.size	v_B2400, 8
v_B2400:
	.dword	11
	.globl	v_B4800
	.align	3
	.type	v_B4800, @object
	.size	v_B4800, 8
v_B4800:
	.dword	12
	.globl	v_B9600
	.align	3
	.type	v_B9600, @object
	.size	v_B9600, 8
v_B9600:
	.dword	13
	.globl	v_B19200
	.align	3
	.type	v_B19200, @object
	.size	v_B19200, 8
v_B19200:
	.dword	14
	.globl	v_B38400
	.align	3
	.type	v_B38400, @object
	.size	v_B38400, 8
v_B38400:
	.dword	15
	.globl	v_VSWTC
	.align	3
	.type	v_VSWTC, @object
	.size	v_VSWTC, 8
v_VSWTC:
	.dword	7
	.globl	v_VREPRINT
	.align	3
	.type	v_VREPRINT, @object
	.size	v_VREPRINT, 8
v_VREPRINT:
	.dword	12
	.globl	v_VDISCARD
	.align	3
	.type	v_VDISCARD, @object
	.size	v_VDISCARD, 8
v_VDISCARD:
	.dword	13
	.globl	v_VWERASE
	.align	3
	.type	v_VWERASE, @object
	.size	v_VWERASE, 8
v_VWERASE:
	.dword	14
	.globl	v_VLNEXT
	.align	3
	.type	v_VLNEXT, @object
	.size	v_VLNEXT, 8
v_VLNEXT:
	.dword	15
	.globl	v_VEOL2
	.align	3
	.type	v_VEOL2, @object
	.size	v_VEOL2, 8
v_VEOL2:
	.dword	6
	.globl	v_IUCLC
	.align	3
	.type	v_IUCLC, @object
	.size	v_IUCLC, 8
v_IUCLC:
	.dword	512
	.globl	v_IMAXBEL
	.align	3
	.type	v_IMAXBEL, @object
	.size	v_IMAXBEL, 8
v_IMAXBEL:
	.dword	8192
	.globl	v_IUTF8
	.align	3
	.type	v_IUTF8, @object
	.size	v_IUTF8, 8
v_IUTF8:
	.dword	16384
	.globl	v_OLCUC
	.align	3
	.type	v_OLCUC, @object
	.size	v_OLCUC, 8
v_OLCUC:
	.dword	2
	.globl	v_XTABS
	.align	3
	.type	v_XTABS, @object
	.size	v_XTABS, 8
v_XTABS:
	.dword	6144
	.globl	v_CBAUD
	.align	3
	.type	v_CBAUD, @object
	.size	v_CBAUD, 8
v_CBAUD:
	.dword	4111
	.globl	v_CBAUDEX
	.align	3
	.type	v_CBAUDEX, @object
	.size	v_CBAUDEX, 8
v_CBAUDEX:
	.dword	4096
	.globl	v_CIBAUD
	.align	3
	.type	v_CIBAUD, @object
	.size	v_CIBAUD, 8
v_CIBAUD:
	.dword	269418496
	.globl	v_IBSHIFT
	.align	3
	.type	v_IBSHIFT, @object
	.size	v_IBSHIFT, 8
v_IBSHIFT:
	.dword	16
	.globl	v_BOTHER
	.align	3
	.type	v_BOTHER, @object
	.size	v_BOTHER, 8
v_BOTHER:
	.dword	4096
	.globl	v_CMSPAR
	.align	3
	.type	v_CMSPAR, @object
	.size	v_CMSPAR, 8
v_CMSPAR:
	.dword	1073741824
	.globl	v_CRTSCTS
	.align	3
	.type	v_CRTSCTS, @object
	.size	v_CRTSCTS, 8
v_CRTSCTS:
	.dword	2147483648
	.globl	v_ADDRB
	.align	3
	.type	v_ADDRB, @object
	.size	v_ADDRB, 8
v_ADDRB:
	.dword	536870912
	.globl	v_EXTA
	.align	3
	.type	v_EXTA, @object
	.size	v_EXTA, 8
v_EXTA:
	.dword	14
	.globl	v_EXTB
	.align	3
	.type	v_EXTB, @object
	.size	v_EXTB, 8
v_EXTB:
	.dword	15
	.globl	v_XCASE
	.align	3
	.type	v_XCASE, @object
	.size	v_XCASE, 8
v_XCASE:
	.dword	4
	.globl	v_ECHOCTL
	.align	3
	.type	v_ECHOCTL, @object
	.size	v_ECHOCTL, 8
v_ECHOCTL:
	.dword	512
	.globl	v_ECHOPRT
	.align	3
	.type	v_ECHOPRT, @object
	.size	v_ECHOPRT, 8
v_ECHOPRT:
	.dword	1024
	.globl	v_ECHOKE
	.align	3
	.type	v_ECHOKE, @object
	.size	v_ECHOKE, 8
v_ECHOKE:
	.dword	2048
	.globl	v_FLUSHO
	.align	3
	.type	v_FLUSHO, @object
	.size	v_FLUSHO, 8
v_FLUSHO:
	.dword	8192
	.globl	v_PENDIN
	.align	3
	.type	v_PENDIN, @object
	.size	v_PENDIN, 8
v_PENDIN:
	.dword	16384
	.globl	v_EXTPROC
	.align	3
	.type	v_EXTPROC, @object
	.size	v_EXTPROC, 8
v_EXTPROC:
	.dword	65536
	.globl	v_B57600
	.align	3
	.type	v_B57600, @object
	.size	v_B57600, 8
v_B57600:
	.dword	4097
	.globl	v_B115200
	.align	3
	.type	v_B115200, @object
	.size	v_B115200, 8
v_B115200:
	.dword	4098
	.globl	v_B230400
	.align	3
	.type	v_B230400, @object
	.size	v_B230400, 8
v_B230400:
	.dword	4099
	.globl	v_B460800
	.align	3
	.type	v_B460800, @object
	.size	v_B460800, 8
v_B460800:
	.dword	4100
	.globl	v_B500000
	.align	3
	.type	v_B500000, @object
	.size	v_B500000, 8
v_B500000:
	.dword	4101
	.globl	v_B576000
	.align	3
	.type	v_B576000, @object
	.size	v_B576000, 8
v_B576000:
	.dword	4102
	.globl	v_B921600
	.align	3
	.type	v_B921600, @object
	.size	v_B921600, 8
v_B921600:
	.dword	4103
	.globl	v_B1000000
	.align	3
	.type	v_B1000000, @object
	.size	v_B1000000, 8
v_B1000000:
	.dword	4104
	.globl	v_B1152000
	.align	3
	.type	v_B1152000, @object
	.size	v_B1152000, 8
v_B1152000:
	.dword	4105
	.globl	v_B1500000
	.align	3
	.type	v_B1500000, @object
	.size	v_B1500000, 8
v_B1500000:
	.dword	4106
	.globl	v_B2000000
	.align	3
	.type	v_B2000000, @object
	.size	v_B2000000, 8
v_B2000000:
	.dword	4107
	.globl	v_B2500000
	.align	3
	.type	v_B2500000, @object
	.size	v_B2500000, 8
v_B2500000:
	.dword	4108
	.globl	v_B3000000
	.align	3
	.type	v_B3000000, @object
	.size	v_B3000000, 8
v_B3000000:
	.dword	4109
	.globl	v_B3500000
	.align	3
	.type	v_B3500000, @object
	.size	v_B3500000, 8
v_B3500000:
	.dword	4110
	.globl	v_B4000000
	.align	3
	.type	v_B4000000, @object
	.size	v_B4000000, 8
v_B4000000:
	.dword	4111
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
