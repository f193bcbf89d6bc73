names = ["ada", "grace" "linus" guido]
