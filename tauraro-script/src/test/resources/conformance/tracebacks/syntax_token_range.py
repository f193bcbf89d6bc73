print("start")
value = compute result
