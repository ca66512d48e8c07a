"""Reference `NestMLP`: the book's block, and its named variant."""

import functools

from autograder.exercises.ch04._book import BookNestMLP
from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch04.NestMLP import public as ex


def variants():
    return {key: functools.partial(BookNestMLP, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, BookNestMLP, ex.CONFIGS, lambda: variants())
