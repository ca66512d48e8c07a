"""Helpers of chapter 7, 优化算法 (optimization algorithms)."""

__all__ = []
