# subprocess: run with capture_output/text/check/input/timeout, check_output, check_call, call,
# Popen with pipes and communicate, line iteration, STDOUT/DEVNULL, errors as CPython raises them
import os
import subprocess
import sys
import tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode, repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.cmd, e.output)
r = subprocess.run(["tr", "a-z", "A-Z"], input="shout\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run("echo $((6 * 7)) | cat", shell=True, stdout=subprocess.PIPE)
print(r.stdout, r.args)
print(subprocess.check_output(["printf", "a\\nb\\n"]), subprocess.check_output("echo text", shell=True, text=True))
print(subprocess.check_output(["sh", "-c", "echo to-err >&2"], stderr=subprocess.STDOUT))
print(subprocess.call(["true"]), subprocess.call(["sh", "-c", "exit 5"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 1"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output)
r = subprocess.run(["sh", "-c", "echo quiet; echo loud >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, 0 < e.timeout <= 0.3)   # the timeout left, as CPython reports it
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"via cat")
print(out, err, p.returncode, p.poll(), p.wait())
p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three"], stdout=subprocess.PIPE, text=True)
print([line.rstrip() for line in p.stdout], p.wait())
with subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      text=True) as p:
    p.stdin.write("value\n")
    p.stdin.close()
    print(p.stdout.read().strip())
print(p.returncode)
p = subprocess.Popen(["sleep", "5"])
print(p.poll())
p.kill()
print(p.wait() != 0)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("wait", e)
p.terminate()
p.wait()
env = dict(os.environ, GREETING="hi from env")
print(subprocess.run(["sh", "-c", "echo $GREETING"], env=env, capture_output=True, text=True).stdout.strip())
with tempfile.TemporaryDirectory() as tmp:
    print(subprocess.run(["pwd"], cwd=tmp, capture_output=True, text=True).stdout.strip() == os.path.realpath(tmp))
    path = os.path.join(tmp, "out.txt")
    with open(path, "w") as f:
        subprocess.run(["echo", "into a file"], stdout=f)
    print(open(path).read().strip())
sys.stdout.flush()
subprocess.run(["echo", "inherited stdout"])
print("after child")
print(subprocess.getstatusoutput("echo status; exit 4"), subprocess.getoutput("echo plain"))
print(repr(subprocess.CompletedProcess(["x"], 0)), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(str(subprocess.TimeoutExpired(["a"], 1.5)), str(subprocess.CalledProcessError(1, "cmd")))
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
