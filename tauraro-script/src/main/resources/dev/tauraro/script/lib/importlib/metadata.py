"""The installed distributions' metadata (CPython's importlib.metadata): version, metadata,
requires, files and entry points of packages whose .dist-info or .egg-info directory lies on
sys.path (a pure-Python package installed into a TAURARO_PATH directory brings one).

The bundled library is no distribution, as CPython's standard library is none.
"""
import csv
import email.parser
import os
import pathlib
import re
import sys

__all__ = ["Distribution", "DistributionFinder", "PackageMetadata", "PackageNotFoundError",
           "distribution", "distributions", "entry_points", "files", "metadata",
           "packages_distributions", "requires", "version", "EntryPoint", "EntryPoints", "PackagePath"]


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name was found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    """PEP 503's normalized name, with underscores as the .dist-info directories spell it."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


class PackageMetadata(email.message.Message):
    """A distribution's METADATA: headers by name; json gives them as a dict."""

    @property
    def json(self):
        multiple = {"Classifier", "Obsoletes-Dist", "Platform", "Project-URL", "Provides-Dist",
                    "Provides-Extra", "Requires-Dist", "Requires-External", "Supported-Platform",
                    "Dynamic"}

        def transform(key):
            value = self.get_all(key) if key in multiple else self[key]
            if key == "Keywords":
                value = re.split(r"\s+", value)
            return key.lower().replace("-", "_"), value

        result = dict(map(transform, dict.fromkeys(self.keys())))
        payload = self.get_payload()
        if payload:
            result["description"] = payload
        return result


class EntryPoint:
    """An object a distribution advertises: value is 'module:attr [extras]'."""

    pattern = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)
        self.dist = None

    def __setattr__(self, name, value):
        if name != "dist" and name in ("name", "value", "group"):
            raise AttributeError("can't set attribute")
        object.__setattr__(self, name, value)

    def load(self):
        """Imports the module and returns the attribute the value names."""
        import importlib
        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group("module"))
        attrs = filter(None, (match.group("attr") or "").split("."))
        result = module
        for attr in attrs:
            result = getattr(result, attr)
        return result

    @property
    def module(self):
        return self.pattern.match(self.value).group("module")

    @property
    def attr(self):
        return self.pattern.match(self.value).group("attr")

    @property
    def extras(self):
        match = self.pattern.match(self.value)
        return re.findall(r"\w+", match.group("extras") or "")

    def matches(self, **params):
        attrs = (getattr(self, param) for param in params)
        return all(map(lambda a, b: a == b, params.values(), attrs))

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    def __iter__(self):
        return iter((self.name, self))


class EntryPoints(tuple):
    """Entry points, selectable by name, group, module, attr or extras."""
    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        try:
            return next(iter(self.select(name=name)))
        except StopIteration:
            raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class PackagePath(pathlib.PurePosixPath):
    """A file a distribution's RECORD lists, relative to its site directory."""

    hash = None
    size = None
    dist = None

    def read_text(self, encoding="utf-8"):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open("rb") as stream:
            return stream.read()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition("=")

    def __repr__(self):
        return f"<FileHash mode: {self.mode} value: {self.value}>"


class Distribution:
    """A distribution found on the path: its metadata files are read on demand."""

    def __init__(self, path):
        self._path = pathlib.Path(path)

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        try:
            return next(iter(_find(name)))
        except StopIteration:
            raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = DistributionFinder.Context(**kwargs)
        return iter(_find(context.name, context.path))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or self.read_text("") or ""
        return email.parser.Parser(_class=PackageMetadata).parsestr(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        text = self.read_text("entry_points.txt")
        found = []
        group = None
        for line in (text or "").splitlines():
            line = line.strip()
            if not line or line.startswith(("#", ";")):
                continue
            if line.startswith("[") and line.endswith("]"):
                group = line[1:-1].strip()
                continue
            name, _, value = line.partition("=")
            ep = EntryPoint(name.strip(), value.strip(), group)
            ep.dist = self
            found.append(ep)
        return EntryPoints(found)

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            text = self.read_text("SOURCES.txt")
            if text is None:
                return None
            rows = [(line, None, None) for line in text.splitlines()]
        else:
            rows = list(csv.reader(text.splitlines()))

        def make(name, hash=None, size_str=None):
            result = PackagePath(name)
            result.hash = FileHash(hash) if hash else None
            result.size = int(size_str) if size_str else None
            result.dist = self
            return result

        return [make(*row) for row in rows]

    @property
    def requires(self):
        reqs = self.metadata.get_all("Requires-Dist")
        if reqs is None:
            text = self.read_text("requires.txt")
            return None if text is None else [line for line in text.splitlines() if line and not line.startswith("[")]
        return reqs


class PathDistribution(Distribution):
    """A distribution in a .dist-info or .egg-info directory."""


class DistributionFinder:
    """Where distributions are searched: Context(name=None, path=sys.path)."""

    class Context:
        def __init__(self, name=None, path=None, **kwargs):
            self.name = name
            self._path = path
            vars(self).update(kwargs)

        @property
        def path(self):
            return self._path if self._path is not None else sys.path


def _find(name=None, path=None):
    wanted = None if name is None else _normalize(name)
    for entry in (sys.path if path is None else path):
        directory = entry or "."
        try:
            children = sorted(os.listdir(directory))
        except (OSError, TypeError):
            continue
        for child in children:
            low = child.lower()
            if not (low.endswith(".dist-info") or low.endswith(".egg-info")):
                continue
            stem = child.rsplit(".", 1)[0]
            dist_name = stem.split("-")[0]
            if wanted is not None and _normalize(dist_name) != wanted:
                continue
            found = os.path.join(directory, child)
            if os.path.isdir(found):
                yield PathDistribution(found)


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    """The entry points of every distribution, selected by params (name=, group=, ...)."""
    seen = set()
    found = []
    for dist in distributions():
        key = _normalize(dist.name or "")
        if key in seen:
            continue
        seen.add(key)
        found.extend(dist.entry_points)
    return EntryPoints(found).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    """Each top-level importable name to the distributions that provide it."""
    result = {}
    for dist in distributions():
        text = dist.read_text("top_level.txt")
        names = text.split() if text else [
            (f.parts[0] if len(f.parts) > 1 else f.name.rsplit(".", 1)[0])
            for f in (dist.files or []) if f.suffix == ".py" or len(f.parts) > 1]
        for pkg in dict.fromkeys(names):
            if "." in pkg or pkg.endswith((".dist-info", ".egg-info")) or pkg == "..":
                continue
            result.setdefault(pkg, []).append(dist.metadata["Name"])
    return result
