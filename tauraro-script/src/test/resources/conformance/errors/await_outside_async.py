def outer():
    await something()
