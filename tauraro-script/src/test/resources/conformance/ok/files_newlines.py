# Reading with each newline= mode, whole lines and readline(limit) cutting through \r\n.
import os
with open("tauraro_conf_files_newlines.tmp", "w", newline="") as f:
    f.write("a\nb\r\nc\rd\n\ne")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("tauraro_conf_files_newlines.tmp", newline=nl) as f:
        print(repr(nl), f.readlines())
    with open("tauraro_conf_files_newlines.tmp", newline=nl) as f:
        print(repr(nl), [f.readline(2) for _ in range(4)])
with open("tauraro_conf_files_newlines.tmp", "w", newline="") as f:
    f.write("plain\nlines\nonly\n")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("tauraro_conf_files_newlines.tmp", newline=nl) as f:
        print(repr(nl), list(f))
os.remove("tauraro_conf_files_newlines.tmp")
