"""Render the no-keyring notice, the passphrase dialogs and the settings page's "Secrets"
section into docs/screenshots/.

Run under a real X server so fonts and styles are those of a desktop::

    xvfb-run -a .venv/bin/python tools/secrets_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="cmgui-secrets-shot-"))
    os.environ.update({"CMGUI_CONFIG_DIR": str(home / "config"),
                       "CMGUI_DATA_DIR": str(home / "data"),
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    os.environ.pop("CMGUI_SECRETS", None)
    os.environ.pop("CMGUI_SECRETS_PASSPHRASE", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from cmgui.controllers.secrets_choice import SecretsChoiceController
    from cmgui.controllers.settings import SettingsController
    from cmgui.i18n import install_translators
    from cmgui.i18n_build import compile_all
    from cmgui.paths import config_dir
    from cmgui.store import secrets
    from cmgui.store.settings import Settings
    from cmgui.views.secrets_dialogs import PassphraseDialog, SecretsNoticeDialog
    from cmgui.views.settings_page import SettingsPage
    from cmgui.views.style import apply_style

    app = QApplication(sys.argv[:1])
    qm = home / "qm"
    compile_all(ROOT / "translations", qm)
    os.environ["CMGUI_TRANSLATIONS_DIR"] = str(qm)
    translators = install_translators(app, "en")
    apply_style(app)
    settings = SettingsController(Settings(config_dir()))
    ctrl = SecretsChoiceController(settings)
    assert ctrl.notice_needed(), "a secure keyring was found: nothing to show"

    def shot(dialog: QDialog, name: str) -> None:
        dialog.show()
        dialog.adjustSize()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / name))
        print(OUT / name)
        dialog.close()

    shot(SecretsNoticeDialog(), "secrets-notice.png")
    ctrl.choose("file")
    first = PassphraseDialog(ctrl)
    first.passphrase.setText("correct horse")
    first.confirmation.setText("correct hors")
    first.submit()  # the two differ: said in the dialog
    shot(first, "secrets-passphrase-new.png")
    assert ctrl.set_passphrase("correct horse battery", "correct horse battery") == ""
    secrets._file_backends.clear()  # the next start: locked again
    unlock = PassphraseDialog(ctrl)
    unlock.passphrase.setText("not it")
    unlock.submit()  # wrong: said, and asked again
    shot(unlock, "secrets-passphrase-unlock.png")
    ctrl.choose("none")  # "ask each time", on this computer without a keyring
    page = SettingsPage(settings)
    page.resize(720, 900)
    page.show()
    for _ in range(5):
        app.processEvents()
    card = page.secret_place.parentWidget()
    while card is not None and card.parentWidget() is not page.widget():
        card = card.parentWidget()
    assert isinstance(card, QWidget)
    card.grab().save(str(OUT / "secrets-settings.png"))
    print(OUT / "secrets-settings.png")
    page.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
