"""Grades for a learning management system: nbgrader export plugins for Canvas and Moodle.

    nbgrader export --exporter=autograder.lms.CanvasExport --to canvas.csv
    nbgrader export --exporter=autograder.lms.MoodleExport --to moodle.csv

Both read nbgrader's gradebook (the judge's partial credit per exercise, manual grades where
an instructor gave them, the late penalty) and write one row per student, with each
assignment's total after the late penalty and, unless ``--CanvasExport.exercises=False`` /
``--MoodleExport.exercises=False``, one column per exercise. ``--assignment`` and
``--student`` select as for nbgrader's own CSV exporter. A student without a submission gets
0 for it (as nbgrader's exporter does).
"""

import csv

from nbgrader.api import MissingEntry
from nbgrader.plugins import ExportPlugin
from traitlets import Bool

TEST_PREFIX = "test_"  # the course's grade cells are test_<exercise>


def _number(x):
    return f"{x:.2f}".rstrip("0").rstrip(".") if x else "0"


class _Export(ExportPlugin):
    exercises = Bool(True, help="one column per exercise besides each assignment's total"
                     ).tag(config=True)
    default_to = "grades.csv"

    def columns(self, gradebook):
        """[(assignment, exercise or None, max score)] in gradebook order."""
        wanted = {str(a) for a in self.assignment}
        out = []
        for assignment in gradebook.assignments:
            if wanted and assignment.name not in wanted:
                continue
            out.append((assignment.name, None, assignment.max_score))
            if self.exercises:
                for notebook in assignment.notebooks:
                    for cell in notebook.grade_cells:
                        out.append((assignment.name, _exercise(cell.name), cell.max_score))
        return out

    def scores(self, gradebook, student, columns):
        """{(assignment, exercise or None): score} for one student."""
        out = {}
        for assignment in {a for a, _, _ in columns}:
            try:
                submission = gradebook.find_submission(assignment, student.id)
            except MissingEntry:
                continue
            penalty = submission.late_submission_penalty or 0.0
            out[assignment, None] = max(0.0, submission.score - penalty)
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    out[assignment, _exercise(grade.name)] = grade.score
        return out

    def students(self, gradebook):
        wanted = {str(s) for s in self.student}
        return [s for s in gradebook.students if not wanted or s.id in wanted]

    def export(self, gradebook):
        dest = self.to or self.default_to
        columns = self.columns(gradebook)
        self.log.info("Exporting %d grade columns to %s", len(columns), dest)
        with open(dest, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            for row in self.rows(gradebook, columns):
                writer.writerow(row)


def _exercise(cell_name):
    return cell_name[len(TEST_PREFIX):] if cell_name.startswith(TEST_PREFIX) else cell_name


class CanvasExport(_Export):
    """Canvas's gradebook import layout (Grades → Import).

    ``Student, ID, SIS User ID, SIS Login ID, Section``, then one column per grade item and a
    ``Points Possible`` row. Canvas matches a row to a student by ``ID`` (the Canvas user id:
    nbgrader's ``lms_user_id``, set with ``nbgrader db student add --lms-user-id``) or by
    ``SIS Login ID`` (the hub user name here). A column whose title Canvas does not know
    creates a new assignment with the points of the ``Points Possible`` row; a title
    ``ch03 (1234)`` updates Canvas assignment 1234.
    """

    default_to = "canvas.csv"

    def rows(self, gradebook, columns):
        titles = [a if e is None else f"{a}: {e}" for a, e, _ in columns]
        yield ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *titles]
        yield ["Points Possible", "", "", "", "", *[_number(m) for _, _, m in columns]]
        for student in self.students(gradebook):
            scores = self.scores(gradebook, student, columns)
            name = ", ".join(x for x in (student.last_name, student.first_name) if x)
            yield [name or student.id, student.lms_user_id or "", "", student.id, "",
                   *[_number(scores.get((a, e), 0.0)) for a, e, _ in columns]]


class MoodleExport(_Export):
    """Moodle's "Import grades from CSV file" layout (Grades → Import → CSV file).

    ``Username, Email address``, then one column per grade item. In Moodle's import, map
    ``Username`` (or ``Email address``) to the user identifier and each grade column to a
    grade item (or to "new grade item"); grades use a point as decimal separator.
    """

    default_to = "moodle.csv"

    def rows(self, gradebook, columns):
        titles = [a if e is None else f"{a}: {e}" for a, e, _ in columns]
        yield ["Username", "Email address", *titles]
        for student in self.students(gradebook):
            scores = self.scores(gradebook, student, columns)
            yield [student.id, student.email or "",
                   *[_number(scores.get((a, e), 0.0)) for a, e, _ in columns]]
