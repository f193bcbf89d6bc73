# bisect: binary search in sorted sequences. The searches are the Java _bisect's, as CPython's are
# C: in the script one search cost ten times CPython's.

from _bisect import bisect_left, bisect_right, insort_left, insort_right

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]

bisect = bisect_right
insort = insort_right
