"""nbgrader settings for everyone on the course hub (<root>/env/etc/jupyter/).

Students fetch and submit through the exchange in <root>/exchange; nbgrader asks the hub
which courses a user takes (members of the hub group "nbgrader-<course>").
"""

import os

from nbgrader.auth import JupyterHubAuthPlugin

c = get_config()  # noqa: F821 - provided by nbgrader/traitlets when this file is loaded

# This file lives in <root>/env/etc/jupyter/.
HUB_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))

c.Exchange.root = os.path.join(HUB_ROOT, "exchange")
c.CourseDirectory.course_id = "d2l-mxnet"
c.Authenticator.plugin_class = JupyterHubAuthPlugin
