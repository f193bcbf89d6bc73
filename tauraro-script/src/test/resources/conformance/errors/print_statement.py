name = "py"
print "hello", name
