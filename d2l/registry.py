"""What MXNet registers, grouped into families, and what an exercise's call matched.

The child reports what a call ran exactly as MXNet names it: operator names as the profiler
prints them (registered names, sometimes in brackets: ``[_backward_softmax]``) and watched
Python functions by qualified name (``mxnet.metric.Accuracy.update``). Everything that turns
those names into a verdict happens here, in the parent.

**Operators.** Every operator name MXNet registers comes from its C API
(``MXListAllOpNames``); names that give the same operator handle (``NNGetOpHandle``) are
aliases of one operator (``Softmax`` is ``SoftmaxOutput``, ``_npx_fully_connected`` and
``_sparse_FullyConnected`` are ``FullyConnected``). Each operator belongs to a *family*,
named by its root operator, found by peeling the forms MXNet derives from an operator until
a registered operator is left:

* brackets, leading underscores, and the prefixes ``backward_``, ``contrib_``, ``npi_``,
  ``np_``, ``npx_``, ``sparse_``, ``sg_mkldnn_``, ``sg_onednn_``, ``quantized_``,
  ``preloaded_``, ``multi_``, ``mp_`` (one at a time, in any order:
  ``_backward__contrib_DeformableConvolution``, ``preloaded_multi_mp_sgd_mom_update``), and
  the version suffix ``_v1`` (``Convolution_v1``);
* after each step the name is looked up (also with a leading underscore: ``_backward_add``
  gives ``add``, registered as ``_add``, an alias of ``elemwise_add``);
* what is left when nothing registered is found is compared without case and underscores
  with the peeled names of every registered operator (``_sg_mkldnn_fully_connected`` and
  ``_contrib_quantized_fully_connected`` give ``fully_connected``, which is
  ``FullyConnected``), and MXNet's two abbreviations of fused forms, ``conv`` and ``act``,
  stand for ``Convolution`` and ``Activation``.

A registered name never goes through the comparison without case: MXNet says which operator
it is (``Softmax`` is ``SoftmaxOutput``'s alias, not ``softmax``). Forbidding an operator
by any registered form forbids its whole family: every alias, backward, contrib, numpy,
sparse, multi-tensor, mixed-precision, quantized and fused form.

**Subgraph operators** (``_sg_*``, what ``hybridize(backend=...)`` and ``optimize_for``
fuse a graph into) hide which operators ran: they are forbidden in every exercise.

**Python functions** are matched by their qualified names, exactly; the lists of MXNet's
Python-level built-ins (optimizers, metrics, losses, recurrent cells) are generated here
from MXNet's class hierarchies, each method named under the class that defines it (the
child watches the code of that definition).

Everything is computed once per process and cached.
"""

import functools
import re
from dataclasses import dataclass

__all__ = ["SUBGRAPH_MESSAGE", "Forbidden", "families", "family_members", "forbidden_hits",
           "is_subgraph", "loss_funcs", "metric_funcs", "operator_of", "optimizer_funcs",
           "qualname", "recurrent_funcs", "registered_names", "resolve_ops", "subgraph_hits",
           "trainer_funcs", "update_ops"]

# Forms MXNet derives from an operator's name, peeled one at a time (after leading "_").
_PREFIXES = ("backward_", "contrib_", "npi_", "npx_", "np_", "sparse_", "sg_mkldnn_",
             "sg_onednn_", "quantized_", "preloaded_", "multi_", "mp_")
_VERSION = re.compile(r"_v\d+$")
# MXNet's abbreviations in its fused and quantized forms (_sg_mkldnn_conv,
# _contrib_quantized_act): peeled names that are no operator's name.
_ABBREVIATIONS = {"conv": "Convolution", "act": "Activation"}

SUBGRAPH_MESSAGE = ("MXNet's fused subgraph operators hide which operators ran: "
                    "hybridize(backend=...) and optimize_for are not allowed; call "
                    "hybridize() without a backend, or do not hybridize")


# --- the registry ---------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _operators():
    """``{registered name: the operator's own name}`` from MXNet's C API."""
    import ctypes

    from mxnet.base import _LIB, OpHandle, c_str, check_call, py_str

    size = ctypes.c_uint()
    plist = ctypes.POINTER(ctypes.c_char_p)()
    check_call(_LIB.MXListAllOpNames(ctypes.byref(size), ctypes.byref(plist)))
    names = [py_str(plist[i]) for i in range(size.value)]
    by_handle = {}
    for name in names:
        handle = OpHandle()
        check_call(_LIB.NNGetOpHandle(c_str(name), ctypes.byref(handle)))
        by_handle.setdefault(handle.value, []).append(name)
    canonical = {}
    for handle, aliases in by_handle.items():
        own = _own_name(handle)
        for name in aliases:
            canonical[name] = own
    return canonical


