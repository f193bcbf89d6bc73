# sys.argv[0] (basename only: the runner may pass a path), sys.exit(0) ends the script cleanly.
import sys

print(sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1])
print(len(sys.argv))
print(sys.argv[0].endswith("mod_sys_argv.py"))
print(type(sys.argv).__name__)
print(sys.version_info[0], sys.version_info >= (3, 8))
print(sys.maxsize >= 2 ** 31 - 1)
sys.stdout.write("written via sys.stdout.write\n")
print("to stdout", file=sys.stdout)
print("to stderr is not compared", file=sys.stderr)


def finish():
    print("before exit")
    try:
        sys.exit(0)
    finally:
        print("finally runs during sys.exit")


try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
finish()
print("not printed")
