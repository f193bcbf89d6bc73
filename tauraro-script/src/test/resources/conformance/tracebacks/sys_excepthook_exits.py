import sys
sys.excepthook = lambda *a: sys.exit(4)
raise ValueError("boom")
