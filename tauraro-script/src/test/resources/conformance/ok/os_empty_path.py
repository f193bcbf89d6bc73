# The empty path names no file: os functions fail with FileNotFoundError (it named the working
# directory, so os.rmdir('') removed it); os.path's predicates say False; abspath/realpath give the cwd
import os
import tempfile

home = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)  # so that a wrong rmdir('') could only remove this scratch directory
try:
    for name, f in [("stat", os.stat), ("lstat", os.lstat), ("listdir", os.listdir),
                    ("scandir", lambda p: list(os.scandir(p))), ("rmdir", os.rmdir), ("remove", os.remove),
                    ("unlink", os.unlink), ("mkdir", os.mkdir), ("makedirs", os.makedirs), ("chdir", os.chdir),
                    ("open", open), ("getsize", os.path.getsize), ("rename", lambda p: os.rename(p, "x")),
                    ("chmod", lambda p: os.chmod(p, 0o755)), ("bytes stat", lambda p: os.stat(p.encode()))]:
        try:
            print(name, "->", f(""))
        except OSError as e:
            print(name, type(e).__name__, e.errno, e.strerror)
    print(os.path.exists(""), os.path.isdir(""), os.path.isfile(""), os.path.islink(""),
          os.access("", os.R_OK), list(os.walk("")))
    print(os.path.abspath("") == os.getcwd(), os.path.realpath("") == os.path.realpath(os.getcwd()))
    print(os.path.isdir(work), os.getcwd() == work)
finally:
    os.chdir(home)
    os.rmdir(work)
