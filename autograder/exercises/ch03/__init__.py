"""Chapter 3 (深度学习基础): ``from d2l.selfcheck.ch03 import check`` in its notebook."""

from d2l.selfcheck import checker

check = checker("ch03")
