"""from __future__ import annotations keeps annotations as text; other features are accepted."""
from __future__ import annotations, division, generator_stop
import __future__


def f(x: int, *args: list[int], y: "str" = "a", **kw: dict[str, Undefined]) -> Optional[int]:
    return x


class C:
    count: int = 0
    name: NotDefinedAnywhere
    pair: tuple[int, str]


print(f.__annotations__)
print(C.__annotations__, C.count)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.all_feature_names[-1])
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)

for src in ["x = 1\nfrom __future__ import annotations\n", "from __future__ import nope\n",
            "from __future__ import braces\n", '"doc"\nfrom __future__ import annotations\nx: int = 1\n']:
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
        print("ok", ns.get("__annotations__"))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
