"""Chapter 9 (计算机视觉): ``from d2l.selfcheck.ch09 import check`` in its notebook."""

from d2l.selfcheck import checker

check = checker("ch09")
