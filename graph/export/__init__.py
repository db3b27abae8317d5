"""Exporters: each is a pure builder plus a thin writer, registered by format name."""
