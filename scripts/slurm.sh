#!/usr/bin/env bash
# A one-node Slurm cluster on this machine (Debian's slurm-wlm and munge), for the gateway's
# Slurm backend and the end-to-end tests: installs the packages if missing, writes the
# configuration, starts munged, slurmctld and slurmd (in UTC), and waits for the node to take
# jobs. Idempotent; needs root. Daemons started here end with the session that started them.
set -euo pipefail

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

mkdir -p /etc/munge /var/log/munge /run/munge /var/lib/munge
if [ ! -s /etc/munge/munge.key ]; then
	dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key
chmod 400 /etc/munge/munge.key
chown -R munge:munge /var/log/munge /run/munge /var/lib/munge
pgrep -x munged >/dev/null || munged --force 2>/dev/null

host=$(hostname -s)
memory=$(( $(free -m | awk '/^Mem:/ { print $2 }') - 1024 ))
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
config=$(cat <<CONF
ClusterName=cyberplaza
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
JobAcctGatherType=jobacct_gather/linux
JobCompType=jobcomp/filetxt
JobCompLoc=/var/log/slurm/jobcomp.log
MinJobAge=300
ReturnToService=2
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=main Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
)
# slurmd refuses a cgroup.conf that disables the plugin; without one it starts.
if [ "$(cat /etc/slurm/slurm.conf 2>/dev/null)" != "$config" ]; then
	echo "$config" > /etc/slurm/slurm.conf
	pkill -x slurmctld || true
	pkill -x slurmd || true
	sleep 1
fi
pgrep -x slurmctld >/dev/null || TZ=UTC slurmctld
pgrep -x slurmd >/dev/null || TZ=UTC slurmd

for _ in $(seq 60); do
	state=$(sinfo -h -n "$host" -o %T 2>/dev/null || true)
	case "$state" in
	idle* | mixed* | allocated*) echo "slurm: node $host $state"; exit 0 ;;
	down* | drain*) scontrol update nodename="$host" state=resume 2>/dev/null || true ;;
	esac
	sleep 1
done
echo "slurm: node $host did not become idle (state: ${state:-none})" >&2
exit 1
