"""Chapter 5 (卷积神经网络): ``from d2l.selfcheck.ch05 import check`` in its notebook."""

from d2l.selfcheck import checker

check = checker("ch05")
