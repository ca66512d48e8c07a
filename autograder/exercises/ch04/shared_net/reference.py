"""Reference `shared_net`: the book's network, and its named variant."""

import functools

from autograder.exercises.ch04._book import book_shared_net
from autograder.exercises.ch05._blocks import record
from d2l.selfcheck.ch04.shared_net import public as ex


def variants():
    return {key: functools.partial(book_shared_net, variant=key) for key in ex.MISTAKES}


def public_cases(rng):
    return record(rng, book_shared_net, ex.CONFIGS, lambda: variants())
