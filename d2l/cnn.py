"""Helpers of chapter 5, 卷积神经网络 (convolutional networks)."""

__all__ = []
