"""Copy the exercises' public part, and nothing else, to a folder.

    python autograder/exercises/export.py DEST

What students may have of each exercise: the chapter package (``chNN/__init__.py``), each
exercise's ``public.py`` and its recorded ``cases.npz``; never ``reference.py``, the hidden
``test_*.py`` or the chapter's ``_*.py`` helpers. The judge mounts such a copy in the sandbox,
``deploy/hubctl.py`` and the student image install one where ``D2L_REFERENCES`` points.
Standard library only, so that deployment scripts can run it without the course's packages.
"""

import os
import re
import shutil
import sys
from pathlib import Path

PUBLIC_FILES = ("public.py", "cases.npz")
_CHAPTER = re.compile(r"ch\d\d")


def public_files(root):
    """Relative paths of every public file under ``root`` (an exercises folder), sorted."""
    root = Path(root)
    out = []
    for chapter in sorted(root.iterdir()):
        if not (_CHAPTER.fullmatch(chapter.name) and (chapter / "__init__.py").is_file()):
            continue
        out.append(Path(chapter.name, "__init__.py"))
        for exercise in sorted(p for p in chapter.iterdir() if (p / "public.py").is_file()):
            out += [Path(chapter.name, exercise.name, f) for f in PUBLIC_FILES
                    if (exercise / f).is_file()]
    return out


def export_public(dest, root):
    """Copy :func:`public_files` of ``root`` to ``dest`` (folders 0755, files 0644);
    returns ``dest``."""
    dest = Path(dest)
    dest.mkdir(mode=0o755, parents=True, exist_ok=True)
    for rel in public_files(root):
        target = dest / rel
        for folder in reversed([*rel.parents][:-1]):
            (dest / folder).mkdir(mode=0o755, exist_ok=True)
            os.chmod(dest / folder, 0o755)
        shutil.copyfile(Path(root) / rel, target)
        os.chmod(target, 0o644)
    return dest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python autograder/exercises/export.py DEST")
    export_public(sys.argv[1], Path(__file__).resolve().parent)
