"""Chapter 10 (自然语言处理): ``from d2l.selfcheck.ch10 import check`` in its notebook."""

from d2l.selfcheck import checker

check = checker("ch10")
