"""The ticket queue: models, lifecycle service, rotation, roster, stats and demand."""
