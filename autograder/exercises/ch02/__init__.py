"""Chapter 2 (预备知识): ``from d2l.selfcheck.ch02 import check`` in its notebook."""

from d2l.selfcheck import checker

check = checker("ch02")
