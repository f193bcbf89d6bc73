# "=" after an attribute or subscript in a condition: the target alone is marked
items = {"k": [0]}
while items["k"][0] = 1:
    pass
