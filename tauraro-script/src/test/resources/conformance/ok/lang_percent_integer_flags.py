# printf-style integer conversions with flags, width and precision, for ints of every size, bools and floats
for v in (0, 7, -7, 255, -255, 2**63 - 1, -2**63, -2**63 - 1, 2**64, True, False, 3.99, -3.99):
    for spec in ('%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%x', '%#x', '%X', '%#o', '%08.3x', '%+#06X', '%i', '%u'):
        try:
            print(spec, repr(spec % v))
        except TypeError as e:
            print(spec, 'TypeError', e)
