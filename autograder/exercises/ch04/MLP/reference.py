"""Reference `MLP`: the book's block from Gluon layers, and its named variants."""

import functools

from autograder.exercises.ch04._book import BookMLP
from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch04.MLP import public as ex


def variants():
    return {key: functools.partial(BookMLP, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, BookMLP, ex.CONFIGS, lambda: variants())
