"""The data kg ships, ``ontology/*.ttl`` and ``queries/*.rq``, from an install or a checkout.

A checkout keeps both directories at its top, where users read and edit them. A wheel
carries the same files inside the package, as ``kg/data/ontology`` and ``kg/data/queries``
(pyproject.toml maps one onto the other), because an install has no checkout around it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["shipped"]


def shipped(name: str) -> Path:
    """kg's own ``ontology`` or ``queries`` directory: the installed copy, else the checkout's.

    The installed copy comes first: beside an installed package (in ``site-packages``) a
    directory of that name would belong to some other distribution.
    """
    package = resources.files("kg")
    if isinstance(package, Path) and (package / "data" / name).is_dir():
        return package / "data" / name
    return Path(__file__).resolve().parent.parent / name
