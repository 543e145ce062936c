"""``shownotes import``: read a conference schedule into plain records, then write MyST pages.

One module per source format reads a file or folder into :mod:`.records` (no Sphinx involved):
:mod:`.frab_json` (frab and pretalx ``schedule.json``, c3voc "schedule2"), :mod:`.frab_xml`
(frab ``schedule.xml``), :mod:`.sessionize` (Sessionize "All" JSON) and :mod:`.pyvideo` (a
pyvideo event folder or the whole pyvideo data). :mod:`.layout` plans the pages,
:mod:`.pages` writes them, :mod:`.merge` keeps what the author wrote on a re-run, and
:mod:`.files` replaces the files all at once. :mod:`.command` is the command line.
"""
