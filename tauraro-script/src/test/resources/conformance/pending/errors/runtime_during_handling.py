def cleanup(resource):
    print("cleaning", resource)
    return resource["handle"]


def work():
    resource = {"name": "db"}
    try:
        raise ConnectionError("connection lost")
    except ConnectionError:
        cleanup(resource)


work()
