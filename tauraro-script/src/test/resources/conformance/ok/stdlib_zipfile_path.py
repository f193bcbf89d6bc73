# zipfile.Path: walking an archive as a tree (with directories that only the member names imply),
# reading members as text and bytes, and the names and errors of paths.
import os
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
buf = os.path.join(tmp, "tree.zip")
with zipfile.ZipFile(buf, "w") as zf:
    for name, data in (("a.txt", b"alpha\nline two\n"), ("b/c.txt", b"see"), ("b/d/e.bin", b"\x00\x01"),
                       ("explicit/", b""), ("archive.tar.gz", b"gz?")):
        zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
zf = zipfile.ZipFile(buf)
root = zipfile.Path(zf)
print(repr(root).replace(tmp, "TMP"), root.name, root.is_dir(), root.is_file(), root.exists())
print(sorted(p.name for p in root.iterdir()))
b = root / "b"
print(b.name, b.is_dir(), b.exists(), b.at, str(b).replace(tmp, "TMP"),
      sorted(str(p).replace(tmp, "TMP") for p in b.iterdir()))
e = root.joinpath("b", "d", "e.bin")
print(e.name, e.is_file(), e.read_bytes(), e.parent.name, e.parent.parent.name, e.suffix, e.stem)
t = root / "a.txt"
print(t.read_text(), t.read_text(encoding="ascii").splitlines())
with t.open() as f:
    print(repr(f.readline()))
with t.open("rb") as f:
    print(f.read(5))
g = root / "archive.tar.gz"
print(g.suffix, g.suffixes, g.stem, str(g.filename).replace(tmp, "TMP"))
print((root / "missing").exists(), (root / "explicit").is_dir(), sorted(p.name for p in (root / "explicit").iterdir()))
for bad in (lambda: (root / "missing").read_bytes(), lambda: (root / "a.txt").iterdir(),
            lambda: t.open("rb", encoding="utf-8"), lambda: b.open()):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, str(ex).replace(tmp, "TMP"))
print(zipfile.Path(zf, at="b/").name, zipfile.Path(zf, "b/d/").parent.at)
with zipfile.ZipFile(buf, "a") as zw:
    with zipfile.Path(zw, "new/written.txt").open("w") as f:
        f.write("written through Path\n")
with zipfile.ZipFile(buf) as zr:
    print(zipfile.Path(zr, "new/written.txt").read_text(), zipfile.Path(buf).joinpath("new").is_dir())
zf.close()
os.remove(buf)
os.rmdir(tmp)
