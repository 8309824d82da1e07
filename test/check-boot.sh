#!/bin/sh
# check-boot.sh SRCDIR ARCH INITRAMFS: boots the initramfs demo under
# qemu-system (tools/boot-qemu) and reads the console log: the banner, the
# mounts, every boot-script command's status, every orphan and the zombie
# reaped by init, the services stopped, and a clean power-off.  Skipped, with
# the reason, when the kernel or qemu-system is not installed.
src=$1 arch=$2 initramfs=$3
. "$(dirname "$0")/lib.sh"

log=${initramfs%/*}/console.log
# A hang guard, not a time limit on the boot: a TCG boot takes seconds.
timeout 600 sh "$src/tools/boot-qemu" "$arch" "$initramfs" </dev/null >"$tmp/raw" 2>"$tmp/err"
rc=$?
if [ $rc -eq 77 ]; then
	case_line "boot_$arch" skip "$(grep '^boot-qemu:' "$tmp/err" | tail -n 1)"
	finish
	exit
fi
# Serial lines end in CR LF; the firmware's terminal resets are not text.
tr -d '\r' <"$tmp/raw" | sed 's/\x1bc//g; s/\x1b\[[0-9;?]*[a-zA-Z]//g' >"$log"

# has TEXT: a console line ends with TEXT (the firmware may leave a partial
# line before the kernel's first output).
has() {
	awk -v t="$1" 'length($0) >= length(t) && substr($0, length($0) - length(t) + 1) == t { f = 1 }
		END { exit !f }' "$log" && echo yes || echo "no line '$1'"
}
field() { sed -n "s/$1/\\1/p" "$log" | head -n 1; }

check "${arch}_qemu_exit_status" 0 $rc
check "${arch}_init_powered_off" yes "$(grep -q '^init: powering off after' "$log" && echo yes)"
check "${arch}_no_panic" 0 "$(grep -c 'Kernel panic\|Attempted to kill init' "$log")"
check "${arch}_banner" yes "$(grep -q "^trapdoor init: Linux [^ ]* on [^ ]*, host trapdoor, up [0-9]*\.[0-9]* s$" "$log" && echo yes)"
for m in "proc on /proc" "sysfs on /sys" "devtmpfs on /dev" "tmpfs on /run"; do
	check "${arch}_mounted ${m##* }" yes "$(has "init: mounted $m")"
done
for m in "/proc is proc" "/sys is sysfs" "/dev is devtmpfs" "/run is tmpfs" "hostname trapdoor"; do
	check "${arch}_probe_sees ${m%% *}" yes "$(has "probe: $m")"
done

# Every command of the script, with the status init logged for it.
for c in "/bin/hello:exit 0" "/bin/probe:exit 0" "/bin/orphans:exit 0" "/bin/zombie:exit 0" \
	"/bin/status:exit 3" "/bin/status:killed by signal 15 (Terminated)"; do
	check "${arch}_status ${c%%:*} ${c#*:}" yes \
		"$(grep -q "^init: reaped ${c%%:*} [0-9]*: ${c#*:}$" "$log" && echo yes)"
done
check "${arch}_spawn_failure_logged" yes \
	"$(has "init: /bin/no-such-program: spawn failed: No such file or directory")"
check "${arch}_script_summary" yes "$(has "init: boot script done: 9 commands, 3 failed")"

# The orphans and the zombie: each pid the programs printed, reaped by init.
orphans=$(field '^orphans: left 3: \(.*\)$')
check "${arch}_orphans_printed" 3 "$(echo $orphans | wc -w)"
i=0
for p in $orphans; do
	check "${arch}_orphan_$i reaped" yes "$(has "init: reaped orphan $p: exit $((40 + i))")"
	i=$((i + 1))
done
zombie=$(field '^zombie: left \([0-9]*\) unreaped (exit 3)$')
check "${arch}_zombie_reaped" yes "$(has "init: reaped orphan ${zombie:-?}: exit 3")"

# The services: both reaped at shutdown, the stubborn one by SIGKILL.
svc=$(field '^service: pid \([0-9]*\) ready$')
stubborn=$(field '^service --stubborn: pid \([0-9]*\) ready$')
check "${arch}_service_reaped" yes \
	"$(grep -q "^init: reaped /bin/service ${svc:-?}: " "$log" && echo yes)"
check "${arch}_stubborn_service_killed" yes \
	"$(has "init: reaped /bin/service ${stubborn:-?}: killed by signal 9 (Killed)")"
check "${arch}_reaped_total" yes "$(has "init: reaped 12 processes, 4 of them orphans")"
echo "boot: $(grep '^init: powering off' "$log") (console log: $log)"
finish
