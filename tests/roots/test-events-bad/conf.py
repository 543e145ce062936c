extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
shownotes_event = {
    "id": "Not An Id",
    "name": "Bad config",
    "timezone": "Mars/Olympus",
    "colour": "red",
}
version = release = "1.0"
copyright = "2026, test"
