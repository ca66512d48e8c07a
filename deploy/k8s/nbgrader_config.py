"""nbgrader settings baked into the Kubernetes images (/usr/local/etc/jupyter/).

Pods share no directory, so the exchange is ngshare, reached through the hub's proxy
(single-user pods may talk to the proxy under Zero to JupyterHub's network policy).
"""

from nbgrader.auth import JupyterHubAuthPlugin
from ngshare_exchange import configureExchange

c = get_config()  # noqa: F821 - provided by nbgrader/traitlets when this file is loaded

configureExchange(c, "http://proxy-public/services/ngshare")
c.CourseDirectory.course_id = "d2l-mxnet"
c.Authenticator.plugin_class = JupyterHubAuthPlugin
