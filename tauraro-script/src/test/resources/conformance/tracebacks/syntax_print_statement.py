def report(x):
    print "value:", x  # old style
