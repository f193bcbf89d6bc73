# asyncio subprocesses: exec and shell, PIPE/DEVNULL/STDOUT, communicate with megabytes both ways,
# reading lines as they come, exit codes, kill/terminate, a missing program, cwd and env.
import asyncio
import sys
from asyncio.subprocess import DEVNULL, PIPE, STDOUT


async def main():
    p = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=PIPE)
    out, err = await p.communicate()
    print(type(p).__name__, out, err, p.returncode, p.pid > 0)

    p = await asyncio.create_subprocess_shell("echo out; echo err >&2; exit 3", stdout=PIPE, stderr=PIPE)
    print(await p.communicate(), p.returncode)

    p = await asyncio.create_subprocess_shell("echo a; echo b >&2", stdout=PIPE, stderr=STDOUT, stdin=DEVNULL)
    print(await p.communicate(), p.stdin, p.stderr)

    p = await asyncio.create_subprocess_shell("echo to devnull", stdout=DEVNULL)
    print(await p.wait(), p.stdout)

    data = bytes(range(256)) * 8192  # 2 MiB through cat and back
    p = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE, stderr=PIPE)
    out, err = await p.communicate(data)
    print(len(out), out == data, err, p.returncode)

    p = await asyncio.create_subprocess_exec("/bin/sh", "-c", "while read line; do echo \"got $line\"; done",
                                             stdin=PIPE, stdout=PIPE)
    for word in [b"one", b"two", b"three"]:
        p.stdin.write(word + b"\n")
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.close()
    print(await p.stdout.read(), await p.wait())

    p = await asyncio.create_subprocess_shell("printf 'x\\ny\\nz'", stdout=PIPE)
    print([line async for line in p.stdout], await p.wait())

    p = await asyncio.create_subprocess_exec("sleep", "30")
    print(p.returncode)
    p.kill()
    print(await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_exec("sleep", "30")
    p.terminate()
    print(await p.wait())

    p = await asyncio.create_subprocess_exec("sleep", "30")
    waiter = asyncio.create_task(p.wait())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("wait cancelled, child still running:", p.returncode is None)
    p.kill()
    print(await p.wait())

    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

    p = await asyncio.create_subprocess_exec("pwd", cwd="/tmp", stdout=PIPE)
    print(await p.communicate())
    p = await asyncio.create_subprocess_shell("echo $GREETING", env={"GREETING": "hi there", "PATH": "/usr/bin:/bin"},
                                              stdout=PIPE)
    print(await p.communicate())

    async def run(i):
        p = await asyncio.create_subprocess_shell(f"echo {i}; exit {i}", stdout=PIPE)
        out, _ = await p.communicate()
        return out, p.returncode

    print(await asyncio.gather(*(run(i) for i in range(5))))


asyncio.run(main())
