"""Chapter 6 (循环神经网络): ``from d2l.selfcheck.ch06 import check`` in its notebook."""

from d2l.selfcheck import checker

check = checker("ch06")
