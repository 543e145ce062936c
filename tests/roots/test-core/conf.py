extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "attrs_inline"]
exclude_patterns = ["_build"]
project = "Core"
version = release = "1.0"
copyright = "2015, test"
shownotes_event = {"name": "Test Summit <2015>", "place": "Tokyo & $100%"}
