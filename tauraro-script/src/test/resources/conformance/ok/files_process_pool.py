# The seed's "Process Pool Example" (concurrency.md) over real files: a pool reads and analyses
# the files of a directory the script makes (and removes) itself.
import multiprocessing
import os

def load_file(filename):
    with open(filename) as f:
        return f.read()

def analyze(data):
    words = data.split()
    return {"lines": data.count("\n"), "words": len(words), "longest": max(words, key=len) if words else ""}

def list_files(directory):
    return sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".txt"))

def process_file(filename: str) -> dict:
    """Process a single file."""
    data = load_file(filename)
    return analyze(data)

def process_directory(directory: str):
    files = list_files(directory)
    with multiprocessing.Pool(processes=4) as pool:
        results = pool.map(process_file, files)
    return results

if __name__ == "__main__":
    d = "pool_data.tmp"
    os.makedirs(d, exist_ok=True)
    for i in range(6):
        with open(os.path.join(d, f"f{i}.txt"), "w") as f:
            for j in range(i + 1):
                print("word" * (j + 1), "x", j, file=f)
    for r in process_directory(d):
        print(r)
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
