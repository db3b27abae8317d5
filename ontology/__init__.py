"""Marks ontology/ as the package graphkit.ontology, so that an installed graphkit carries its data."""