def _own_name(handle):
    """The name an operator handle was registered under (its aliases point to it)."""
    import ctypes

    from mxnet.base import _LIB, check_call, py_str

    name, desc, key_var, ret = (ctypes.c_char_p() for _ in range(4))
    num_args = ctypes.c_uint()
    arg_names, arg_types, arg_descs = (ctypes.POINTER(ctypes.c_char_p)() for _ in range(3))
    check_call(_LIB.MXSymbolGetAtomicSymbolInfo(
        ctypes.c_void_p(handle), ctypes.byref(name), ctypes.byref(desc),
        ctypes.byref(num_args), ctypes.byref(arg_names), ctypes.byref(arg_types),
        ctypes.byref(arg_descs), ctypes.byref(key_var), ctypes.byref(ret)))
    return py_str(name.value)


def registered_names():
    """Every operator name MXNet registers (aliases included), as a frozenset."""
    return frozenset(_operators())


def operator_of(name):
    """The operator a registered name stands for (its own name), or None."""
    return _operators().get(name)


# --- families -----------------------------------------------------------------------


def _unwrap(name):
    name = str(name).strip()
    while len(name) > 1 and name[0] == "[" and name[-1] == "]":
        name = name[1:-1].strip()
    return name


def _peel(name):
    """The name with one derived form removed, or None when there is none to remove."""
    bare = name.lstrip("_")
    for prefix in _PREFIXES:
        if bare.startswith(prefix) and len(bare) > len(prefix):
            return bare[len(prefix):]
    version = _VERSION.search(bare)
    if version and version.start() > 0:
        return bare[:version.start()]
    return None


def _lookup(name):
    ops = _operators()
    for candidate in (name, "_" + name.lstrip("_"), name.lstrip("_")):
        if candidate in ops:
            return ops[candidate]
    return None


def _fold(name):
    return name.replace("_", "").lower()


def _peeled_root(name, seen=()):
    """(root operator, what is left) by peeling and looking up, without the comparison
    without case. The root is ``name``'s own operator when nothing registered is left."""
    own = _lookup(name) or name
    rest = own
    while True:
        peeled = _peel(rest)
        if peeled is None:
            return own, rest
        rest = peeled
        found = _lookup(rest)
        if found is not None and found != own and found not in seen:
            return _peeled_root(found, (*seen, own))


@functools.lru_cache(maxsize=None)
def _by_fold():
    """Two tables ``{name without case and underscores: operators}``: the operators whose
    own name is no derived form (``FullyConnected``, ``softmax``), and the operators that are
    derived forms of no registered operator (``_contrib_SyncBatchNorm``: ``SyncBatchNorm``),
    by what is left of them after peeling."""
    bases, derived = {}, {}
    for own in set(_operators().values()):
        if _peel(own) is None:
            bases.setdefault(_fold(own), set()).add(own)
        else:
            root, rest = _peeled_root(own)
            if root == own:
                derived.setdefault(_fold(rest), set()).add(own)
    return bases, derived


def _roots_of_rest(own, rest):
    """The operators a peeled name that is no operator's name stands for, other than
    ``own``: an abbreviation's, else the base operators of that name, else the derived
    operators of the same peeled name."""
    if rest.lower() in _ABBREVIATIONS:
        return {_operators()[_ABBREVIATIONS[rest.lower()]]}
    for table in _by_fold():
        found = set(table.get(_fold(rest), ())) - {own}
        if found:
            return found
    return set()


@functools.lru_cache(maxsize=None)
def _root_of_operator(own):
    """The family root of a registered operator (by its own name)."""
    root, rest = _peeled_root(own)
    if root != own:
        return _root_of_operator(root)
    if rest == own:  # a base operator
        return own
    bases, derived = _by_fold()
    if rest.lower() in _ABBREVIATIONS:
        return _root_of_operator(_operators()[_ABBREVIATIONS[rest.lower()]])
    found = bases.get(_fold(rest), frozenset())
    if len(found) == 1:
        return next(iter(found))
    # Derived forms of an operator name MXNet does not register itself (the contrib,
    # quantized and fused forms of one name): one family, named by the first of them.
    return min(derived.get(_fold(rest), {own}))


