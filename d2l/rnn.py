"""Helpers of chapter 6, 循环神经网络 (recurrent networks)."""

__all__ = []
