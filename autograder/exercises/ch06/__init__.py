"""Chapter 6 (循环神经网络): ``from d2l.selfcheck.ch06 import check`` in its notebook.

Also what every public check of the chapter uses: :func:`with_hints`, which reports an error
the student's code raised with the explanation the grader gives (the exercise's ``HINTS``).
"""

from d2l.selfcheck import checker

check = checker("ch06")


def with_hints(hints, checks):
    """``checks`` (the public ``CHECKS``) that report an error the student's code raised as
    the grader does: MXNet's message without its C++ traceback, followed by the
    explanation of the first of ``hints`` (the exercise's ``HINTS``) whose fragment it
    holds."""

    def wrap(run):
        def checked(fn, cases):
            try:
                return run(fn, cases)
            except NotImplementedError:
                raise
            except Exception as exc:  # noqa: BLE001 - whatever the student's code raised
                text = _short(exc)
                for fragment, hint in hints:
                    if fragment.lower() in text.lower():
                        return f"raised {type(exc).__name__}: {text}. {hint}"
                return f"raised {type(exc).__name__}: {text}"

        return checked

    return [(description, wrap(run)) for description, run in checks]


def _short(exc, limit=300):
    lines = [line for line in str(exc).split("\nStack trace")[0].splitlines()
             if line.strip() and not line.startswith(("Traceback (most recent call last)",
                                                      '  File "'))]
    text = " ".join(line.strip() for line in lines)
    return text if len(text) <= limit else text[: limit - 3] + "..."
