"""Code that runs inside the sandbox, next to the student's code.

Nothing here is secret: the sandbox mounts this package and the course's ``d2l`` library
and nothing else of the course. Hidden checks, references, source notebooks and the
gradebook stay with the parent.
"""
