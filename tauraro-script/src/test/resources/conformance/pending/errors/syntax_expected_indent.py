print("before")
if True:
print("not indented")
