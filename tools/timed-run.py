#!/usr/bin/env python3
"""Times one whole process: wall clock from just before it is spawned to just after it is
reaped, and its peak resident memory, with no shell, `date` or GNU time process in between
(each of those adds about a millisecond, which matters for a process that takes 20).

usage: tools/timed-run.py STDOUT STDERR COMMAND [ARGUMENT...]
prints "SECONDS PEAK_KB" on standard output; exits with the command's status.
"""
import os
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.strip().splitlines()[-2])
    stdout, stderr, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    out = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    actions = [(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)]
    started = time.perf_counter()
    try:
        pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)
    except OSError as error:
        sys.exit(f"timed-run: error: cannot run {command[0]}: {error}")
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    os.close(out)
    os.close(err)
    print(f"{elapsed:.6f} {usage.ru_maxrss}")
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
