"""Helpers of chapter 10, §10.12 机器翻译: the fr-en loader, training, translation."""

__all__ = []
