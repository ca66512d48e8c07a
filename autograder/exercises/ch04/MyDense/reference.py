"""Reference `MyDense`: the book's layer, and its named variant."""

import functools

from autograder.exercises.ch04._book import BookMyDense
from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch04.MyDense import public as ex


def variants(*args):
    return {key: functools.partial(BookMyDense, *args, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, BookMyDense, ex.CONFIGS, variants)
