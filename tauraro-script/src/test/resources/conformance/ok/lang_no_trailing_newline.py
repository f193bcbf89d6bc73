x = 1
print("last line without newline", x)