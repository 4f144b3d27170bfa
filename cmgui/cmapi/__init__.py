"""cmapi."""
