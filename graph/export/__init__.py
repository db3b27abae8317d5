"""Exporters: each is a pure builder plus a thin writer, registered by format name."""


def load_exporters() -> None:
    """Import the exporter modules, which registers them (the HTML one pulls in pyvis)."""
    from . import html, turtle  # noqa: F401
