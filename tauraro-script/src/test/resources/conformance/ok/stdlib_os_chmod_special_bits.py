# os.chmod sets the whole mode chmod(2) takes: the setuid, setgid and sticky bits too.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    f = os.path.join(tmp, "f")
    open(f, "w").close()
    for mode in (0o4755, 0o2750, 0o6711, 0o644, 0o0):
        os.chmod(f, mode)
        st = os.stat(f)
        print(oct(stat.S_IMODE(st.st_mode)), bool(st.st_mode & stat.S_ISUID), bool(st.st_mode & stat.S_ISGID))
    d = os.path.join(tmp, "d")
    os.mkdir(d)
    os.chmod(d, 0o1777)
    print(oct(stat.S_IMODE(os.stat(d).st_mode)), stat.filemode(os.stat(d).st_mode))
    os.chmod(f, 0o600)
    print(stat.filemode(os.stat(f).st_mode))
    try:
        os.chmod(os.path.join(tmp, "missing"), 0o600)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
