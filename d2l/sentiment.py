"""Helpers of chapter 10, §10.7 and §10.8 sentiment analysis: IMDb loaders, training."""

__all__ = []
