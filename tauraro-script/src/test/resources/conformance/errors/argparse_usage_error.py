# argparse: a usage error exits with status 2 after printing the usage and "prog: error: ..." to stderr
import argparse

parser = argparse.ArgumentParser(prog="convert")
parser.add_argument("source")
parser.add_argument("--width", type=int, required=True)
print("parsing")
parser.parse_args(["in.png", "--width", "wide"])
print("not reached")
