"""The query library: query and parameter model, loader and validator, SQL text and rendering, promotion."""
