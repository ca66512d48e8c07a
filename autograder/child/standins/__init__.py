"""Correct versions of exercise functions that checks swap in for the student's own.

A check of ``net`` swaps in a correct ``relu``, so that a mistake in ``relu`` costs points
once, in ``relu``. Each chapter's module defines ``STAND_INS``: name -> function.

Student code can import these (the sandbox mounts this package), so none of them is a
reference implementation an answer could hand in: each is built from the built-in that the
exercise it stands in for forbids (``nd.relu``, the ``d2l`` package's ``corr2d`` and
``to_onehot``, MXNet's fused ``RNN`` operator), and each exercise also forbids the stand-in
itself by its qualified name (``autograder.registry.standin_funcs``). The exercises checked
*with* a stand-in allow what it runs.
"""

import importlib
import pkgutil

STAND_INS = {}
for _info in pkgutil.iter_modules(__path__):
    STAND_INS.update(importlib.import_module(f"{__name__}.{_info.name}").STAND_INS)
