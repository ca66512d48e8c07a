"""The judge's settings, read from the course's ``nbgrader_config.py`` (``c.Judge.*``)."""

import os
import sys
from pathlib import Path

from traitlets import Bool, Enum, Float, Int, Unicode
from traitlets.config import Config, Configurable
from traitlets.config.loader import PyFileConfigLoader

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent


class Judge(Configurable):
    """Limits and sandbox settings for grading. Defaults suit a 2-core grading machine."""

    sandbox = Enum(
        ["auto", "bwrap", "none"], default_value="auto",
        help="How student code is isolated. 'bwrap' runs it in a bubblewrap sandbox (no "
             "network, no view of the course files, its own processes); 'none' runs it in "
             "a plain child process with resource limits only, which is fine for grading "
             "your own work but not a class; 'auto' uses bwrap when it works.",
    ).tag(config=True)
    sandbox_uid = Int(
        600000,
        help="When the grader runs as root, student code runs as this unprivileged uid "
             "(it needs no entry in /etc/passwd). Each concurrent sandbox adds its slot "
             "number, so parallel graders do not share a process limit.",
    ).tag(config=True)
    cell_timeout = Float(30.0, help="Seconds one notebook cell may run.").tag(config=True)
    call_timeout = Float(10.0, help="Seconds one call of a student's function may run "
                                    "during the hidden checks.").tag(config=True)
    total_timeout = Float(300.0, help="Seconds a whole submission may take.").tag(config=True)
    memory_mb = Int(2048, help="Memory (address space) a student process may add on top of "
                               "the warm interpreter, in MiB.").tag(config=True)
    cpu_seconds = Int(600, help="CPU seconds any one student process may use (a backstop "
                                "behind the wall-clock timeouts).").tag(config=True)
    processes = Int(256, help="Processes and threads the submission may have at once "
                              "(sandboxed mode).").tag(config=True)
    file_mb = Int(64, help="Largest file student code may write, in MiB.").tag(config=True)
    scratch_mb = Int(256, help="Size of the sandbox's scratch file system, in MiB.").tag(
        config=True)
    open_files = Int(1024, help="Open files per student process.").tag(config=True)
    output_limit = Int(20000, help="Characters of a cell's output kept for feedback and "
                                   "logs.").tag(config=True)
    source_dir = Unicode("source", help="Where the instructor notebooks live, relative to "
                                        "the course root.").tag(config=True)
    checks_dir = Unicode("", help="Where the hidden checks live (default: the judge's own "
                                  "autograder/exercises).").tag(config=True)
    data_dir = Unicode("", help="The course's data files, offered read-only to student code "
                                "so that the book's loaders (d2l.get_data_ch7(), ...) work "
                                "without the network (default: d2l's data cache, "
                                "$D2L_DATA_DIR or ~/.d2l/data, when it exists).").tag(config=True)

    def course_data(self):
        """The data folder student code may read, or None when there is none."""
        if self.data_dir:
            path = Path(self.data_dir).expanduser()
        else:
            path = Path(os.environ.get("D2L_DATA_DIR") or "~/.d2l/data").expanduser()
        return path.resolve() if path.is_dir() else None
    require_sandbox = Bool(False, help="Refuse to grade when the bubblewrap sandbox cannot "
                                       "start (recommended for a class).").tag(config=True)

    def limits(self):
        """The limits the sandboxed child applies to the submission's processes."""
        return {
            "cell_seconds": self.cell_timeout,
            "call_seconds": self.call_timeout,
            "total_seconds": self.total_timeout,
            "memory_mb": self.memory_mb,
            "cpu_seconds": self.cpu_seconds,
            "processes": self.processes,
            "file_mb": self.file_mb,
            "open_files": self.open_files,
            "output_chars": self.output_limit,
        }


def course_config(course_root=None):
    """The course's ``nbgrader_config.py`` as a traitlets ``Config`` (empty without one)."""
    root = Path(course_root) if course_root else REPO_ROOT
    config = Config()
    path = root / "nbgrader_config.py"
    if path.exists():
        config.merge(PyFileConfigLoader(path.name, path=str(root)).load_config())
    return config


def gradebook_url(course_root=None):
    """The course's gradebook as nbgrader sees it: ``c.CourseDirectory.db_url`` (SQLite,
    PostgreSQL, any SQLAlchemy URL), by default ``gradebook.db`` in the course root."""
    from nbgrader.coursedir import CourseDirectory

    root = Path(course_root) if course_root else REPO_ROOT
    config = course_config(root)
    if "root" not in config.CourseDirectory:
        config.CourseDirectory.root = str(root)
    return CourseDirectory(config=config).db_url


def load_config(course_root=None, overrides=None):
    """Read ``nbgrader_config.py`` from the course root (if any) and apply ``overrides``."""
    config = course_config(course_root)
    if overrides:
        config.merge(Config({"Judge": overrides}))
    return Judge(config=config)


def course_root(course=None):
    """The course directory: ``course`` if given, else the current directory when it is an
    nbgrader course (it has an ``nbgrader_config.py``), else this repository."""
    if course:
        return Path(course).resolve()
    here = Path.cwd()
    return here if (here / "nbgrader_config.py").exists() else REPO_ROOT


def tool_env():
    """The environment with this interpreter's ``bin`` first on ``PATH``.

    nbgrader runs the ``alembic`` executable by name, so its commands fail in a virtual
    environment that is not activated unless the environment's ``bin`` is on ``PATH``.
    """
    bin_dir = os.path.dirname(os.path.abspath(sys.executable))
    return dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
