import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno if tb else None, file=sys.stderr)
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__)
raise ValueError("boom")
