"""`python -m unittest`: runs the tests named on the command line, or those discovery finds."""
import os
import sys

from unittest.main import main

sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
main(module=None)
