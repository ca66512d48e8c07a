"""Helpers of chapter 10, §10.3 word2vec的实现 (PTB loading and the skip-gram training loop)."""

__all__ = []
