import multiprocessing

def process_file(filename: str) -> dict:
    """Process a single file."""
    # CPU-intensive processing
    data = load_file(filename)
    return analyze(data)

def process_directory(directory: str):
    """Process all files in parallel."""
    files = list_files(directory)

    with multiprocessing.Pool(processes=4) as pool:
        results = pool.map(process_file, files)

    return results

# driver (not from the seed)
def list_files(directory):
    return [f"{directory}/file{i}.txt" for i in range(6)]


def load_file(filename):
    return filename.rsplit("/", 1)[-1]


def analyze(data):
    return {"name": data, "length": len(data)}


if __name__ == "__main__":
    for r in process_directory("data"):
        print(r)