@functools.lru_cache(maxsize=4096)
def families(name):
    """The families (root operator names) a reported or given operator name belongs to.

    A registered name has exactly one. A name MXNet does not register (the profiler's
    engine entries such as ``CopyCPU2CPU``, or a watched function's qualified name) has its
    peeled form's family when there is one, else none (an empty frozenset)."""
    name = _unwrap(name)
    if not name or "." in name:  # qualified names are Python functions, not operators
        return frozenset()
    if name in _operators():
        return frozenset({_root_of_operator(_operators()[name])})
    rest = name
    while True:
        peeled = _peel(rest)
        if peeled is None:
            break
        rest = peeled
        found = _lookup(rest)
        if found is not None:
            return frozenset({_root_of_operator(found)})
    return frozenset(_root_of_operator(root) for root in _roots_of_rest(None, rest))


@functools.lru_cache(maxsize=None)
def _members():
    table = {}
    for name in _operators():
        for root in families(name):
            table.setdefault(root, set()).add(name)
    return {root: frozenset(names) for root, names in table.items()}


def family_members(name):
    """Every registered name in ``name``'s families (what forbidding ``name`` forbids)."""
    members = _members()
    return frozenset(n for root in families(name) for n in members.get(root, ()))


@functools.lru_cache(maxsize=256)
def resolve_ops(ops):
    """The family roots of a rule's operators (any registered form each). Raises
    ValueError for a name that is no form of any operator MXNet registers (a typo, or an
    operator of another MXNet version), so that a rule never silently forbids nothing."""
    roots = set()
    for name in ops:
        found = families(name)
        if not found:
            raise ValueError(f"{name!r} is not a form of any operator MXNet "
                             f"registers (MXNet has {len(_operators())} operator names)")
        roots |= found
    return frozenset(roots)


def is_subgraph(name):
    """Whether a reported operator is a fused subgraph operator (``_sg_mkldnn_conv``,
    ``[_backward_sg_...]``)."""
    rest = _unwrap(name)
    while True:
        bare = rest.lstrip("_")
        if bare.startswith("sg_"):
            return True
        if not bare.startswith("backward_"):
            return False
        rest = bare[len("backward_"):]


# --- matching -------------------------------------------------------------------------


def forbidden_hits(forbidden, reported_names):
    """What a call ran that ``forbidden`` (an object with ``ops`` and ``funcs``, such as
    :class:`Forbidden`) does not allow, as a sorted list of the names
    as reported.

    A reported operator matches when its family is the family of one of ``forbidden.ops``
    (named by any registered form); a fused subgraph operator always matches; a watched
    function matches when its qualified name is one of ``forbidden.funcs``."""
    roots = resolve_ops(frozenset(getattr(forbidden, "ops", ()) or ()))
    funcs = set(getattr(forbidden, "funcs", ()) or ())
    hits = set()
    for reported in reported_names:
        name = str(reported)
        if name in funcs or is_subgraph(name) or (roots and families(name) & roots):
            hits.add(name)
    return sorted(hits)


def subgraph_hits(hits):
    """The fused subgraph operators among ``hits``."""
    return [name for name in hits if is_subgraph(name)]


# --- generated lists: operators -------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def update_ops():
    """Every registered optimizer update operator (``*_update*``: ``sgd_update``,
    ``_multi_adamw_update``, ``preloaded_multi_mp_sgd_mom_update``, ``lamb_update_phase1``,
    ``_contrib_group_adagrad_update``, ...)."""
    return frozenset(name for name in _operators() if "_update" in name)


# --- generated lists: Python functions -------------------------------------------------------


def _subclasses(base):
    found, todo = {base}, [base]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def _defined_functions(classes, names=None):
    """``module.Class.method`` for each function (method, static or class method) that a
    class defines itself; ``names`` limits which."""
    out = set()
    for cls in classes:
        for attr, value in vars(cls).items():
            func = getattr(value, "__func__", value)
            if getattr(func, "__code__", None) is None:
                continue
            if names is None or attr in names:
                out.add(f"{cls.__module__}.{cls.__qualname__}.{attr}")
    return tuple(sorted(out))


