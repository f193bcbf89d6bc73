# logging: FileHandler and basicConfig(filename=..., filemode="w") in a temporary directory
import logging
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    fh = logging.FileHandler(path)
    fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    flog = logging.getLogger("tofile")
    flog.addHandler(fh)
    flog.warning("first line")
    flog.error("second line")
    fh.close()
    flog.removeHandler(fh)
    with open(path) as f:
        print(f.read().splitlines())
    print(os.path.basename(fh.baseFilename), fh.mode)
    logging.basicConfig(filename=os.path.join(tmp, "basic.log"), filemode="w", format="%(name)s|%(message)s",
                        level=logging.DEBUG, force=True)
    logging.getLogger("cfg").debug("to file")
    logging.shutdown()
    with open(os.path.join(tmp, "basic.log")) as f:
        print(f.read())
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
