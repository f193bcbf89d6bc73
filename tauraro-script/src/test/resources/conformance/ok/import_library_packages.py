# Library packages (xml, json, asyncio, ...) against plain modules (os): __package__ and the message for a missing submodule.
import xml, json, os, collections, json.decoder, xml.etree.ElementTree, os.path, asyncio
for name in ("xml.foo", "json.nothere", "os.nothere", "collections.abc.x", "xml.etree.nothere", "asyncio.nothere"):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
for m in (xml, json, os, collections, json.decoder, xml.etree.ElementTree, os.path, asyncio):
    print(m.__name__, repr(m.__package__))
try:
    from xml import nothere
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
