"""The build step pyproject.toml cannot declare: compiling the translations into the package.

``translations/*.ts`` (the sources translators edit) become ``cmgui/translations/*.qm`` in every
wheel and in an editable install (``pip install -e .``, where they are written into the source
tree), with PySide6's ``lrelease`` (a build requirement). And the desktop integration files
(``.desktop``, AppStream metainfo, app icon) as wheel data under ``<prefix>/share``: setuptools
reads no ``data_files`` from pyproject.toml, so they are listed in its ``[tool.cmgui.data-files]``
and passed on here. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

with open(ROOT / "pyproject.toml", "rb") as f:
    DATA_FILES = list(tomllib.load(f)["tool"]["cmgui"]["data-files"].items())

from cmgui.i18n_build import compile_all  # noqa: E402


class BuildWithTranslations(build_py):
    """``build_py`` plus the compiled catalogues."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = ROOT / "cmgui" / "translations"
        else:
            target = Path(self.build_lib) / "cmgui" / "translations"
        for qm in compile_all(ROOT / "translations", target):
            self.announce(f"compiled {qm.name}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "cmgui" / "translations"
        outputs += [str(target / (ts.stem + ".qm"))
                    for ts in sorted((ROOT / "translations").glob("*.ts"))]
        return outputs


setup(cmdclass={"build_py": BuildWithTranslations}, data_files=DATA_FILES)
