#!/usr/bin/python3
"""How soon an interactive prompt is usable, as a user at a terminal sees it (issue 13).

    bench/script/prompt_time.py RUNS COMMAND [ARG...]

Runs COMMAND on a pseudo-terminal of its own RUNS + 1 times (the first run, which may train
bin/tauraro's start-up archive, is not counted), types `6*7` and Enter at once, as a user who does
not wait for the prompt does, and reads the terminal until the answer `42` comes back. Prints two
numbers, the best seconds over the counted runs from the start of the process until `>>> ` was
written and until `42` was, then types `exit()`. Reading the pseudo-terminal directly times the
program alone: a terminal multiplexer polled from outside (tmux capture-pane, as this measurement
was made before) added 50-100 ms of its own on a machine where starting a process is slow.
PROMPT_TIMEOUT (seconds, default 120) bounds each run.
"""
import os
import pty
import select
import signal
import sys
import time

TIMEOUT = int(os.environ.get("PROMPT_TIMEOUT", "120"))  # seconds for one run (the first may train an archive); a hang fails the measurement


def once(command):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    os.write(fd, b"6*7\r")
    seen, shown = b"", None
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], max(0.0, start + TIMEOUT - time.perf_counter()))
            if not ready:
                sys.exit(f"{command[0]}: no answer to 6*7 within {TIMEOUT} s; the terminal showed {seen[-300:]!r}")
            try:
                seen += os.read(fd, 4096)
            except OSError:  # the pseudo-terminal closed: the program ended
                sys.exit(f"{command[0]} ended before answering 6*7; the terminal showed {seen[-300:]!r}")
            if shown is None and b">>> " in seen:
                shown = time.perf_counter() - start
            # the answer is a line of its own after the echoed input
            if b"\n42\r\n" in seen.partition(b"6*7")[2]:
                answered = time.perf_counter() - start
                return shown, answered
    finally:
        try:
            os.write(fd, b"exit()\r")
        except OSError:
            pass
        end(pid)
        os.close(fd)


def end(pid):
    """Waits for the program to leave after exit(); one that does not within 5 s is killed."""
    for _ in range(500):
        if os.waitpid(pid, os.WNOHANG)[0]:
            return
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    runs, command = int(sys.argv[1]), sys.argv[2:]
    times = [once(command) for _ in range(runs + 1)][1:]
    print(f"{min(t[0] for t in times):.3f} {min(t[1] for t in times):.3f}")


if __name__ == "__main__":
    main()
