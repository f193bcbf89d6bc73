# Run from tauraro-dist.zip unpacked away from any checkout (DistributionIT): a module beside the
# script, the bundled library and the Java modules behind asyncio and multiprocessing.
import asyncio
import json
import logging
import re
import sys

import helper


async def work(n):
    await asyncio.sleep(0.01)
    return helper.square(n)


async def main():
    return await asyncio.gather(*(work(i) for i in range(5)))


logging.basicConfig(format="%(levelname)s %(message)s", stream=sys.stdout, level=logging.INFO)
logging.info("squares %s", asyncio.run(main()))
print(json.dumps({"words": re.findall(r"\w+", "from the distribution"), "argv": sys.argv[1:]}))