@functools.lru_cache(maxsize=None)
def optimizer_funcs():
    """Every function defined by ``mx.optimizer.Optimizer`` and each of its subclasses,
    registered or not (``SGD.update``, ``Test.update``, ``LBSGD.update``, ``LAMB._update_impl``,
    ``GroupAdaGrad.update``, ``Optimizer.update_multi_precision``, ``create_state``, ...),
    ``Updater``'s and ``get_updater``."""
    import mxnet as mx
    import mxnet.optimizer.contrib  # registers GroupAdaGrad

    base = mx.optimizer.Optimizer
    classes = _subclasses(base) | set(base.opt_registry.values())
    funcs = set(_defined_functions(classes))
    funcs |= set(_defined_functions([mx.optimizer.Updater]))
    funcs.add(qualname(mx.optimizer.get_updater))
    funcs.add(qualname(mx.optimizer.create))
    return tuple(sorted(funcs))


@functools.lru_cache(maxsize=None)
def trainer_funcs():
    """Every function ``gluon.Trainer`` defines (``step``, ``update``, ``_update``, ...)."""
    import mxnet as mx

    return _defined_functions([mx.gluon.Trainer])


@functools.lru_cache(maxsize=None)
def metric_funcs():
    """Every function defined by ``mx.metric.EvalMetric``, each of its subclasses and the
    other classes of ``mxnet.metric`` (``Accuracy.update``, ``TopKAccuracy.update``,
    ``Perplexity.get``, ``CustomMetric.update``, ``_BinaryClassificationMetrics``, ...)."""
    import inspect

    import mxnet.metric as metric

    classes = _subclasses(metric.EvalMetric)
    classes |= {c for c in vars(metric).values()
                if inspect.isclass(c) and c.__module__ == metric.__name__}
    return _defined_functions(classes)


@functools.lru_cache(maxsize=None)
def loss_funcs():
    """Every function defined by ``gluon.loss.Loss`` and each of its subclasses."""
    import mxnet as mx

    return _defined_functions(_subclasses(mx.gluon.loss.Loss))


@functools.lru_cache(maxsize=None)
def recurrent_funcs():
    """Every function defined by MXNet's recurrent cells and layers: ``gluon.rnn``'s cells
    and ``RNN``/``GRU``/``LSTM`` layers, ``gluon.contrib.rnn``'s cells and the symbolic
    ``mx.rnn`` cells."""
    import mxnet as mx
    import mxnet.gluon.contrib.rnn  # its cells subclass gluon's
    from mxnet.gluon.rnn import rnn_layer

    classes = (_subclasses(mx.gluon.rnn.RecurrentCell) | _subclasses(rnn_layer._RNNLayer)
               | _subclasses(mx.rnn.BaseRNNCell))
    return _defined_functions(classes)


def qualname(func):
    """``module.Class.method``: how the judge names a Python function it watches."""
    return f"{func.__module__}.{func.__qualname__}"


@dataclass
class Forbidden:
    """The built-ins an exercise may not call: MXNet operators and Python functions.

    ``ops`` names operators by any form MXNet registers (``"FullyConnected"``,
    ``"_npx_fully_connected"``, ``"fully_connected"``...): each forbids its whole family,
    every registered alias, backward, contrib, numpy, sparse, multi-tensor,
    mixed-precision, quantized and fused form. A name that is no form of any registered
    operator is an error. ``funcs`` are watched Python functions by qualified name,
    ``module.Class.method`` with the class that defines the method. Fused subgraph
    operators (``hybridize(backend=...)``) are forbidden everywhere.
    """

    ops: frozenset = frozenset()
    funcs: tuple = ()
    what: str = ""  # how the built-in is known to students, e.g. "nd.softmax"

    def __post_init__(self):
        self.ops = frozenset([self.ops] if isinstance(self.ops, str) else self.ops)
        self.funcs = tuple(dict.fromkeys([self.funcs] if isinstance(self.funcs, str)
                                         else self.funcs))
        if self.ops:
            resolve_ops(self.ops)  # fails on a name MXNet does not register

    def hits(self, reported):
        """What of ``reported`` (operator and function names from a call) this forbids."""
        return forbidden_hits(self, reported)

    def also(self, *funcs):
        """The same list with the Python functions ``funcs`` (qualified names) added."""
        return Forbidden(self.ops, (*self.funcs, *funcs), self.what)
