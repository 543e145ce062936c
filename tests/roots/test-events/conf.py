extensions = ["myst_parser", "shownotes"]
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
project = "Events"
version = release = "1.0"
copyright = "2015, test"
shownotes_event = {
    "id": "online-2016",
    "name": "Online meet-up 2016",
    "start": "2016-03-01",
    "timezone": "UTC",
    "url": "https://example.org/online-2016",
}
